// Attribute assortativity of a categorical label (node kind), as networkx 2.8
// `attribute_assortativity_coefficient`: r = (tr M − ‖M²‖) / (1 − ‖M²‖) on the normalised
// mixing matrix M, each undirected edge counted in both directions.
import type { Adjacency } from "../csr.ts";

/**
 * Assortativity of `categories` (one label per node). NaN when undefined: no edges, or every
 * edge end carries the same category (networkx divides 0 by 0 there).
 */
export function attributeAssortativity(adjacency: Adjacency, categories: ArrayLike<string>): number {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  if (categories.length !== n) {
    throw new RangeError(`attributeAssortativity: ${categories.length} categories for ${n} nodes; give one per node`);
  }
  const total = neighbors.length;
  if (total === 0) return Number.NaN;
  let same = 0;
  const ends = new Map<string, number>();
  for (let v = 0; v < n; v++) {
    const c = categories[v];
    const d = offsets[v + 1] - offsets[v];
    ends.set(c, (ends.get(c) ?? 0) + d);
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      if (categories[neighbors[k]] === c) same++;
    }
  }
  // Symmetric mixing matrix: row sums a equal column sums b, both the share of edge ends.
  let ab = 0;
  for (const count of ends.values()) ab += (count / total) ** 2;
  const trace = same / total;
  return (trace - ab) / (1 - ab);
}
