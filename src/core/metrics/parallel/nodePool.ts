// Parallel exact betweenness and closeness in Node: sources split into ranges, handed out to
// worker threads as they finish, partial results summed. Progress callback and AbortSignal
// cancel (workers are terminated). Node-only: the page uses its own Web Worker host.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Adjacency } from "../csr.ts";
import { rescaleBetweenness } from "../kernels/betweenness.ts";
import { closenessFromDistances } from "../kernels/closeness.ts";
import type { RangeResult, RangeWanted } from "../kernels/shortestPaths.ts";
import { splitRanges, type HostMessage, type WorkerMessage } from "./rangeKernel.ts";

/** Options for a parallel run. */
export interface ParallelOptions {
  /** Worker threads (default: available cores, at most 8). */
  workers?: number;
  /** Ranges per worker, so fast workers take more (default 8). */
  rangesPerWorker?: number;
  /** Called with (sources done, total sources) as work completes. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the promise with the signal's reason and terminates the workers. */
  signal?: AbortSignal;
}

function startWorker(): Worker {
  // The worker is TypeScript; the .mjs shim registers tsx in the new thread, then loads it.
  return new Worker(new URL("./nodeWorker.mjs", import.meta.url));
}

/**
 * Runs the shared BFS kernel from every source across worker threads and sums the parts.
 * The result equals `shortestPathRange(adjacency, 0, n, wanted)`.
 */
export async function parallelShortestPaths(
  adjacency: Adjacency,
  wanted: RangeWanted,
  options: ParallelOptions = {},
): Promise<RangeResult> {
  const n = adjacency.offsets.length - 1;
  const workerCount = Math.max(1, Math.min(options.workers ?? Math.min(availableParallelism(), 8), Math.max(n, 1)));
  const queue = splitRanges(n, workerCount * (options.rangesPerWorker ?? 8));
  const betweenness = wanted.betweenness ? new Float64Array(n) : undefined;
  const distanceSum = wanted.distances ? new Float64Array(n) : undefined;
  const reach = wanted.distances ? new Int32Array(n) : undefined;
  const finish = (): RangeResult => ({ ...(betweenness && { betweenness }), ...(distanceSum && reach && { distanceSum, reach }) });
  if (queue.length === 0) return finish();
  options.signal?.throwIfAborted();

  const workers: Worker[] = [];
  const inFlight = new Map<Worker, number>();
  let done = 0;
  let finishedRanges = 0;
  const totalRanges = queue.length;

  return new Promise<RangeResult>((resolve, reject) => {
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const worker of workers) void worker.terminate();
      if (error !== undefined) reject(error);
      else resolve(finish());
    };
    const onAbort = () => stop(options.signal!.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const next = (worker: Worker) => {
      const range = queue.shift();
      if (!range) return;
      inFlight.set(worker, 0);
      worker.postMessage({ type: "range", from: range[0], to: range[1] } satisfies HostMessage);
    };

    for (let w = 0; w < Math.min(workerCount, totalRanges); w++) {
      const worker = startWorker();
      workers.push(worker);
      worker.on("error", (error) => stop(error));
      worker.on("message", (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === "error") return stop(new Error(`parallel betweenness: a worker failed: ${message.message}`));
        if (message.type === "progress") {
          done += message.done - inFlight.get(worker)!;
          inFlight.set(worker, message.done);
        } else {
          done += message.to - message.from - inFlight.get(worker)!;
          if (betweenness) for (let i = 0; i < n; i++) betweenness[i] += message.betweenness![i];
          if (distanceSum && reach) {
            distanceSum.set(message.distanceSum!, message.from);
            reach.set(message.reach!, message.from);
          }
          finishedRanges++;
          if (finishedRanges === totalRanges) {
            options.onProgress?.(n, n);
            return stop();
          }
          next(worker);
        }
        options.onProgress?.(done, n);
      });
      // Copies of the arrays go to each worker; the host keeps its own.
      worker.postMessage({ type: "init", offsets: adjacency.offsets, neighbors: adjacency.neighbors, wanted } satisfies HostMessage);
      next(worker);
    }
  });
}

/** Normalised (networkx-style) betweenness and Wasserman–Faust closeness, computed in parallel. */
export async function parallelBetweennessCloseness(
  adjacency: Adjacency,
  options: ParallelOptions = {},
): Promise<{ betweenness: Float64Array; closeness: Float64Array }> {
  const n = adjacency.offsets.length - 1;
  const result = await parallelShortestPaths(adjacency, { betweenness: true, distances: true }, options);
  const closeness = new Float64Array(n);
  for (let i = 0; i < n; i++) closeness[i] = closenessFromDistances(result.distanceSum![i], result.reach![i], n);
  return { betweenness: rescaleBetweenness(result.betweenness!, n, n, true), closeness };
}
