// Node metric: degree, the number of distinct people and groups a node is tied to.
import { z } from "zod";
import { degrees } from "../kernels/degree.ts";
import { nodeMetric } from "./types.ts";

/** Degree: distinct neighbours; parallel ties (a family tie and a risk tie to one person) count once. */
export const degreeMetric = nodeMetric({
  id: "degree",
  label: "Degree",
  meaning: "How many different people and groups this person is directly tied to.",
  definition: "Number of distinct neighbours in the undirected snapshot (parallel ties count once). networkx `G.degree` on the simple graph.",
  params: z.object({}),
  compute: (cache) => degrees(cache.csr),
});
