// Host side of parallel betweenness and closeness, for any kind of worker: sources split into
// ranges handed out as workers finish, partial results summed, progress reported, cancel by
// AbortSignal. Pure: the Node host (nodePool.ts) and a page's Web Worker host only supply
// `createWorker`.
import type { Adjacency } from "../csr.ts";
import type { RangeResult, RangeWanted } from "../kernels/shortestPaths.ts";
import { splitRanges, type HostMessage, type WorkerMessage } from "./rangeKernel.ts";

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
  /** Number of workers (at least 1; at most one per source). */
  workers: number;
  /** Ranges per worker, so fast workers take more (default 8). */
  rangesPerWorker?: number;
  /** Called with (sources done, total sources) as work completes. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the promise with the signal's reason and terminates the workers. */
  signal?: AbortSignal;
}

/**
 * Runs the shared BFS kernel from every source on `options.workers` workers made by
 * `createWorker`, and sums the parts. Resolves to what `shortestPathRange(adjacency, 0, n, wanted)`
 * returns; workers are terminated when it settles.
 */
export function runRangePool(
  adjacency: Adjacency,
  wanted: RangeWanted,
  createWorker: () => RangeWorker,
  options: PoolOptions,
): Promise<RangeResult> {
  const n = adjacency.offsets.length - 1;
  const workerCount = Math.max(1, Math.min(Math.floor(options.workers), Math.max(n, 1)));
  const queue = splitRanges(n, workerCount * (options.rangesPerWorker ?? 8));
  const betweenness = wanted.betweenness ? new Float64Array(n) : undefined;
  const distanceSum = wanted.distances ? new Float64Array(n) : undefined;
  const reach = wanted.distances ? new Int32Array(n) : undefined;
  const finish = (): RangeResult => ({ ...(betweenness && { betweenness }), ...(distanceSum && reach && { distanceSum, reach }) });
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  if (queue.length === 0) return Promise.resolve(finish());

  const totalRanges = queue.length;
  const workers: RangeWorker[] = [];
  let done = 0;
  let finishedRanges = 0;

  return new Promise<RangeResult>((resolve, reject) => {
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const worker of workers) worker.terminate();
      if (error !== undefined) reject(error);
      else resolve(finish());
    };
    const onAbort = () => stop(options.signal!.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });

    for (let w = 0; w < Math.min(workerCount, totalRanges); w++) {
      const worker = createWorker();
      workers.push(worker);
      let inFlight = 0;
      const next = () => {
        const range = queue.shift();
        if (!range) return;
        inFlight = 0;
        worker.post({ type: "range", from: range[0], to: range[1] });
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
          if (betweenness) {
            const part = message.betweenness!;
            for (let i = 0; i < n; i++) betweenness[i] += part[i];
          }
          if (distanceSum && reach) {
            distanceSum.set(message.distanceSum!, message.from);
            reach.set(message.reach!, message.from);
          }
          finishedRanges++;
          if (finishedRanges === totalRanges) {
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

/** Adapts a browser `Worker` running webRangeWorker.ts to the pool's interface. */
export function adaptWebWorker(worker: Worker): RangeWorker {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => handler(event.data)),
    onError: (handler) => worker.addEventListener("error", (event) => handler(new Error(`parallel betweenness: a worker failed: ${event.message}`))),
    terminate: () => worker.terminate(),
  };
}
