// Agreement with networkx 2.8 on classic and generated graphs (fixtures written by
// scripts/reference/networkx_metrics.py): every node and network metric to 1e-6 relative, and
// eigenvector centrality to 1e-9 relative against the exact `eigenvector_centrality_numpy`
// (on graphs with several components too, and on one where two components tie).
import { readdirSync, readFileSync } from "node:fs";
import { MultiUndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toCsr } from "../../../../src/core/metrics/csr.ts";
import { modularity } from "../../../../src/core/metrics/kernels/modularity.ts";
import { rescaleBetweenness } from "../../../../src/core/metrics/kernels/betweenness.ts";
import { computeStructural } from "../../../../src/core/metrics/structural/index.ts";
import { closeness } from "../../../../src/core/metrics/kernels/closeness.ts";

interface Fixture {
  name: string;
  nodes: string[];
  edges: [string, string, number][];
  kinds: string[];
  partition: number[];
  node_metrics: Record<string, number[]>;
  network_metrics: Record<string, number | null>;
}

const DIR = new URL("../../../fixtures/reference/", import.meta.url);
const FIXTURES: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), "utf8")) as Fixture);

function load(fixture: Fixture): MultiUndirectedGraph {
  const graph = new MultiUndirectedGraph();
  fixture.nodes.forEach((id, i) => graph.addNode(id, { kind: fixture.kinds[i] }));
  for (const [source, target, strength] of fixture.edges) graph.addEdge(source, target, { strength });
  return graph;
}

/** Agreement to `relative` (1e-6 by default), absolute below 1e-3 × relative; NaN matches null. */
function close(actual: number, expected: number | null, what: string, relative = 1e-6): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  const tolerance = Math.max(1e-3 * relative, relative * Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: got ${actual}, networkx gives ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Same grouping of nodes, whatever the numbers. */
function samePartition(a: number[], b: number[]): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  return a.every((x, i) => {
    const y = b[i];
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
    return true;
  });
}

it("finds the reference fixtures", () => {
  expect(FIXTURES.map((f) => f.name)).toEqual(["davis", "florentine", "generated_medium", "generated_small", "generated_tied", "karate", "lesmis"]);
});

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s agrees with networkx", (_name, fixture) => {
  const graph = load(fixture);
  const result = computeStructural(graph);
  const node = (metric: string) => fixture.nodes.map((id) => result.nodes.get(id)![metric]);

  it.each(["degree", "degree_centrality", "strength", "betweenness", "closeness", "pagerank", "clustering", "coreness"])(
    "node metric %s",
    (metric) => {
      const expected = fixture.node_metrics[metric];
      node(metric).forEach((v, i) => close(v, expected[i], `${fixture.name} ${metric} of ${fixture.nodes[i]}`));
    },
  );

  it("eigenvector, to 1e-9 relative", () => {
    const expected = fixture.node_metrics.eigenvector;
    node("eigenvector").forEach((v, i) => close(v, expected[i], `${fixture.name} eigenvector of ${fixture.nodes[i]}`, 1e-9));
    expect(result.warnings).toEqual([]);
  });

  it("unnormalised betweenness and closeness without the correction", () => {
    const csr = toCsr(graph);
    const n = fixture.nodes.length;
    const normalised = node("betweenness");
    const raw = rescaleBetweenness(Float64Array.from(normalised.map((v) => v * (n - 1) * (n - 2))), n, n, false);
    raw.forEach((v, i) => close(v, fixture.node_metrics.betweenness_raw[i], `raw betweenness ${fixture.nodes[i]}`));
    closeness(csr, false).forEach((v, i) => close(v, fixture.node_metrics.closeness_plain[i], `closeness ${fixture.nodes[i]}`));
  });

  it("components are the same grouping, numbered by first node", () => {
    expect(node("component")).toEqual(fixture.node_metrics.component);
  });

  it("network metrics", () => {
    for (const key of ["density", "mean_degree", "components", "largest_component_share", "isolates", "transitivity", "average_clustering", "kind_assortativity"]) {
      close(result.network[key], fixture.network_metrics[key], `${fixture.name} ${key}`);
    }
    expect(result.network.node_count).toBe(fixture.network_metrics.node_count);
    expect(result.network.linked_pairs).toBe(fixture.network_metrics.edge_count);
  });

  it("modularity formula matches networkx on the stored partition", () => {
    close(modularity(toCsr(graph), fixture.partition), fixture.network_metrics.modularity_of_partition, `${fixture.name} modularity`);
  });

  it("our Louvain partition has the modularity we report, and it is reproducible", () => {
    const labels = node("community");
    close(result.network.modularity, modularity(toCsr(graph), labels), "modularity of our partition");
    expect(samePartition(labels, fixture.nodes.map((id) => computeStructural(graph, { node: ["community"], network: [] }).nodes.get(id)!.community))).toBe(true);
    // Louvain should find a partition at least nearly as good as networkx's own.
    expect(result.network.modularity).toBeGreaterThan(fixture.network_metrics.modularity_of_partition! - 0.03);
  });
});
