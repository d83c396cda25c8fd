// Parallel exact betweenness and closeness in Node, on worker threads (for the CLI and bench).
// The scheduling is rangePool.ts; this file only starts worker threads. Node-only: the page
// gives runRangePool its own Web Worker factory instead.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Adjacency } from "../csr.ts";
import { rescaleBetweenness } from "../kernels/betweenness.ts";
import { closenessFromDistances } from "../kernels/closeness.ts";
import { foldLeaves, unfoldLeaves } from "../kernels/leafFolding.ts";
import type { RangeResult, RangeWanted } from "../kernels/shortestPaths.ts";
import type { WorkerMessage } from "./rangeKernel.ts";
import { runRangePool, type PoolOptions, type RangeWorker } from "./rangePool.ts";

/** Options for a parallel run in Node; `workers` defaults to the available cores, at most 8. */
export type ParallelOptions = Omit<PoolOptions, "workers"> & { workers?: number };

/** A worker thread running nodeWorker.ts, adapted to the pool's interface. */
export function startThreadWorker(): RangeWorker {
  // The worker is TypeScript; the .mjs shim registers tsx in the new thread, then loads it.
  const worker = new Worker(new URL("./nodeWorker.mjs", import.meta.url));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on("message", (message: WorkerMessage) => handler(message)),
    onError: (handler) => worker.on("error", handler),
    terminate: () => void worker.terminate(),
  };
}

/**
 * Runs the shared BFS kernel from every source across worker threads and sums the parts, with
 * pendant nodes folded. The result equals `shortestPathRange(adjacency, 0, n, wanted)`.
 */
export async function parallelShortestPaths(
  adjacency: Adjacency,
  wanted: RangeWanted,
  options: ParallelOptions = {},
): Promise<RangeResult> {
  const workers = options.workers ?? Math.min(availableParallelism(), 8);
  const folded = foldLeaves(adjacency);
  if (!folded) return runRangePool(adjacency, wanted, startThreadWorker, { ...options, workers });
  return unfoldLeaves(folded, await runRangePool(folded.reduced, wanted, startThreadWorker, { ...options, workers }));
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
