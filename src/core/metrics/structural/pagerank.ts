// Node metric: PageRank, the share of time a random walk along ties spends at a node.
import { z } from "zod";
import { pagerank } from "../kernels/pagerank.ts";
import { nodeMetric } from "./types.ts";

const params = z.object({
  alpha: z.number().min(0).max(1).default(0.85),
  maxIter: z.number().int().min(1).max(100000).default(100),
  tol: z.number().positive().default(1e-6),
});

/** PageRank, networkx `pagerank` semantics (unweighted). Returns the last iterate if not converged. */
export const pagerankMetric = nodeMetric({
  id: "pagerank",
  label: "PageRank",
  meaning: "How likely someone passing along ties from person to person is to arrive at this person.",
  definition:
    "Stationary distribution of a random walk that follows a tie with probability α and jumps to a uniform node otherwise; isolated nodes jump uniformly (Brin & Page 1998).",
  params,
  compute: (cache, p) => pagerank(cache.csr, p.alpha, p.maxIter, p.tol).values,
});
