// computeStructural with the exact betweenness/closeness BFS in fixed source ranges, spread over
// Node worker threads (or run in this thread): the one expensive pass runs in parallel,
// everything else as usual, and the output is the same bits for any number of threads.
import type Graph from "graphology";
import { computeStructural, planStructural, StructuralCache, type StructuralOptions, type StructuralResult } from "../../core/metrics/structural/index.ts";
import { parallelShortestPaths, shortestPathsInRangesFolded, type ParallelOptions } from "./nodePool.ts";

/**
 * What `computeStructural(graph, options)` gives (betweenness and closeness equal up to rounding
 * in the last bits), with the all-sources BFS on `parallel.workers` threads. With `workers: 1` the
 * BFS runs in this thread, in the same ranges, so the result is bit-identical for every count.
 */
export async function computeStructuralInWorkers(
  graph: Graph,
  options: StructuralOptions = {},
  parallel: ParallelOptions = {},
): Promise<StructuralResult> {
  const plan = planStructural(options);
  const cache = new StructuralCache(graph);
  const wanted = plan.shortestPaths;
  if (wanted.betweenness || wanted.distances) {
    cache.provideShortestPaths(parallel.workers === 1
      ? shortestPathsInRangesFolded(cache.csr, wanted, parallel.ranges)
      : await parallelShortestPaths(cache.csr, wanted, parallel));
  }
  return computeStructural(graph, options, cache);
}
