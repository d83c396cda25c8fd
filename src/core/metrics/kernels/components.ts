// Connected components by breadth-first search.
import type { Adjacency } from "../csr.ts";

/** Component labels and sizes. */
export interface Components {
  /** Component of each node, numbered 0, 1, … in order of each component's first node. */
  labels: Int32Array;
  /** Size of each component, indexed by label. */
  sizes: number[];
}

/** Labels every node with its connected component. */
export function components(adjacency: Adjacency): Components {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (labels[s] >= 0) continue;
    const label = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    labels[s] = label;
    while (head < tail) {
      const v = queue[head++];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = neighbors[k];
        if (labels[w] < 0) {
          labels[w] = label;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { labels, sizes };
}
