// Eigenvector centrality by power iteration, exactly as networkx 2.8 `eigenvector_centrality`:
// start from 1/n, iterate x ← (A + I) x (the identity shift avoids oscillation on bipartite
// graphs), scale to unit Euclidean norm, stop when the L1 change is below n × tol.
import type { Adjacency } from "../csr.ts";

/** The result of a power iteration. */
export interface PowerIteration {
  /** The scores, unit Euclidean norm. */
  values: Float64Array;
  /** Iterations run. */
  iterations: number;
  /** False when `maxIter` ran out before the tolerance was met (networkx raises then). */
  converged: boolean;
}

/** Eigenvector centrality (unweighted). Throws on bad `maxIter` or `tol`. */
export function eigenvector(adjacency: Adjacency, maxIter = 100, tol = 1e-6): PowerIteration {
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new RangeError(`eigenvector: maxIter=${maxIter} must be a whole number ≥ 1`);
  if (!(tol > 0)) throw new RangeError(`eigenvector: tol=${tol} must be a positive number`);
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    for (let v = 0; v < n; v++) {
      let sum = x[v];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) sum += x[neighbors[k]];
      next[v] = sum;
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += next[v] * next[v];
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}
