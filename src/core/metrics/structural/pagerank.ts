// Node metric: PageRank, the share of time a random walk along ties spends at a node.
import { z } from "zod";
import { pagerank } from "../kernels/pagerank.ts";
import { count, nodeMetric } from "./types.ts";

const params = z.object({
  alpha: z.number().min(0).max(1).default(0.85)
    .describe("Probability of following a tie rather than jumping to any node"),
  maxIter: z.number().int().min(1).max(100000).default(100)
    .describe("Most iterations before giving up (with a warning)"),
  tol: z.number().positive().default(1e-6)
    .describe("Stop when the L1 change of an iteration < n × tol (as networkx)"),
});

/**
 * PageRank, networkx `pagerank` semantics (unweighted). Where networkx would raise for lack of
 * convergence, this warns and returns the last iterate.
 */
export const pagerankMetric = nodeMetric({
  id: "pagerank",
  label: "PageRank",
  meaning: "How likely someone passing along ties from person to person is to arrive at this person.",
  definition:
    "Stationary distribution of a random walk that follows a tie with probability α and jumps to a uniform node otherwise; isolated nodes jump uniformly (Brin & Page 1998). " +
    "Power iteration from 1/n, stopped when the L1 change < n × tol, or after maxIter iterations (a warning then).",
  params,
  compute: (cache, p, warn) => {
    const result = pagerank(cache.csr, p.alpha, p.maxIter, p.tol);
    if (!result.converged) {
      warn(`PageRank stopped after ${count(p.maxIter, "iteration")} without converging: the values are approximate.`);
    }
    return result.values;
  },
});
