// Parallel betweenness and closeness over worker threads equal the single-threaded kernel;
// progress reaches the total; an abort rejects and stops the workers.
import { describe, expect, it } from "vitest";
import type { Adjacency } from "../../../../src/core/metrics/csr.ts";
import { betweenness } from "../../../../src/core/metrics/kernels/betweenness.ts";
import { closeness } from "../../../../src/core/metrics/kernels/closeness.ts";
import { shortestPathRange } from "../../../../src/core/metrics/kernels/shortestPaths.ts";
import { parallelBetweennessCloseness, parallelShortestPaths } from "../../../../src/core/metrics/parallel/nodePool.ts";
import { computeStructuralInWorkers } from "../../../../src/core/metrics/parallel/structuralInWorkers.ts";
import { computeStructural } from "../../../../src/core/metrics/structural/index.ts";
import { MultiUndirectedGraph } from "graphology";
import { runRangePool, type RangeWorker } from "../../../../src/core/metrics/parallel/rangePool.ts";
import { handleRangeMessage, splitRanges, type WorkerMessage } from "../../../../src/core/metrics/parallel/rangeKernel.ts";

/** A seeded random graph: each new node links to 3 earlier ones (repeats collapse). */
function randomAdjacency(n: number, seed: number): Adjacency {
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

describe("range kernel", () => {
  it("splitRanges covers [0, n) without gaps or empty ranges", () => {
    expect(splitRanges(10, 3)).toEqual([[0, 3], [3, 6], [6, 10]]);
    expect(splitRanges(2, 5)).toEqual([[0, 1], [1, 2]]);
    expect(splitRanges(0, 4)).toEqual([]);
  });

  it("reports an error for a range before init, and a result after it", () => {
    const posted: WorkerMessage[] = [];
    const state = {};
    handleRangeMessage(state, { type: "range", from: 0, to: 1 }, (m) => posted.push(m));
    expect(posted[0]).toEqual({ type: "error", message: expect.stringMatching(/send init first/) });
    const adjacency = randomAdjacency(30, 5);
    handleRangeMessage(state, { type: "init", ...adjacency, wanted: { betweenness: true, distances: false } }, (m) => posted.push(m));
    handleRangeMessage(state, { type: "range", from: 0, to: 30 }, (m) => posted.push(m));
    const result = posted[1];
    expect(result.type).toBe("result");
    if (result.type === "result") expect(Array.from(result.betweenness!)).toEqual(Array.from(shortestPathRange(adjacency, 0, 30, { betweenness: true, distances: false }).betweenness!));
  });
});

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
    // The random graph plus 400 pendants hanging off its first 100 nodes.
    const base = randomAdjacency(300, 5);
    const lists: number[][] = Array.from({ length: 700 }, (_, v) => (v < 300 ? [...base.neighbors.subarray(base.offsets[v], base.offsets[v + 1])] : []));
    for (let v = 300; v < 700; v++) {
      const p = (v * 7) % 100;
      lists[v].push(p);
      lists[p].push(v);
    }
    const offsets = new Int32Array(701);
    lists.forEach((l, v) => (offsets[v + 1] = offsets[v] + l.length));
    const adjacency = { offsets, neighbors: Int32Array.from(lists.flatMap((l) => l.sort((a, b) => a - b))) };
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
  it("gives exactly what computeStructural gives", async () => {
    const adjacency = randomAdjacency(300, 17);
    const graph = new MultiUndirectedGraph();
    for (let i = 0; i < 300; i++) graph.addNode(String(i), { kind: i % 3 === 0 ? "group" : "service_user" });
    for (let v = 0; v < 300; v++) {
      for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
        if (adjacency.neighbors[k] > v) graph.addEdge(String(v), String(adjacency.neighbors[k]));
      }
    }
    const inWorkers = await computeStructuralInWorkers(graph, {}, { workers: 2 });
    const direct = computeStructural(graph);
    expect(inWorkers.network).toEqual(direct.network);
    for (const [id, values] of direct.nodes) {
      for (const [metric, value] of Object.entries(values)) expect(inWorkers.nodes.get(id)![metric], `${metric} of ${id}`).toBeCloseTo(value, 12);
    }
  }, 60000);
});

describe("runRangePool with any worker", () => {
  /** A worker in this thread: the same message protocol, replies delivered asynchronously. */
  function inThreadWorker(): RangeWorker {
    const state = {};
    let handler: (message: WorkerMessage) => void = () => {};
    let alive = true;
    return {
      post: (message) => queueMicrotask(() => alive && handleRangeMessage(state, message, (reply) => handler(reply))),
      onMessage: (h) => (handler = h),
      onError: () => {},
      terminate: () => (alive = false),
    };
  }

  it("three in-thread workers give the single-threaded result", async () => {
    const adjacency = randomAdjacency(200, 23);
    const result = await runRangePool(adjacency, { betweenness: true, distances: true }, inThreadWorker, { workers: 3, rangesPerWorker: 5 });
    const whole = shortestPathRange(adjacency, 0, 200, { betweenness: true, distances: true });
    result.betweenness!.forEach((v, i) => expect(v).toBeCloseTo(whole.betweenness![i], 9));
    expect(Array.from(result.distanceSum!)).toEqual(Array.from(whole.distanceSum!));
    expect(Array.from(result.reach!)).toEqual(Array.from(whole.reach!));
  });

  it("a worker's error message rejects the run", async () => {
    const broken = (): RangeWorker => {
      let handler: (message: WorkerMessage) => void = () => {};
      return {
        post: (message) => queueMicrotask(() => message.type === "range" && handleRangeMessage({}, message, (reply) => handler(reply))),
        onMessage: (h) => (handler = h),
        onError: () => {},
        terminate: () => {},
      };
    };
    await expect(runRangePool(randomAdjacency(20, 2), { betweenness: true, distances: false }, broken, { workers: 1 })).rejects.toThrow(/send init first/);
  });
});
