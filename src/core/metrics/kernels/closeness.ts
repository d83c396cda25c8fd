// Closeness centrality from BFS distance sums, in networkx 2.8's form: with `wfImproved`
// (the default) the Wasserman–Faust correction scales by the share of the graph a node reaches,
// so nodes in small components do not look central.
import type { Adjacency } from "../csr.ts";
import { distanceSums } from "./distanceSums.ts";

/**
 * Closeness of one node from its distance sum and reach (other nodes reached), in a graph of
 * `n` nodes: (r / Σd) × (r / (n − 1)) with the correction, r / Σd without; 0 when it reaches nobody.
 */
export function closenessFromDistances(distanceSum: number, reach: number, n: number, wfImproved = true): number {
  if (distanceSum <= 0 || n <= 1) return 0;
  const value = reach / distanceSum;
  return wfImproved ? value * (reach / (n - 1)) : value;
}

/** Closeness of every node (bit-parallel BFS, 32 sources at a time). */
export function closeness(adjacency: Adjacency, wfImproved = true): Float64Array {
  const n = adjacency.offsets.length - 1;
  const { distanceSum, reach } = distanceSums(adjacency);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = closenessFromDistances(distanceSum[i], reach[i], n, wfImproved);
  return out;
}

/** How many other nodes each node reaches by some path (component size minus one). */
export function reach(adjacency: Adjacency): Int32Array {
  return distanceSums(adjacency).reach;
}
