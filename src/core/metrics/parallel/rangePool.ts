// Host side of parallel betweenness and closeness, for any kind of worker: the sources split into
// a fixed number of ranges handed out as workers finish, the partial results added in range order,
// progress reported, cancel by AbortSignal. Pure: a host only supplies `createWorker` (the CLI's
// worker threads are src/cli/parallel/nodePool.ts).
//
// Floating-point addition is not associative, so the totals depend on how the sources are grouped
// and in which order the groups are added. Both are fixed here, whatever the number of workers and
// whichever finishes first: the same graph gives the same bits on 1 worker or 8, and in this thread
// (`shortestPathsInRanges`).
import type { Adjacency } from "../csr.ts";
import { shortestPathRange, type RangeResult, type RangeWanted } from "../kernels/shortestPaths.ts";
import { splitRanges, type HostMessage, type WorkerMessage } from "./rangeKernel.ts";

/**
 * How many ranges the sources are split into unless a caller says otherwise: 8 for each of up to
 * 8 workers, so a fast worker takes more. The totals depend on this number (and the graph) only.
 */
export const SOURCE_RANGES = 64;

/** The little a host needs from a worker (a worker thread or a Web Worker, adapted). */
export interface RangeWorker {
  post: (message: HostMessage) => void;
  /** Registers the handler for the worker's replies. */
  onMessage: (handler: (message: WorkerMessage) => void) => void;
  /** Registers the handler for a crash of the worker. */
  onError: (handler: (error: unknown) => void) => void;
  terminate: () => void;
}

/** Options for a parallel run. */
export interface PoolOptions {
  /** Number of workers (at least 1; at most one per range). */
  workers: number;
  /**
   * How many contiguous ranges the sources are split into (default `SOURCE_RANGES`; at most one
   * per source). The result depends on this, never on `workers`.
   */
  ranges?: number;
  /** Called with (sources done, total sources) as work completes. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the promise with the signal's reason and terminates the workers. */
  signal?: AbortSignal;
}

/** The totals a run fills, sized for `n` sources as `wanted` says. */
function emptyTotals(n: number, wanted: RangeWanted): RangeResult {
  return {
    ...(wanted.betweenness && { betweenness: new Float64Array(n) }),
    ...(wanted.distances && { distanceSum: new Float64Array(n), reach: new Int32Array(n) }),
  };
}

/**
 * Adds one range's partial result (sources `[from, …)`) into the totals. Called once per range,
 * in range order: betweenness is a sum over every source, so its bits depend on that order.
 */
function addRange(totals: RangeResult, part: RangeResult, from: number): void {
  if (totals.betweenness) {
    const sum = totals.betweenness;
    const add = part.betweenness!;
    for (let i = 0; i < sum.length; i++) sum[i] += add[i];
  }
  if (totals.distanceSum && totals.reach) {
    totals.distanceSum.set(part.distanceSum!, from);
    totals.reach.set(part.reach!, from);
  }
}

/**
 * Every source's BFS results computed in this thread, range by range, added in the same order as
 * `runRangePool` adds them: bit-identical to a pool run with the same `ranges` on any number of
 * workers. Returns what `shortestPathRange(adjacency, 0, n, wanted)` returns, equal up to
 * rounding (that one adds source by source into one array; the two agree bit for bit when every
 * range is one source).
 */
export function shortestPathsInRanges(adjacency: Adjacency, wanted: RangeWanted, ranges = SOURCE_RANGES): RangeResult {
  const n = adjacency.offsets.length - 1;
  const totals = emptyTotals(n, wanted);
  for (const [from, to] of splitRanges(n, ranges)) addRange(totals, shortestPathRange(adjacency, from, to, wanted), from);
  return totals;
}

/**
 * Runs the shared BFS kernel from every source on `options.workers` workers made by
 * `createWorker`, and adds the ranges' parts in range order. Resolves to what
 * `shortestPathsInRanges(adjacency, wanted, options.ranges)` returns, bit for bit, however many
 * workers and whichever finishes first; workers are terminated when it settles. Rejects with a
 * worker's error, or with the signal's reason on abort.
 *
 * A part that arrives before the ones ahead of it is held until they arrive (ranges are handed
 * out in order, so few are held at a time).
 */
export function runRangePool(
  adjacency: Adjacency,
  wanted: RangeWanted,
  createWorker: () => RangeWorker,
  options: PoolOptions,
): Promise<RangeResult> {
  const n = adjacency.offsets.length - 1;
  const ranges = splitRanges(n, options.ranges ?? SOURCE_RANGES);
  const workerCount = Math.max(1, Math.min(Math.floor(options.workers), ranges.length));
  const totals = emptyTotals(n, wanted);
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  if (ranges.length === 0) return Promise.resolve(totals);

  /** Range index by its first source, to place each reply. */
  const indexOf = new Map(ranges.map(([from], i) => [from, i]));
  /** Parts that arrived before the ones ahead of them. */
  const held = new Map<number, RangeResult>();
  let nextToAdd = 0;
  let nextToSend = 0;
  let done = 0;
  const workers: RangeWorker[] = [];

  return new Promise<RangeResult>((resolve, reject) => {
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const worker of workers) worker.terminate();
      if (error !== undefined) reject(error);
      else resolve(totals);
    };
    const onAbort = () => stop(options.signal!.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });

    for (let w = 0; w < workerCount; w++) {
      const worker = createWorker();
      workers.push(worker);
      let inFlight = 0;
      const next = () => {
        if (nextToSend >= ranges.length) return;
        const [from, to] = ranges[nextToSend++];
        inFlight = 0;
        worker.post({ type: "range", from, to });
      };
      worker.onError((error) => stop(error));
      worker.onMessage((message) => {
        if (settled) return;
        if (message.type === "error") return stop(new Error(`parallel betweenness: a worker failed: ${message.message}`));
        if (message.type === "progress") {
          done += message.done - inFlight;
          inFlight = message.done;
        } else {
          done += message.to - message.from - inFlight;
          held.set(indexOf.get(message.from)!, message);
          for (let part = held.get(nextToAdd); part; part = held.get(nextToAdd)) {
            addRange(totals, part, ranges[nextToAdd][0]);
            held.delete(nextToAdd++);
          }
          if (nextToAdd === ranges.length) {
            options.onProgress?.(n, n);
            return stop();
          }
          next();
        }
        options.onProgress?.(done, n);
      });
      // Each worker gets its own copy of the arrays; the host keeps its own.
      worker.post({ type: "init", offsets: adjacency.offsets, neighbors: adjacency.neighbors, ...(adjacency.leaves && { leaves: adjacency.leaves }), wanted });
      next();
    }
  });
}
