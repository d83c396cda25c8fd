// Node metric: degree centrality, degree as a share of everyone else in the snapshot.
import { z } from "zod";
import { degreeCentrality } from "../kernels/degree.ts";
import { nodeMetric } from "./types.ts";

/** Normalised degree, networkx `degree_centrality`: degree / (n − 1). */
export const degreeCentralityMetric = nodeMetric({
  id: "degree_centrality",
  label: "Degree (share)",
  meaning: "The share of everyone else in the network this person is directly tied to.",
  definition: "Degree divided by n − 1 (networkx `degree_centrality`); 1 in a one-node graph.",
  params: z.object({}),
  compute: (cache) => degreeCentrality(cache.csr),
});
