// Network metric: density, the share of possible pairs that are tied.
import { z } from "zod";
import { networkMetric } from "./types.ts";

/** Density, networkx `density` on the simple undirected graph. */
export const densityMetric = networkMetric({
  id: "density",
  label: "Density",
  meaning: "The share of all possible pairs who are actually tied.",
  definition: "2m / (n(n − 1)) for m linked pairs and n nodes; 0 when n ≤ 1.",
  params: z.object({}),
  compute: (cache) => {
    const n = cache.n;
    return n <= 1 ? 0 : cache.csr.neighbors.length / (n * (n - 1));
  },
});
