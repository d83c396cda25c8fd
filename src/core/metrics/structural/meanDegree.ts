// Network metric: mean degree, the average number of distinct contacts.
import { z } from "zod";
import { networkMetric } from "./types.ts";

/** Mean degree 2m/n. */
export const meanDegreeMetric = networkMetric({
  id: "mean_degree",
  label: "Mean degree",
  meaning: "How many different people and groups each person is tied to, on average.",
  definition: "2m / n for m linked pairs and n nodes; NaN for an empty snapshot.",
  params: z.object({}),
  compute: (cache) => (cache.n === 0 ? Number.NaN : cache.csr.neighbors.length / cache.n),
});
