"""Reference values for the structural metrics, computed with networkx 2.8.

Writes tests/fixtures/reference/<name>.json for a few classic graphs (from networkx's own
generators) and seeded generated graphs with several components and isolates: the node list,
the edge list (with weights, for strength), a kind per node, and every metric per node and per
network. The TypeScript tests load the edge lists and check agreement.

Eigenvector centrality is networkx's exact `eigenvector_centrality_numpy` (ARPACK), not the
power iteration with its loose tolerance. On a disconnected graph it is 0 outside the component
with the largest eigenvalue. When several components tie for that eigenvalue, ARPACK's answer is
an arbitrary vector of the eigenspace (it changes from run to run), so the reference is then the
rule src/core/metrics/kernels/eigenvector.ts documents: the all-ones vector projected onto the
eigenspace, normalised (computed here from each component's dense eigendecomposition, and checked
against networkx's power iteration run to 1e-15, which converges to it). Without a tie, every
eigenvector is also checked against igraph's `evcent(scale=False)` normalised to unit norm, when
python-igraph is installed (igraph's ARPACK is as arbitrary as numpy's in a tie).

Run from the repository root:  python3 scripts/reference/networkx_metrics.py
(with the system Python that has networkx 2.8, numpy and scipy, and optionally python3-igraph).
"""
import json
import os
import random

import networkx as nx
import numpy as np

try:
    import igraph
except ImportError:  # the igraph check is optional
    igraph = None

OUT = os.path.join("tests", "fixtures", "reference")
KINDS = ["service_user", "peer_mentor", "family", "friend", "worker", "community_member", "group"]


def relabel(graph):
    """String ids, in the graph's own node order."""
    return nx.relabel_nodes(graph, {v: str(v) for v in graph.nodes()}, copy=True)


def generated(seed, blocks):
    """A seeded graph made of random blocks (Erdos-Renyi), a path, a star and isolates."""
    rng = random.Random(seed)
    graph = nx.Graph()
    offset = 0
    for size, p in blocks:
        part = nx.gnp_random_graph(size, p, seed=rng.randrange(1 << 30))
        graph.add_nodes_from(v + offset for v in part.nodes())
        graph.add_edges_from((u + offset, v + offset) for u, v in part.edges())
        offset += size
    graph.add_edges_from((offset + i, offset + i + 1) for i in range(3))  # path of 4
    offset += 4
    graph.add_edges_from((offset, offset + i) for i in range(1, 5))  # star of 5
    offset += 5
    graph.add_nodes_from(range(offset, offset + 3))  # isolates
    graph = relabel(graph)
    kinds = {v: rng.choice(KINDS) for v in graph.nodes()}
    return graph, kinds


def cases():
    karate = relabel(nx.karate_club_graph())
    yield "karate", karate, {
        v: "service_user" if d["club"] == "Mr. Hi" else "peer_mentor" for v, d in karate.nodes(data=True)
    }
    florentine = relabel(nx.florentine_families_graph())
    yield "florentine", florentine, {v: KINDS[i % 3] for i, v in enumerate(florentine.nodes())}
    davis = relabel(nx.davis_southern_women_graph())
    yield "davis", davis, {v: "service_user" if d["bipartite"] == 0 else "group" for v, d in davis.nodes(data=True)}
    lesmis = relabel(nx.les_miserables_graph())
    yield "lesmis", lesmis, {v: KINDS[i % 4] for i, v in enumerate(lesmis.nodes())}
    yield ("generated_small",) + generated(7, [(30, 0.12), (12, 0.3), (6, 0.5)])
    yield ("generated_medium",) + generated(11, [(150, 0.03), (40, 0.1), (3, 1.0)])
    yield ("generated_tied",) + tied(5)


def tied(seed):
    """Two copies of one random block (their largest eigenvalues tie), a 5-cycle and a 6-star
    (both eigenvalue 2 and 2.236, below the blocks), and isolates."""
    rng = random.Random(seed)
    block = nx.gnp_random_graph(14, 0.3, seed=rng.randrange(1 << 30))
    graph = nx.disjoint_union_all([block, nx.cycle_graph(5), block.copy(), nx.star_graph(5), nx.empty_graph(2)])
    graph = relabel(graph)
    kinds = {v: rng.choice(KINDS) for v in graph.nodes()}
    return graph, kinds


TIE = 1e-10  # components whose largest eigenvalues agree to this (relative) are tied


