// Triangles and local clustering by intersecting sorted neighbour lists; transitivity and
// average clustering as networkx 2.8 defines them (unweighted).
import type { Adjacency } from "../csr.ts";

/** The number of triangles through each node. Each triangle is found once (u < v < w). */
export function triangles(adjacency: Adjacency): Float64Array {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  const count = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const uEnd = offsets[u + 1];
    for (let a = offsets[u]; a < uEnd; a++) {
      const v = neighbors[a];
      if (v <= u) continue;
      // Common neighbours w > v of u and v: merge the two sorted lists from just past v.
      let i = a + 1;
      let j = offsets[v];
      const vEnd = offsets[v + 1];
      while (j < vEnd && neighbors[j] <= v) j++;
      while (i < uEnd && j < vEnd) {
        const x = neighbors[i];
        const y = neighbors[j];
        if (x < y) i++;
        else if (x > y) j++;
        else {
          count[u]++;
          count[v]++;
          count[x]++;
          i++;
          j++;
        }
      }
    }
  }
  return count;
}

/** Local clustering 2T/(d(d−1)), 0 for nodes of degree below 2; from precomputed triangles. */
export function clusteringFromTriangles(adjacency: Adjacency, tri: Float64Array): Float64Array {
  const { offsets } = adjacency;
  const n = offsets.length - 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1] - offsets[i];
    out[i] = d < 2 ? 0 : (2 * tri[i]) / (d * (d - 1));
  }
  return out;
}

/** Local clustering coefficient of every node. */
export function clustering(adjacency: Adjacency): Float64Array {
  return clusteringFromTriangles(adjacency, triangles(adjacency));
}

/** Transitivity: 3 × triangles / connected triples, 0 when there are no triangles. */
export function transitivityFromTriangles(adjacency: Adjacency, tri: Float64Array): number {
  const { offsets } = adjacency;
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < tri.length; i++) {
    const d = offsets[i + 1] - offsets[i];
    closed += tri[i];
    triples += (d * (d - 1)) / 2;
  }
  return closed === 0 ? 0 : closed / triples;
}

/**
 * Mean of the local clustering over all nodes, zeros included (networkx `average_clustering`).
 * NaN for a graph with no nodes, where the mean is undefined.
 */
export function averageClustering(values: Float64Array): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
