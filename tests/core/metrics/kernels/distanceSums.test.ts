import { describe, expect, it } from "vitest";
import { preferentialAttachment } from "../../../../src/core/generate/preferentialAttachment.ts";
import { toCsr, type Csr } from "../../../../src/core/metrics/csr.ts";
import { distanceSums } from "../../../../src/core/metrics/kernels/distanceSums.ts";
import { shortestPathRange } from "../../../../src/core/metrics/kernels/shortestPaths.ts";
import { buildGraph } from "../../../../src/core/model/graph.ts";
import { createRng } from "../../../../src/core/random.ts";
import { csrOfPairs } from "./testGraphs.ts";


/** One BFS per node, the reference. */
function oneByOne(csr: Csr) {
  const r = shortestPathRange(csr, 0, csr.ids.length, { betweenness: false, distances: true });
  return { distanceSum: r.distanceSum!, reach: r.reach! };
}

describe("distanceSums (32 searches at a time)", () => {
  it("a path of 4: end nodes sum 1+2+3, inner ones 1+1+2; each reaches 3", () => {
    const { distanceSum, reach } = distanceSums(csrOfPairs(4, [[0, 1], [1, 2], [2, 3]]));
    expect([...distanceSum]).toEqual([6, 4, 4, 6]);
    expect([...reach]).toEqual([3, 3, 3, 3]);
  });

  it("isolates reach nobody; components do not see each other; an empty graph gives empty arrays", () => {
    const { distanceSum, reach } = distanceSums(csrOfPairs(5, [[0, 1], [2, 3]]));
    expect([...distanceSum]).toEqual([1, 1, 1, 1, 0]);
    expect([...reach]).toEqual([1, 1, 1, 1, 0]);
    expect(distanceSums({ offsets: new Int32Array([0]), neighbors: new Int32Array(0) })).toEqual({ distanceSum: new Float64Array(0), reach: new Int32Array(0) });
  });

  it("equals one BFS per node on random graphs whose sizes are and are not multiples of 32, with components and isolates", () => {
    const rng = createRng(7);
    for (const n of [31, 32, 33, 64, 97, 300]) {
      const edges: [number, number][] = [];
      // Sparse random ties among the first 80% of nodes (several components); the rest isolated.
      const linked = Math.floor(n * 0.8);
      for (let e = 0; e < linked * 1.1; e++) {
        const a = Math.floor(rng() * linked);
        const b = Math.floor(rng() * linked);
        if (a !== b) edges.push([a, b]);
      }
      const csr = csrOfPairs(n, edges);
      expect(distanceSums(csr), `n = ${n}`).toEqual(oneByOne(csr));
    }
  });

  it("equals one BFS per node on a 2,000-node preferential-attachment graph (bit 31 and long runs used)", () => {
    const project = preferentialAttachment({ nodes: 2000, edgesPerNode: 2, seed: 5 });
    const csr = toCsr(buildGraph(project.nodes, project.ties));
    expect(distanceSums(csr)).toEqual(oneByOne(csr));
  });
});
