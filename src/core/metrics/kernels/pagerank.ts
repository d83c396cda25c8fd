// PageRank by power iteration, as networkx 2.8 `pagerank` (its scipy form) on an unweighted
// undirected graph: uniform start and teleport, dangling (isolated) nodes spread their rank
// uniformly, stop when the L1 change is below n × tol.
import type { Adjacency } from "../csr.ts";
import type { PowerIteration } from "./eigenvector.ts";

/** PageRank of every node; values sum to 1. Throws on bad `alpha`, `maxIter` or `tol`. */
export function pagerank(adjacency: Adjacency, alpha = 0.85, maxIter = 100, tol = 1e-6): PowerIteration {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`pagerank: alpha=${alpha} must be between 0 and 1`);
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new RangeError(`pagerank: maxIter=${maxIter} must be a whole number ≥ 1`);
  if (!(tol > 0)) throw new RangeError(`pagerank: tol=${tol} must be a positive number`);
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const d = offsets[v + 1] - offsets[v];
      if (d === 0) dangling += x[v];
      else share[v] = x[v] / d;
    }
    const base = (alpha * dangling) / n + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) sum += share[neighbors[k]];
      next[v] = alpha * sum + base;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}
