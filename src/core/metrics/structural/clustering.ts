// Node metric: local clustering, how far a node's contacts know each other.
import { z } from "zod";
import { clusteringFromTriangles } from "../kernels/clustering.ts";
import { nodeMetric } from "./types.ts";

/** Local clustering coefficient, networkx `clustering` (unweighted). */
export const clusteringMetric = nodeMetric({
  id: "clustering",
  label: "Clustering",
  meaning: "How far the people this person knows also know each other.",
  definition: "2T(v) / (d(v)(d(v) − 1)) with T(v) the triangles through v; 0 when d(v) < 2 (Watts & Strogatz 1998).",
  params: z.object({}),
  compute: (cache) => clusteringFromTriangles(cache.csr, cache.triangles()),
});
