"""Reference values for the structural metrics, computed with networkx 2.8.

Writes tests/fixtures/reference/<name>.json for a few classic graphs (from networkx's own
generators) and seeded generated graphs with several components and isolates: the node list,
the edge list (with weights, for strength), a kind per node, and every metric per node and per
network. The TypeScript tests load the edge lists and check agreement.

Run from the repository root:  python3 scripts/reference/networkx_metrics.py
(with the system Python that has networkx 2.8 and scipy).
"""
import json
import os
import random

import networkx as nx

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
    try:
        eigen = nx.eigenvector_centrality(simple)
    except nx.PowerIterationFailedConvergence:
        eigen = None
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
    }
    if eigen is not None:
        metrics["eigenvector"] = eigen
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
