// computeStructural and the descriptors: bad arguments, parameters, shared work, and that every
// descriptor's own `fn` gives what the shared computation gives.
import { MultiUndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { RecoveryGraph } from "../../../../src/core/model/graph.ts";
import {
  computeStructural,
  STRUCTURAL_NETWORK_METRICS,
  STRUCTURAL_NODE_METRICS,
  StructuralCache,
} from "../../../../src/core/metrics/structural/index.ts";

function pendant(): RecoveryGraph {
  const graph = new MultiUndirectedGraph();
  for (const [id, kind] of [["a", "service_user"], ["b", "service_user"], ["c", "peer_mentor"], ["d", "group"]]) {
    graph.addNode(id, { kind });
  }
  graph.addEdge("a", "b", { strength: 2 });
  graph.addEdge("b", "c", { strength: 3 });
  graph.addEdge("c", "a", { strength: 1 });
  graph.addEdge("c", "d", { strength: 5 });
  graph.addEdge("c", "d", { strength: 4 });
  return graph as unknown as RecoveryGraph;
}

describe("computeStructural", () => {
  it("rejects unknown metrics and invalid parameters, naming them", () => {
    expect(() => computeStructural(pendant(), { node: ["fame"] })).toThrow(/unknown node metric "fame"/);
    expect(() => computeStructural(pendant(), { network: ["size"] })).toThrow(/unknown network metric "size"/);
    expect(() => computeStructural(pendant(), { params: { pagerank: { alpha: 2 } } })).toThrow(/"pagerank" are invalid: alpha/);
  });

  it("gives exact values on a triangle with a doubly tied pendant", () => {
    const { nodes, network } = computeStructural(pendant());
    expect(nodes.get("c")).toMatchObject({ degree: 3, strength: 13, betweenness: 2 / 3, closeness: 1, clustering: 1 / 3, coreness: 2, component: 0 });
    expect(nodes.get("d")).toMatchObject({ degree: 1, strength: 9, betweenness: 0, closeness: 3 / 5, clustering: 0, coreness: 1 });
    expect(network).toMatchObject({
      node_count: 4,
      tie_count: 5,
      linked_pairs: 4,
      density: 4 / 6,
      mean_degree: 2,
      components: 1,
      largest_component_share: 1,
      isolates: 0,
      transitivity: 3 / 5,
    });
    expect(network.average_clustering).toBeCloseTo(7 / 12, 15);
  });

  it("warns when PageRank or eigenvector centrality stopped before converging, and not otherwise", () => {
    expect(computeStructural(pendant()).warnings).toEqual([]);
    const { warnings } = computeStructural(pendant(), { params: { pagerank: { maxIter: 1 }, eigenvector: { maxIter: 1 } } });
    expect(warnings).toEqual([
      { metric: "eigenvector", text: "Eigenvector centrality stopped after 1 step on a component without converging: the values are approximate." },
      { metric: "pagerank", text: "PageRank stopped after 1 iteration without converging: the values are approximate." },
    ]);
  });

  it("computes only what is asked, with parameters", () => {
    const { nodes, network } = computeStructural(pendant(), {
      node: ["betweenness"],
      network: ["density"],
      params: { betweenness: { normalized: false } },
    });
    expect(nodes.get("c")).toEqual({ betweenness: 2 });
    expect(network).toEqual({ density: 4 / 6 });
  });

  it("one BFS pass serves betweenness and closeness", () => {
    const cache = new StructuralCache(pendant());
    cache.wantBetweenness = true;
    cache.wantDistances = true;
    const first = cache.shortestPaths("betweenness");
    expect(first.distanceSum).toBeDefined();
    expect(cache.shortestPaths("distances")).toBe(first);
  });

  it("every descriptor's own fn agrees with the shared computation, and defaults parse", () => {
    const graph = pendant();
    const shared = computeStructural(graph);
    for (const d of STRUCTURAL_NODE_METRICS) {
      const own = d.fn(graph, d.params.parse({}), { project: undefined as never, at: undefined });
      for (const id of ["a", "b", "c", "d"]) expect(own.get(id), `${d.id} of ${id}`).toBe(shared.nodes.get(id)![d.id]);
    }
    for (const d of STRUCTURAL_NETWORK_METRICS) {
      expect(d.fn(graph, d.params.parse({}), { project: undefined as never, at: undefined }), d.id).toBe(shared.network[d.id]);
    }
  });

  it("an empty snapshot gives zeros or NaN, never a crash", () => {
    const { nodes, network } = computeStructural(new MultiUndirectedGraph());
    expect(nodes.size).toBe(0);
    expect(network).toMatchObject({ node_count: 0, density: 0, components: 0, isolates: 0, transitivity: 0 });
    expect(network.mean_degree).toBeNaN();
    expect(network.modularity).toBeNaN();
  });
});
