// The range kernel and the worker-agnostic pool: ranges cover every source, the pool's result
// equals the single-threaded kernel and is the same bits for any number of workers. (The Node
// worker threads are tested in tests/cli/parallel/.)
import { describe, expect, it } from "vitest";
import { shortestPathRange } from "../../../../src/core/metrics/kernels/shortestPaths.ts";
import { runRangePool, shortestPathsInRanges, type RangeWorker } from "../../../../src/core/metrics/parallel/rangePool.ts";
import { handleRangeMessage, splitRanges, type WorkerMessage } from "../../../../src/core/metrics/parallel/rangeKernel.ts";
import { randomAdjacency } from "./randomAdjacency.ts";

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
    const result = await runRangePool(adjacency, { betweenness: true, distances: true }, inThreadWorker, { workers: 3, ranges: 15 });
    const whole = shortestPathRange(adjacency, 0, 200, { betweenness: true, distances: true });
    result.betweenness!.forEach((v, i) => expect(v).toBeCloseTo(whole.betweenness![i], 9));
    expect(Array.from(result.distanceSum!)).toEqual(Array.from(whole.distanceSum!));
    expect(Array.from(result.reach!)).toEqual(Array.from(whole.reach!));
  });

  /**
   * In-thread workers whose replies come back out of order: each range's result waits a
   * pseudo-random 0–9 ms, the same for the same range. `finished` records the ranges' first
   * sources in the order their results were delivered.
   */
  function scrambledWorkers(finished: number[]): () => RangeWorker {
    return () => {
      const state = {};
      let handler: (message: WorkerMessage) => void = () => {};
      let alive = true;
      return {
        post: (message) => {
          const delay = message.type === "range" ? (message.from * 7919) % 10 : 0;
          setTimeout(() => alive && handleRangeMessage(state, message, (reply) => {
            if (reply.type === "result") finished.push(reply.from);
            handler(reply);
          }), delay);
        },
        onMessage: (h) => (handler = h),
        onError: () => {},
        terminate: () => (alive = false),
      };
    };
  }

  it("adds the ranges in range order: 1, 2 or 3 workers finishing in any order give the bits of the in-thread sum", async () => {
    const adjacency = randomAdjacency(300, 29);
    const wanted = { betweenness: true, distances: true };
    const inThread = shortestPathsInRanges(adjacency, wanted, 20);
    for (const workers of [1, 2, 3]) {
      for (let run = 0; run < 2; run++) {
        const finished: number[] = [];
        const result = await runRangePool(adjacency, wanted, scrambledWorkers(finished), { workers, ranges: 20 });
        if (workers > 1) expect(finished, "the workers finished out of order").not.toEqual([...finished].sort((a, b) => a - b));
        expect(Array.from(result.betweenness!), `${workers} workers`).toEqual(Array.from(inThread.betweenness!));
        expect(Array.from(result.distanceSum!)).toEqual(Array.from(inThread.distanceSum!));
        expect(Array.from(result.reach!)).toEqual(Array.from(inThread.reach!));
      }
    }
    // The order matters on this graph: the same parts added last to first give other bits.
    const parts = splitRanges(300, 20).map(([from, to]) => shortestPathRange(adjacency, from, to, wanted).betweenness!);
    const reversed = new Float64Array(300);
    for (const part of parts.reverse()) part.forEach((v, i) => (reversed[i] += v));
    expect(Array.from(reversed)).not.toEqual(Array.from(inThread.betweenness!));
  });

  it("with one source per range, the in-thread sum is the single-pass kernel's bits", () => {
    const adjacency = randomAdjacency(40, 31);
    const wanted = { betweenness: true, distances: true };
    expect(Array.from(shortestPathsInRanges(adjacency, wanted, 40).betweenness!)).toEqual(Array.from(shortestPathRange(adjacency, 0, 40, wanted).betweenness!));
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