def leading_eigenvector(simple, nodes):
    """The exact eigenvector centrality by the documented rule, and whether components tie.

    Dense eigendecomposition of each component; the vector is the all-ones vector projected onto
    the eigenspace of the largest eigenvalue (spanned by the tied components' Perron vectors)."""
    pairs = []
    for members in nx.connected_components(simple):
        members = sorted(members, key=nodes.index)
        matrix = nx.to_numpy_array(simple, nodelist=members)
        values, vectors = np.linalg.eigh(matrix)
        vector = np.abs(vectors[:, -1])
        pairs.append((values[-1], members, vector / np.linalg.norm(vector)))
    best = max(value for value, _, _ in pairs)
    tied_count = sum(1 for value, _, _ in pairs if value >= best * (1 - TIE))
    result = dict.fromkeys(nodes, 0.0)
    for value, members, vector in pairs:
        if value >= best * (1 - TIE):
            for v, x in zip(members, vector * vector.sum()):
                result[v] = x
    norm = np.sqrt(sum(x * x for x in result.values()))
    return {v: x / norm for v, x in result.items()}, tied_count > 1


def check(what, expected, actual, nodes, tolerance=1e-9):
    worst = max(abs(expected[v] - actual[v]) for v in nodes)
    if worst > tolerance:
        raise SystemExit(f"{what} differs by {worst:.3g} (more than {tolerance:g})")
    return worst


def eigenvector(name, simple, nodes):
    """The reference eigenvector centrality, checked against numpy (untied) and igraph."""
    exact, tied_components = leading_eigenvector(simple, nodes)
    if not tied_components:
        numpy_values = nx.eigenvector_centrality_numpy(simple)
        worst = check(f"{name}: dense rule vs eigenvector_centrality_numpy", numpy_values, exact, nodes)
        print(f"  {name}: eigenvector_centrality_numpy agrees with the dense eigenvector to {worst:.1e}")
        exact = {v: max(0.0, float(numpy_values[v])) for v in nodes}
    else:
        # ARPACK (numpy and igraph alike) returns an arbitrary vector of a tied eigenspace, a
        # different one from run to run; networkx's power iteration converges to the projection.
        power = nx.eigenvector_centrality(simple, max_iter=100000, tol=1e-15)
        worst = check(f"{name}: projection rule vs eigenvector_centrality (power iteration)", exact, power, nodes, 1e-9)
        print(f"  {name}: components tie for the largest eigenvalue; the projection rule agrees with power iteration to {worst:.1e}")
        return exact
    if igraph is not None:
        index = {v: i for i, v in enumerate(nodes)}
        graph = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in simple.edges()])
        values = np.array(graph.evcent(scale=False))
        values = dict(zip(nodes, values / np.linalg.norm(values)))
        worst = check(f"{name}: igraph evcent", exact, values, nodes)
        print(f"  {name}: igraph {igraph.__version__} evcent agrees to {worst:.1e}")
    return exact


def number(value):
    return None if value != value else float(value)  # NaN -> null


def reference(name, graph, kinds):
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes())
    simple.add_edges_from(graph.edges())
    nodes = list(graph.nodes())
    n = len(nodes)
    nx.set_node_attributes(simple, kinds, "kind")

    component_of = {}
    for label, members in enumerate(sorted(nx.connected_components(simple), key=lambda c: min(nodes.index(v) for v in c))):
        for v in members:
            component_of[v] = label
    eigen = eigenvector(name, simple, nodes)
    partition = nx.community.louvain_communities(simple, seed=42)
    community_of = {v: i for i, members in enumerate(partition) for v in members}
    sizes = [len(c) for c in nx.connected_components(simple)]
    m = simple.number_of_edges()

    metrics = {
        "degree": dict(simple.degree()),
        "degree_centrality": nx.degree_centrality(simple),
        "strength": dict(graph.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(simple, normalized=True),
        "betweenness_raw": nx.betweenness_centrality(simple, normalized=False),
        "closeness": nx.closeness_centrality(simple, wf_improved=True),
        "closeness_plain": nx.closeness_centrality(simple, wf_improved=False),
        "pagerank": nx.pagerank(simple, alpha=0.85, weight=None),
        "clustering": nx.clustering(simple),
        "triangles": nx.triangles(simple),
        "coreness": nx.core_number(simple),
        "component": component_of,
        "eigenvector": eigen,
    }
    network = {
        "node_count": n,
        "edge_count": m,
        "density": nx.density(simple),
        "mean_degree": 2 * m / n,
        "components": len(sizes),
        "largest_component_share": max(sizes) / n,
        "isolates": nx.number_of_isolates(simple),
        "transitivity": nx.transitivity(simple),
        "average_clustering": nx.average_clustering(simple),
        "kind_assortativity": number(nx.attribute_assortativity_coefficient(simple, "kind")),
        "modularity_of_partition": nx.community.modularity(simple, partition),
    }
    return {
        "name": name,
        "source": f"networkx {nx.__version__}",
        "nodes": nodes,
        "edges": [[u, v, d.get("weight", 1)] for u, v, d in graph.edges(data=True)],
        "kinds": [kinds[v] for v in nodes],
        "partition": [community_of[v] for v in nodes],
        "node_metrics": {key: [float(values[v]) for v in nodes] for key, values in metrics.items()},
        "network_metrics": network,
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, graph, kinds in cases():
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(reference(name, graph, kinds), handle, indent=1)
            handle.write("\n")
        print(f"wrote {path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
