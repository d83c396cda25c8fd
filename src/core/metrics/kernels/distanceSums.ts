// Distance sums and reach of every node by bit-parallel breadth-first search: 32 sources at a
// time, each a bit of one Int32 per node, so one pass over a node's ties advances all 32 searches
// (multi-source BFS, Then et al. 2014). Closeness needs only these two numbers per node; when
// betweenness is computed too, its BFS gives them instead (see shortestPaths.ts).
import type { Adjacency } from "../csr.ts";

/** Per node: the sum of its distances to the nodes it reaches, and how many other nodes it reaches. */
export interface DistanceSums {
  distanceSum: Float64Array;
  reach: Int32Array;
}

const WIDTH = 32;

/** Distance sums and reach of every node; unweighted, undirected. Equal to one BFS per node. */
export function distanceSums(adjacency: Adjacency): DistanceSums {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  const distanceSum = new Float64Array(n);
  const reach = new Int32Array(n);
  /** Bit j set: source j of the batch has reached this node. */
  const seen = new Int32Array(n);
  /** Bit j set: this node is on source j's frontier (reached at the previous level). */
  const frontier = new Int32Array(n);
  /** Bits reaching this node at the current level. */
  const next = new Int32Array(n);
  const active = new Int32Array(n);
  const touched = new Int32Array(n);
  const reachedAtLevel = new Int32Array(WIDTH);

  for (let base = 0; base < n; base += WIDTH) {
    const width = Math.min(WIDTH, n - base);
    seen.fill(0);
    let activeCount = 0;
    for (let j = 0; j < width; j++) {
      const s = base + j;
      seen[s] = 1 << j;
      frontier[s] = 1 << j;
      active[activeCount++] = s;
    }
    for (let level = 1; activeCount > 0; level++) {
      let touchedCount = 0;
      for (let a = 0; a < activeCount; a++) {
        const v = active[a];
        const bits = frontier[v];
        frontier[v] = 0;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbors[k];
          const add = bits & ~seen[w];
          if (add !== 0) {
            if (next[w] === 0) touched[touchedCount++] = w;
            next[w] |= add;
          }
        }
      }
      activeCount = 0;
      reachedAtLevel.fill(0);
      for (let t = 0; t < touchedCount; t++) {
        const w = touched[t];
        let bits = next[w];
        next[w] = 0;
        seen[w] |= bits;
        frontier[w] = bits;
        active[activeCount++] = w;
        while (bits !== 0) {
          const low = bits & -bits;
          reachedAtLevel[31 - Math.clz32(low)]++;
          bits ^= low;
        }
      }
      for (let j = 0; j < width; j++) {
        const count = reachedAtLevel[j];
        if (count === 0) continue;
        distanceSum[base + j] += level * count;
        reach[base + j] += count;
      }
    }
  }
  return { distanceSum, reach };
}
