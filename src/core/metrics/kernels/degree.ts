// Degree (distinct neighbours), strength (sum of tie strengths) and networkx's normalised
// `degree_centrality` (degree / (n − 1)).
import type { Adjacency, Csr } from "../csr.ts";

/** Number of distinct neighbours of every node (parallel ties count once). */
export function degrees(adjacency: Adjacency): Float64Array {
  const { offsets } = adjacency;
  const n = offsets.length - 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = offsets[i + 1] - offsets[i];
  return out;
}

/** Degree divided by n − 1 (networkx `degree_centrality`); 1 for the single node of a 1-node graph. */
export function degreeCentrality(adjacency: Adjacency): Float64Array {
  const out = degrees(adjacency);
  const n = out.length;
  if (n <= 1) return out.fill(1);
  for (let i = 0; i < n; i++) out[i] /= n - 1;
  return out;
}

/** Sum of the strengths of all ties at each node, parallel ties included. */
export function strengths(csr: Pick<Csr, "offsets" | "weights">): Float64Array {
  const { offsets, weights } = csr;
  const n = offsets.length - 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) sum += weights[k];
    out[i] = sum;
  }
  return out;
}
