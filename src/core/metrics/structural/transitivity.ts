// Network metrics: transitivity and average clustering, two views of how far contacts know each other.
import { z } from "zod";
import { averageClustering, clusteringFromTriangles, transitivityFromTriangles } from "../kernels/clustering.ts";
import { networkMetric } from "./types.ts";

/** Transitivity (global clustering), networkx `transitivity`. */
export const transitivityMetric = networkMetric({
  id: "transitivity",
  label: "Transitivity",
  meaning: "Across the whole network, how often two people with a contact in common are tied themselves.",
  definition: "3 × triangles / connected triples; 0 when there are no triangles.",
  params: z.object({}),
  compute: (cache) => transitivityFromTriangles(cache.csr, cache.triangles()),
});

/** Mean local clustering over all nodes, zeros included, networkx `average_clustering`. */
export const averageClusteringMetric = networkMetric({
  id: "average_clustering",
  label: "Mean clustering",
  meaning: "On average, how far the people each person knows also know each other.",
  definition: "Mean of the local clustering coefficient over all n nodes, nodes of degree < 2 counting 0; NaN for an empty snapshot.",
  params: z.object({}),
  compute: (cache) => averageClustering(clusteringFromTriangles(cache.csr, cache.triangles())),
});
