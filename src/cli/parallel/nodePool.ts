// Parallel exact betweenness and closeness in Node, on worker threads (for the CLI and bench).
// The scheduling and the order of the sums are src/core/metrics/parallel/rangePool.ts; this file
// only starts worker threads.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Adjacency } from "../../core/metrics/csr.ts";
import { rescaleBetweenness } from "../../core/metrics/kernels/betweenness.ts";
import { closenessFromDistances } from "../../core/metrics/kernels/closeness.ts";
import { foldLeaves, unfoldLeaves } from "../../core/metrics/kernels/leafFolding.ts";
import type { RangeResult, RangeWanted } from "../../core/metrics/kernels/shortestPaths.ts";
import type { WorkerMessage } from "../../core/metrics/parallel/rangeKernel.ts";
import { runRangePool, shortestPathsInRanges, type PoolOptions, type RangeWorker } from "../../core/metrics/parallel/rangePool.ts";

/** Options for a parallel run in Node; `workers` defaults to the available cores, at most 8. */
export type ParallelOptions = Omit<PoolOptions, "workers"> & { workers?: number };

/**
 * The worker thread's entry. Built (build/cli/), this code sits in a chunk next to nodeWorker.js,
 * the worker's own entry. From source (the tests, `npm run cli`), the worker is TypeScript, so the
 * .mjs shim registers tsx in the new thread first.
 */
const WORKER_URL = import.meta.url.endsWith(".ts") ? new URL("./nodeWorker.mjs", import.meta.url) : new URL("./nodeWorker.js", import.meta.url);

/** A worker thread running nodeWorker.ts, adapted to the pool's interface. */
export function startThreadWorker(): RangeWorker {
  const worker = new Worker(WORKER_URL);
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on("message", (message: WorkerMessage) => handler(message)),
    onError: (handler) => worker.on("error", handler),
    terminate: () => void worker.terminate(),
  };
}

/**
 * Runs the shared BFS kernel from every source across `options.workers` worker threads and adds
 * the parts in range order, with pendant nodes folded. The result is bit-identical for any number
 * of workers, and to `shortestPathsInRangesFolded` in this thread; it equals
 * `shortestPathRange(adjacency, 0, n, wanted)` up to rounding.
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

/**
 * What `parallelShortestPaths` returns, computed in this thread without starting a worker (the
 * same ranges added in the same order, so the same bits). `ranges` defaults to `SOURCE_RANGES`.
 */
export function shortestPathsInRangesFolded(adjacency: Adjacency, wanted: RangeWanted, ranges?: number): RangeResult {
  const folded = foldLeaves(adjacency);
  if (!folded) return shortestPathsInRanges(adjacency, wanted, ranges);
  return unfoldLeaves(folded, shortestPathsInRanges(folded.reduced, wanted, ranges));
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
