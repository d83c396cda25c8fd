// Compressed sparse row (CSR) adjacency: the typed-array form every structural kernel runs on.
// Built once per snapshot, so betweenness, closeness, clustering and the rest share it.
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { STRENGTH_WEIGHT, tieWeight as modelTieWeight, type WeightChoice } from "../model/weight.ts";

/**
 * An undirected simple graph in CSR form. Node `i` has id `ids[i]`; its neighbours are
 * `neighbors[offsets[i] .. offsets[i + 1])`, sorted ascending and without repeats.
 */
export interface Csr {
  /** Node ids, in the graph's node order. */
  ids: string[];
  /** Node id → index into `ids`. */
  index: Map<string, number>;
  /** `n + 1` offsets into `neighbors` and `weights`. */
  offsets: Int32Array;
  /** Neighbour indices; each undirected edge appears twice (once from each end). */
  neighbors: Int32Array;
  /** Sum of the weights (model/weight.ts) of the parallel ties behind each neighbour entry (used for strength only). */
  weights: Float64Array;
}

/** The part of a `Csr` the kernels need; plain typed arrays, so it can be posted to a Worker. */
export interface Adjacency {
  offsets: Int32Array;
  neighbors: Int32Array;
  /**
   * Pendant nodes folded into each node (see kernels/leafFolding.ts): the shortest-path kernel
   * counts them as targets beyond the node and as sources that share its paths. Absent: none.
   */
  leaves?: Int32Array;
}

/**
 * A tie's contribution to strength under the graph's `weight` choice (model/weight.ts): a tie
 * record's `strength` or attribute, else 1. An edge of a plain graphology graph (no `attributes`
 * record) is read by the same rule on its own flat attributes.
 */
function tieWeight(attributes: Attributes, weight: WeightChoice): number {
  const tie = attributes.attributes !== null && typeof attributes.attributes === "object" ? attributes : { strength: attributes.strength, attributes };
  return modelTieWeight(tie as Parameters<typeof modelTieWeight>[0], weight);
}

/**
 * Builds the CSR of any graphology graph (a `RecoveryGraph` snapshot, or a generic graph).
 * Direction is ignored, parallel ties collapse to one neighbour whose weight is the sum of their
 * weights, and self-loops are dropped (no structural metric here counts them). Each tie's weight
 * follows the graph's `weight` attribute (`GraphAttributes.weight`; absent: `"strength"`).
 */
export function toCsr(graph: Graph): Csr {
  const chosen = graph.getAttribute("weight") as WeightChoice | undefined;
  const weight = chosen === undefined ? STRENGTH_WEIGHT : chosen;
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);

  // First pass: raw (possibly repeated) half-edges per node.
  const rawDegree = new Int32Array(n + 1);
  const ends: number[] = [];
  const strengths: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) return;
    ends.push(s, t);
    strengths.push(tieWeight(attributes, weight));
    rawDegree[s + 1]++;
    rawDegree[t + 1]++;
  });
  for (let i = 0; i < n; i++) rawDegree[i + 1] += rawDegree[i];
  const rawOffsets = rawDegree;
  const cursor = rawOffsets.slice(0, n);
  const rawNeighbors = new Int32Array(rawOffsets[n]);
  const rawWeights = new Float64Array(rawOffsets[n]);
  for (let e = 0; e < strengths.length; e++) {
    const s = ends[2 * e];
    const t = ends[2 * e + 1];
    rawNeighbors[cursor[s]] = t;
    rawWeights[cursor[s]++] = strengths[e];
    rawNeighbors[cursor[t]] = s;
    rawWeights[cursor[t]++] = strengths[e];
  }

  // Second pass: sort each list and merge repeats, summing their weights.
  const offsets = new Int32Array(n + 1);
  const neighbors = new Int32Array(rawOffsets[n]);
  const weights = new Float64Array(rawOffsets[n]);
  let out = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    const start = rawOffsets[i];
    const end = rawOffsets[i + 1];
    order.length = 0;
    for (let k = start; k < end; k++) order.push(k);
    order.sort((a, b) => rawNeighbors[a] - rawNeighbors[b]);
    for (const k of order) {
      const j = rawNeighbors[k];
      if (out > offsets[i] && neighbors[out - 1] === j) {
        weights[out - 1] += rawWeights[k];
      } else {
        neighbors[out] = j;
        weights[out++] = rawWeights[k];
      }
    }
  }
  offsets[n] = out;
  return {
    ids,
    index,
    offsets,
    neighbors: neighbors.slice(0, out),
    weights: weights.slice(0, out),
  };
}

/** Number of nodes. */
export function nodeCount(adjacency: Adjacency): number {
  return adjacency.offsets.length - 1;
}

/** Number of undirected edges after collapsing parallel ties. */
export function edgeCount(adjacency: Adjacency): number {
  return adjacency.neighbors.length / 2;
}
