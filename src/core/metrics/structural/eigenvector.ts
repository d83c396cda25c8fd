// Node metric: eigenvector centrality, being tied to people who are themselves well connected.
import { z } from "zod";
import { eigenvector } from "../kernels/eigenvector.ts";
import { nodeMetric } from "./types.ts";

const params = z.object({
  maxIter: z.number().int().min(1).max(100000).default(100),
  tol: z.number().positive().default(1e-6),
});

/**
 * Eigenvector centrality, networkx `eigenvector_centrality` semantics. Where networkx would
 * raise for lack of convergence, this returns the last iterate.
 */
export const eigenvectorMetric = nodeMetric({
  id: "eigenvector",
  label: "Eigenvector",
  meaning: "Being tied to people who are themselves well connected.",
  definition:
    "The principal eigenvector of the adjacency matrix, by power iteration on A + I from 1/n, scaled to unit Euclidean norm; stops when the L1 change < n × tol (Bonacich 1972).",
  params,
  compute: (cache, p) => eigenvector(cache.csr, p.maxIter, p.tol).values,
});
