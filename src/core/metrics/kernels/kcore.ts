// Core numbers (k-core decomposition) by Batagelj and Zaversnik's O(m) bin-sort algorithm,
// as networkx 2.8 `core_number` on an undirected simple graph.
import type { Adjacency } from "../csr.ts";

/** The core number of every node: the largest k such that the node is in the k-core. */
export function coreNumbers(adjacency: Adjacency): Int32Array {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    degree[i] = offsets[i + 1] - offsets[i];
    if (degree[i] > maxDegree) maxDegree = degree[i];
  }
  // bin[d] = first position in `order` of nodes with current degree d.
  const bin = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) bin[degree[i]]++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const size = bin[d];
    bin[d] = start;
    start += size;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    position[i] = bin[degree[i]]++;
    order[position[i]] = i;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let p = 0; p < n; p++) {
    const v = order[p];
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const u = neighbors[k];
      if (degree[u] > degree[v]) {
        // Move u to the front of its bin, then shrink its degree by one.
        const du = degree[u];
        const pu = position[u];
        const pw = bin[du];
        const w = order[pw];
        if (u !== w) {
          order[pu] = w;
          position[w] = pu;
          order[pw] = u;
          position[u] = pw;
        }
        bin[du]++;
        degree[u]--;
      }
    }
  }
  return degree;
}
