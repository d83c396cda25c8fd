// computeStructural with the exact betweenness/closeness BFS spread over Node worker threads:
// the one expensive pass runs in parallel, everything else as usual. Node-only (imports nodePool).
import type Graph from "graphology";
import { computeStructural, planStructural, StructuralCache, type StructuralOptions, type StructuralResult } from "../structural/index.ts";
import { parallelShortestPaths, type ParallelOptions } from "./nodePool.ts";

/** Same result as `computeStructural(graph, options)`, with the all-sources BFS in workers. */
export async function computeStructuralInWorkers(
  graph: Graph,
  options: StructuralOptions = {},
  parallel: ParallelOptions = {},
): Promise<StructuralResult> {
  const plan = planStructural(options);
  const cache = new StructuralCache(graph);
  const wanted = plan.shortestPaths;
  if (wanted.betweenness || wanted.distances) {
    cache.provideShortestPaths(await parallelShortestPaths(cache.csr, wanted, parallel));
  }
  return computeStructural(graph, options, cache);
}
