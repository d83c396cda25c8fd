// Node metric: eigenvector centrality, being tied to people who are themselves well connected.
import { z } from "zod";
import { eigenvector } from "../kernels/eigenvector.ts";
import { count, nodeMetric } from "./types.ts";

const params = z.object({
  maxIter: z.number().int().min(1).max(1000000).default(5000)
    .describe("Most matrix–vector products per component before giving up (with a warning)"),
  tol: z.number().positive().max(1e-3).default(1e-12)
    .describe("Stop when the residual ‖A x − λ x‖ ≤ tol × max(λ, 1); the error in x is at most that divided by the gap between the two largest eigenvalues"),
});

/**
 * Eigenvector centrality: the exact leading eigenvector, as networkx `eigenvector_centrality_numpy`
 * (to 1e-9), 0 outside the part of the network with the largest eigenvalue. Warns, and returns
 * the last iterate, when the residual did not reach `tol` within `maxIter` products.
 */
export const eigenvectorMetric = nodeMetric({
  id: "eigenvector",
  label: "Eigenvector",
  meaning:
    "Being tied to people who are themselves well connected. If the network is in separate parts, only the best-connected part gets scores; everyone else has 0.",
  definition:
    "The leading eigenvector x of the adjacency matrix A of the undirected simple snapshot (A x = λ x, λ the largest eigenvalue), non-negative, unit Euclidean norm (Bonacich 1972); as networkx `eigenvector_centrality_numpy`. " +
    "Each connected component's largest eigenvalue and eigenvector come from the Lanczos method, stopped when ‖A x − λ x‖ ≤ tol × max(λ, 1) or after maxIter matrix–vector products (a warning then). " +
    "On a disconnected snapshot x is 0 outside the component with the largest eigenvalue; when several components share it (to 1e-10 relative), where numpy's answer is arbitrary, x is the all-ones vector projected onto their eigenvectors, normalised (the limit of networkx's `eigenvector_centrality`); a snapshot without any tie gives 1/√n to every node.",
  params,
  compute: (cache, p, warn) => {
    const result = eigenvector(cache.csr, p.maxIter, p.tol);
    if (!result.converged) {
      warn(`Eigenvector centrality stopped after ${count(p.maxIter, "step")} on a component without converging: the values are approximate.`);
    }
    return result.values;
  },
});
