// Parallel betweenness and closeness over Node worker threads: equal to the single-threaded
// kernel, the same bits for 1, 2 or 3 threads and in this thread, progress to the total, and an
// abort rejects and stops the workers. Runs from source (the worker loads through the tsx shim).
import { MultiUndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { betweenness } from "../../../src/core/metrics/kernels/betweenness.ts";
import { closeness } from "../../../src/core/metrics/kernels/closeness.ts";
import { shortestPathRange } from "../../../src/core/metrics/kernels/shortestPaths.ts";
import { computeStructural } from "../../../src/core/metrics/structural/index.ts";
import { parallelBetweennessCloseness, parallelShortestPaths, shortestPathsInRangesFolded } from "../../../src/cli/parallel/nodePool.ts";
import { computeStructuralInWorkers } from "../../../src/cli/parallel/structuralInWorkers.ts";
import { randomAdjacency } from "../../core/metrics/kernels/randomAdjacency.ts";

/** The random graph plus 400 pendants hanging off its first 100 nodes (so leaves are folded). */
function withPendants() {
  const base = randomAdjacency(300, 5);
  const lists: number[][] = Array.from({ length: 700 }, (_, v) => (v < 300 ? [...base.neighbors.subarray(base.offsets[v], base.offsets[v + 1])] : []));
  for (let v = 300; v < 700; v++) {
    const p = (v * 7) % 100;
    lists[v].push(p);
    lists[p].push(v);
  }
  const offsets = new Int32Array(701);
  lists.forEach((l, v) => (offsets[v + 1] = offsets[v] + l.length));
  return { offsets, neighbors: Int32Array.from(lists.flatMap((l) => l.sort((a, b) => a - b))) };
}

describe("parallel over worker threads", () => {
  it("equals the single-threaded betweenness and closeness, with progress to the total", async () => {
    const adjacency = randomAdjacency(600, 11);
    const seen: number[] = [];
    const result = await parallelBetweennessCloseness(adjacency, { workers: 2, onProgress: (done, total) => seen.push(done / total) });
    const exact = betweenness(adjacency);
    const close = closeness(adjacency);
    for (let i = 0; i < 600; i++) {
      expect(result.betweenness[i]).toBeCloseTo(exact[i], 12);
      expect(result.closeness[i]).toBe(close[i]);
    }
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1])).toBe(true);
  }, 60000);

  it("with pendant nodes folded (sent to the workers), equals one plain BFS per node", async () => {
    const adjacency = withPendants();
    const plain = shortestPathRange(adjacency, 0, 700, { betweenness: true, distances: true });
    const result = await parallelShortestPaths(adjacency, { betweenness: true, distances: true }, { workers: 2 });
    expect([...result.distanceSum!]).toEqual([...plain.distanceSum!]);
    expect([...result.reach!]).toEqual([...plain.reach!]);
    for (let i = 0; i < 700; i++) expect(result.betweenness![i]).toBeCloseTo(plain.betweenness![i], 6);
  }, 60000);

  it("rejects with the abort reason when cancelled", async () => {
    const controller = new AbortController();
    const run = parallelShortestPaths(randomAdjacency(3000, 3), { betweenness: true, distances: true }, {
      workers: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("cancelled by the user")),
    });
    await expect(run).rejects.toThrow("cancelled by the user");
    controller.abort();
    await expect(parallelShortestPaths(randomAdjacency(10, 1), { betweenness: true, distances: false }, { signal: controller.signal })).rejects.toThrow();
  }, 60000);
});

describe("computeStructuralInWorkers", () => {
  it("gives what computeStructural gives, the same bits on 2 threads as in this one", async () => {
    const adjacency = randomAdjacency(300, 17);
    const graph = new MultiUndirectedGraph();
    for (let i = 0; i < 300; i++) graph.addNode(String(i), { kind: i % 3 === 0 ? "group" : "service_user" });
    for (let v = 0; v < 300; v++) {
      for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
        if (adjacency.neighbors[k] > v) graph.addEdge(String(v), String(adjacency.neighbors[k]));
      }
    }
    const inWorkers = await computeStructuralInWorkers(graph, {}, { workers: 2 });
    const inThisThread = await computeStructuralInWorkers(graph, {}, { workers: 1 });
    expect(inWorkers).toEqual(inThisThread);
    const direct = computeStructural(graph);
    expect(inWorkers.network).toEqual(direct.network);
    for (const [id, values] of direct.nodes) {
      for (const [metric, value] of Object.entries(values)) expect(inWorkers.nodes.get(id)![metric], `${metric} of ${id}`).toBeCloseTo(value, 12);
    }
  }, 60000);
});

describe("the same bits whatever the number of threads", () => {
  it("1, 2 and 3 worker threads, twice each, give the bits of the in-thread ranged sum", async () => {
    const adjacency = withPendants();
    const wanted = { betweenness: true, distances: true };
    const inThread = shortestPathsInRangesFolded(adjacency, wanted);
    for (const workers of [1, 2, 3]) {
      for (let run = 0; run < 2; run++) {
        const result = await parallelShortestPaths(adjacency, wanted, { workers });
        expect(Array.from(result.betweenness!), `${workers} workers, run ${run + 1}`).toEqual(Array.from(inThread.betweenness!));
        expect(Array.from(result.distanceSum!)).toEqual(Array.from(inThread.distanceSum!));
        expect(Array.from(result.reach!)).toEqual(Array.from(inThread.reach!));
      }
    }
  }, 120_000);
});
