// The structural connectedness metrics (DESIGN.md "Metrics"): every descriptor, and
// `computeStructural`, which computes any set of them on one snapshot, sharing the CSR, the BFS
// pass (betweenness with closeness), the triangles, the components and the Louvain partition.
import type Graph from "graphology";
import { betweennessMetric } from "./betweenness.ts";
import { StructuralCache } from "./cache.ts";
import { closenessMetric } from "./closeness.ts";
import { clusteringMetric } from "./clustering.ts";
import { communityMetric } from "./community.ts";
import { componentMetric } from "./component.ts";
import { componentsMetric, isolatesMetric, largestComponentShareMetric } from "./components.ts";
import { corenessMetric } from "./coreness.ts";
import { linkedPairsMetric, nodeCountMetric, tieCountMetric } from "./counts.ts";
import { degreeMetric } from "./degree.ts";
import { degreeCentralityMetric } from "./degreeCentrality.ts";
import { densityMetric } from "./density.ts";
import { eigenvectorMetric } from "./eigenvector.ts";
import { kindAssortativityMetric } from "./kindAssortativity.ts";
import { meanDegreeMetric } from "./meanDegree.ts";
import { modularityMetric } from "./modularity.ts";
import { pagerankMetric } from "./pagerank.ts";
import { strengthMetric } from "./strength.ts";
import { averageClusteringMetric, transitivityMetric } from "./transitivity.ts";
import type { MetricWarning, StructuralNetworkMetric, StructuralNodeMetric } from "./types.ts";

export { StructuralCache } from "./cache.ts";
export type { MetricWarning, StructuralNetworkMetric, StructuralNodeMetric } from "./types.ts";

/** Node-level structural metrics, in display order. */
export const STRUCTURAL_NODE_METRICS: StructuralNodeMetric[] = [
  degreeMetric,
  degreeCentralityMetric,
  strengthMetric,
  betweennessMetric,
  closenessMetric,
  eigenvectorMetric,
  pagerankMetric,
  clusteringMetric,
  corenessMetric,
  componentMetric,
  communityMetric,
] as StructuralNodeMetric[];

/** Network-level structural metrics, in display order. */
export const STRUCTURAL_NETWORK_METRICS: StructuralNetworkMetric[] = [
  nodeCountMetric,
  tieCountMetric,
  linkedPairsMetric,
  densityMetric,
  meanDegreeMetric,
  componentsMetric,
  largestComponentShareMetric,
  isolatesMetric,
  transitivityMetric,
  averageClusteringMetric,
  modularityMetric,
  kindAssortativityMetric,
] as StructuralNetworkMetric[];

/** Which metrics to compute and with which parameters. */
export interface StructuralOptions {
  /** Node metric ids to compute; all when omitted. */
  node?: readonly string[];
  /** Network metric ids to compute; all when omitted. */
  network?: readonly string[];
  /** Parameters by metric id, validated with the metric's schema; defaults fill the rest. */
  params?: Record<string, unknown>;
}

/** Node metric values by node id and then by metric id, and network values by metric id. */
export interface StructuralResult {
  nodes: Map<string, Record<string, number>>;
  network: Record<string, number>;
  /** Metrics whose values are not to be taken as they are (PageRank that did not converge …); usually empty. */
  warnings: MetricWarning[];
}

function select<T extends { id: string }>(all: T[], ids: readonly string[] | undefined, what: string): T[] {
  if (ids === undefined) return all;
  return ids.map((id) => {
    const found = all.find((d) => d.id === id);
    if (!found) {
      throw new Error(`computeStructural: unknown ${what} metric "${id}"; known: ${all.map((d) => d.id).join(", ")}`);
    }
    return found;
  });
}

/** The chosen descriptors with their parsed parameters; throws, naming the metric, on bad input. */
export function planStructural(options: StructuralOptions = {}): {
  node: Array<[StructuralNodeMetric, unknown]>;
  network: Array<[StructuralNetworkMetric, unknown]>;
  /** Which exact all-sources BFS outputs the plan needs (sampled betweenness needs none). */
  shortestPaths: { betweenness: boolean; distances: boolean };
} {
  const nodeMetrics = select(STRUCTURAL_NODE_METRICS, options.node, "node");
  const networkMetrics = select(STRUCTURAL_NETWORK_METRICS, options.network, "network");
  const parse = (descriptor: { id: string; params: StructuralNodeMetric["params"] }) => {
    const parsed = descriptor.params.safeParse(options.params?.[descriptor.id] ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(value)"} ${i.message}`).join("; ");
      throw new Error(`computeStructural: parameters of "${descriptor.id}" are invalid: ${issues}`);
    }
    return parsed.data;
  };
  const node = nodeMetrics.map((d) => [d, parse(d)] as [StructuralNodeMetric, unknown]);
  const network = networkMetrics.map((d) => [d, parse(d)] as [StructuralNetworkMetric, unknown]);
  const shortestPaths = { betweenness: false, distances: false };
  for (const [d, params] of node) {
    const sampled = d.id === "betweenness" && (params as { samples: number }).samples > 0;
    if (d.uses === "betweenness" && !sampled) shortestPaths.betweenness = true;
    if (d.uses === "distances") shortestPaths.distances = true;
  }
  return { node, network, shortestPaths };
}

/**
 * Computes the chosen structural metrics of a graph (a `RecoveryGraph` snapshot or any
 * graphology graph), with a warning for each metric whose values are not to be taken as they
 * are (an iteration that did not converge). Throws, naming the metric, on an unknown id or an
 * invalid parameter.
 * Pass a `cache` built on the same graph to reuse work already done (for example BFS results
 * from worker threads, see `StructuralCache.provideShortestPaths`).
 */
export function computeStructural(
  graph: Graph,
  options: StructuralOptions = {},
  cache: StructuralCache = new StructuralCache(graph),
): StructuralResult {
  const plan = planStructural(options);
  cache.wantBetweenness ||= plan.shortestPaths.betweenness;
  cache.wantDistances ||= plan.shortestPaths.distances;

  const nodes = new Map<string, Record<string, number>>();
  for (const id of cache.csr.ids) nodes.set(id, {});
  const warnings: MetricWarning[] = [];
  for (const [d, params] of plan.node) {
    const values = d.compute(cache, params, (text) => warnings.push({ metric: d.id, text }));
    cache.csr.ids.forEach((id, k) => {
      nodes.get(id)![d.id] = values[k];
    });
  }
  const network: Record<string, number> = {};
  for (const [d, params] of plan.network) network[d.id] = d.compute(cache, params);
  return { nodes, network, warnings };
}
