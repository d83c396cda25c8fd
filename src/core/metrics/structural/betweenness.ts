// Node metric: betweenness, how often a node lies on the shortest paths between others (brokerage).
import { z } from "zod";
import { rescaleBetweenness, sampledBetweenness } from "../kernels/betweenness.ts";
import { nodeMetric } from "./types.ts";

const params = z.object({
  /** Divide by (n−1)(n−2)/2, the number of pairs of other nodes. */
  normalized: z.boolean().default(true),
  /** Estimate from this many seeded pivot sources instead of all (networkx `k`); 0 = exact. */
  samples: z.number().int().min(0).default(0),
  /** Seed for choosing the pivots. */
  seed: z.number().int().default(1),
});

/** Betweenness centrality (Brandes), unweighted, networkx `betweenness_centrality` semantics. */
export const betweennessMetric = nodeMetric({
  id: "betweenness",
  label: "Betweenness",
  meaning: "Links people who would otherwise not be linked: how often this person is on the shortest route between two others.",
  definition:
    "Σ over pairs s≠v≠t of σ_st(v)/σ_st, divided by (n−1)(n−2)/2 when normalised (Freeman 1977; Brandes 2001). With `samples` = k, estimated from k seeded pivot sources scaled by n/k.",
  params,
  uses: "betweenness",
  compute: (cache, p) => {
    if (p.samples > 0 && p.samples < cache.n) return sampledBetweenness(cache.csr, p.samples, p.seed, p.normalized);
    return rescaleBetweenness(cache.shortestPaths("betweenness").betweenness!, cache.n, cache.n, p.normalized);
  },
});
