// Node metric: community, the Louvain group a node falls in (seeded, so reproducible).
import { z } from "zod";
import { nodeMetric } from "./types.ts";

/** Parameters shared by `community` and `modularity`, so both describe the same partition. */
export const louvainParams = z.object({
  /** Seed for the Louvain generator: the same seed gives the same communities. */
  seed: z.number().int().default(1),
  /** Resolution γ: above 1 gives more, smaller communities. */
  resolution: z.number().positive().default(1),
});

/** Louvain community number. */
export const communityMetric = nodeMetric({
  id: "community",
  label: "Community",
  meaning: "A closely knit group this person belongs to, found from the pattern of ties.",
  definition: "Louvain modularity optimisation (Blondel et al. 2008) on the simple undirected graph, unweighted: nodes move in a seeded random order to the neighbouring community with the best gain, then each community becomes one node, until no move helps.",
  params: louvainParams,
  compute: (cache, p) => cache.louvain(p.seed, p.resolution),
});
