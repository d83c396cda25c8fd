// A seeded random graph as CSR adjacency, for the parallel kernel tests (here and in tests/cli/parallel/).
import type { Adjacency } from "../../../../src/core/metrics/csr.ts";

/** A seeded random graph: each new node links to 3 earlier ones (repeats collapse). */
export function randomAdjacency(n: number, seed: number): Adjacency {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const lists: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      const j = Math.floor(next() * i);
      lists[i].add(j);
      lists[j].add(i);
    }
  }
  const offsets = new Int32Array(n + 1);
  const flat: number[] = [];
  lists.forEach((set, i) => {
    flat.push(...[...set].sort((a, b) => a - b));
    offsets[i + 1] = flat.length;
  });
  return { offsets, neighbors: Int32Array.from(flat) };
}
