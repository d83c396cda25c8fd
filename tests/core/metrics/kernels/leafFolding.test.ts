import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCsr, type Adjacency } from "../../../../src/core/metrics/csr.ts";
import { allShortestPaths, foldLeaves } from "../../../../src/core/metrics/kernels/leafFolding.ts";
import { shortestPathRange, type RangeResult } from "../../../../src/core/metrics/kernels/shortestPaths.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { createRng } from "../../../../src/core/random.ts";
import { csrOfPairs } from "./testGraphs.ts";

const BOTH = { betweenness: true, distances: true };


/** The same as one plain BFS per node: betweenness to 1e-12 relative, distances exactly. */
function expectSameAsPlain(adjacency: Adjacency, label: string): void {
  const n = adjacency.offsets.length - 1;
  const plain: RangeResult = shortestPathRange(adjacency, 0, n, BOTH);
  const folded = allShortestPaths(adjacency, BOTH);
  expect([...folded.distanceSum!], `${label}: distance sums`).toEqual([...plain.distanceSum!]);
  expect([...folded.reach!], `${label}: reach`).toEqual([...plain.reach!]);
  for (let i = 0; i < n; i++) {
    const want = plain.betweenness![i];
    expect(Math.abs(folded.betweenness![i] - want), `${label}: betweenness of node ${i}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  }
}

describe("folding pendant nodes", () => {
  it("folds degree-1 nodes into their neighbour, but not the two ends of a lone tie", () => {
    // A star 0–{1,2,3}, a path 4–5–6, a lone tie 7–8 and an isolate 9.
    const folded = foldLeaves(csrOfPairs(10, [[0, 1], [0, 2], [0, 3], [4, 5], [5, 6], [7, 8]]))!;
    expect([...folded.parent]).toEqual([-1, 0, 0, 0, 5, -1, 5, -1, -1, -1]);
    expect([...folded.original]).toEqual([0, 5, 7, 8, 9]);
    expect([...folded.reduced.leaves]).toEqual([3, 2, 0, 0, 0]);
    expect([...folded.componentSize]).toEqual([4, 4, 4, 4, 3, 3, 3, 2, 2, 1]);
    expect(foldLeaves(csrOfPairs(3, [[0, 1], [1, 2], [2, 0]]))).toBeUndefined();
  });

  it("a star's centre lies between every pair of its leaves: L(L − 1) ordered pairs", () => {
    const { betweenness } = allShortestPaths(csrOfPairs(5, [[0, 1], [0, 2], [0, 3], [0, 4]]), BOTH);
    expect([...betweenness!]).toEqual([12, 0, 0, 0, 0]);
  });

  it("gives what one plain BFS per node gives on small shapes", () => {
    expectSameAsPlain(csrOfPairs(4, [[0, 1], [1, 2], [2, 3]]), "path of 4");
    expectSameAsPlain(csrOfPairs(6, [[0, 1], [1, 2], [2, 0], [2, 3], [0, 4], [0, 5]]), "triangle with pendants");
    expectSameAsPlain(csrOfPairs(7, [[0, 1], [0, 2], [1, 3], [1, 4], [2, 5], [2, 6]]), "binary tree");
    expectSameAsPlain(csrOfPairs(6, [[0, 1], [2, 3], [3, 4]]), "lone tie, path of 3, isolate");
  });

  it("gives what one plain BFS per node gives on random graphs with many pendants, components and isolates", () => {
    const rng = createRng(3);
    for (const n of [20, 60, 200]) {
      const edges: [number, number][] = [];
      const core = Math.floor(n / 3);
      for (let i = 1; i < core; i++) edges.push([i, Math.floor(rng() * i)]); // a tree among the core
      for (let e = 0; e < core / 2; e++) edges.push([Math.floor(rng() * core), Math.floor(rng() * core)]); // some cycles
      for (let v = core; v < n - 3; v++) edges.push([v, Math.floor(rng() * core)]); // pendants hanging off the core
      expectSameAsPlain(csrOfPairs(n, edges.filter(([a, b]) => a !== b)), `random ${n}`);
    }
  });

  it("gives what one plain BFS per node gives on the sample programme at its last wave", () => {
    const project = JSON.parse(readFileSync(new URL("../../../../datasets/programme.json", import.meta.url), "utf8"));
    const adjacency = toCsr(snapshotAt(project, "2015-04-01"));
    expect(foldLeaves(adjacency)!.original.length).toBeLessThan(0.5 * (adjacency.offsets.length - 1));
    expectSameAsPlain(adjacency, "sample at 2015-04-01");
  });
});
