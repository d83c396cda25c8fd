// Newman's modularity of a partition, in networkx 2.8's form
// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ] (unweighted, undirected).
import type { Adjacency } from "../csr.ts";

/**
 * Modularity of `labels` (a community number per node) with resolution γ. NaN for a graph
 * without edges, where networkx divides by zero.
 */
export function modularity(adjacency: Adjacency, labels: ArrayLike<number>, resolution = 1): number {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  if (labels.length !== n) throw new RangeError(`modularity: ${labels.length} labels for ${n} nodes; give one per node`);
  const m = neighbors.length / 2;
  if (m === 0) return Number.NaN;
  const inside = new Map<number, number>();
  const degreeSum = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = labels[v];
    degreeSum.set(c, (degreeSum.get(c) ?? 0) + offsets[v + 1] - offsets[v]);
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      if (labels[neighbors[k]] === c) inside.set(c, (inside.get(c) ?? 0) + 0.5);
    }
  }
  let q = 0;
  for (const [c, d] of degreeSum) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}
