// Betweenness centrality (Brandes 2001), unweighted and undirected, exact or from sampled pivots.
// Matches networkx 2.8 `betweenness_centrality(G, k, normalized, endpoints=False)`.
import { createRng } from "../../random.ts";
import type { Adjacency } from "../csr.ts";
import { allShortestPaths } from "./leafFolding.ts";
import { shortestPathRange } from "./shortestPaths.ts";

/**
 * Turns raw dependencies summed over `sources` sources (each pair seen from both ends) into
 * networkx's values: normalised by 1/((n−1)(n−2)) (i.e. 2/((n−1)(n−2)) per unordered pair),
 * or halved when not normalised; scaled by n/k when only k of the n sources were used.
 * Returns a new array.
 */
export function rescaleBetweenness(
  raw: Float64Array,
  n: number,
  sources: number,
  normalized: boolean,
): Float64Array {
  let scale: number | undefined;
  if (normalized) scale = n <= 2 ? undefined : 1 / ((n - 1) * (n - 2));
  else scale = 0.5;
  if (scale !== undefined && sources < n && sources > 0) scale *= n / sources;
  const out = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = scale === undefined ? raw[i] : raw[i] * scale;
  return out;
}

/** Exact betweenness of every node (BFS from every source, pendant nodes folded). */
export function betweenness(adjacency: Adjacency, normalized = true): Float64Array {
  const n = adjacency.offsets.length - 1;
  const { betweenness: raw } = allShortestPaths(adjacency, { betweenness: true, distances: false });
  return rescaleBetweenness(raw!, n, n, normalized);
}

/**
 * `k` distinct pivots chosen with a seeded generator (partial Fisher–Yates), so a run is
 * reproducible. Throws when k is not a whole number in 1..n.
 */
export function samplePivots(n: number, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`betweenness: sample size k=${k} must be a whole number from 1 to the node count ${n}`);
  }
  const rng = createRng(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/**
 * Approximate betweenness from `k` seeded pivot sources, scaled by n/k as networkx does with
 * its `k` argument (an unbiased estimate of the exact value).
 */
export function sampledBetweenness(
  adjacency: Adjacency,
  k: number,
  seed: number,
  normalized = true,
): Float64Array {
  const n = adjacency.offsets.length - 1;
  const pivots = samplePivots(n, k, seed);
  const { betweenness: raw } = shortestPathRange(adjacency, 0, k, { betweenness: true, distances: false }, undefined, pivots);
  return rescaleBetweenness(raw!, n, k, normalized);
}
