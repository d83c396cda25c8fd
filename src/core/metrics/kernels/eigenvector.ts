// Eigenvector centrality: the exact leading eigenvector of the adjacency matrix (unit Euclidean
// norm, non-negative), as networkx 2.8 `eigenvector_centrality_numpy` and igraph's
// `evcent(scale=False)` normalised to unit norm. Each connected component's largest eigenvalue
// is found separately (Lanczos, kernels/lanczos.ts), skipping components whose maximum degree
// (an upper bound on it) cannot reach the best found; the vector lives on the component with
// the largest eigenvalue and is 0 everywhere else.
//
// Ties: when several components share the largest eigenvalue (to 1e-10 relative), the leading
// eigenspace has several dimensions and numpy/ARPACK returns an arbitrary vector in it (it
// changes from call to call, and may have negative entries); igraph 0.10's ARPACK is as arbitrary.
// We return the projection of the all-ones vector onto that eigenspace, normalised: each tied
// component gets its own unit eigenvector times the sum of that vector's entries. That is the
// limit of power iteration from a uniform start (networkx `eigenvector_centrality`), and
// identical components get identical scores. A graph with no ties at all gets 1/√n everywhere.
import type { Adjacency } from "../csr.ts";
import { components } from "./components.ts";
import { largestEigenpair } from "./lanczos.ts";

/** The result of an iterative kernel. */
export interface PowerIteration {
  /** The scores. */
  values: Float64Array;
  /** Iterations run (for eigenvector: matrix–vector products, over every component examined). */
  iterations: number;
  /** False when `maxIter` ran out before the tolerance was met (networkx raises then). */
  converged: boolean;
}

/** Eigenvector centrality with its eigenvalue. */
export interface EigenvectorResult extends PowerIteration {
  /** The largest eigenvalue of the adjacency matrix (0 for a graph without ties, NaN for no nodes). */
  eigenvalue: number;
}

/** Components whose largest eigenvalues agree to this relative difference count as tied. */
export const EIGENVALUE_TIE = 1e-10;

/** One component's leading eigenpair (values by position in `members`). */
interface ComponentPair {
  members: Int32Array;
  value: number;
  /** Unit eigenvector over `members`; undefined for a regular component (uniform). */
  vector: Float64Array | undefined;
}

/** The sub-adjacency of the nodes `members` (ascending, closed under neighbours). */
function subAdjacency(adjacency: Adjacency, members: Int32Array, local: Int32Array): Adjacency {
  const { offsets, neighbors } = adjacency;
  for (let i = 0; i < members.length; i++) local[members[i]] = i;
  const subOffsets = new Int32Array(members.length + 1);
  for (let i = 0; i < members.length; i++) subOffsets[i + 1] = subOffsets[i] + offsets[members[i] + 1] - offsets[members[i]];
  const subNeighbors = new Int32Array(subOffsets[members.length]);
  let out = 0;
  for (let i = 0; i < members.length; i++) {
    for (let k = offsets[members[i]], end = offsets[members[i] + 1]; k < end; k++) subNeighbors[out++] = local[neighbors[k]];
  }
  return { offsets: subOffsets, neighbors: subNeighbors };
}

/**
 * Eigenvector centrality (unweighted, undirected simple graph): the leading eigenvector of the
 * adjacency matrix, unit Euclidean norm, non-negative (Bonacich 1972). Each component's
 * eigenpair is computed until the residual ‖Ax − λx‖ ≤ `tol` × max(λ, 1), or until `maxIter`
 * matrix–vector products; `converged` is false when any examined component ran out. See the file
 * comment for disconnected graphs and ties. Throws a RangeError on a bad `maxIter` or `tol`.
 */
export function eigenvector(adjacency: Adjacency, maxIter = 5000, tol = 1e-12): EigenvectorResult {
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new RangeError(`eigenvector: maxIter=${maxIter} must be a whole number ≥ 1`);
  if (!(tol > 0)) throw new RangeError(`eigenvector: tol=${tol} must be a positive number`);
  const { offsets } = adjacency;
  const n = offsets.length - 1;
  const values = new Float64Array(n);
  if (n === 0) return { values, iterations: 0, converged: true, eigenvalue: Number.NaN };

  // Per component: degree bounds on its largest eigenvalue λ_c:
  // max(mean degree, √max degree) ≤ λ_c ≤ max degree (Cvetković, Rowlinson & Simić, Thm 3.2.1).
  const { labels, sizes } = components(adjacency);
  const count = sizes.length;
  const maxDegree = new Int32Array(count);
  const minDegree = new Int32Array(count).fill(n);
  const degreeSum = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    const c = labels[v];
    const d = offsets[v + 1] - offsets[v];
    if (d > maxDegree[c]) maxDegree[c] = d;
    if (d < minDegree[c]) minDegree[c] = d;
    degreeSum[c] += d;
  }
  let bestLower = 0;
  for (let c = 0; c < count; c++) bestLower = Math.max(bestLower, degreeSum[c] / sizes[c], Math.sqrt(maxDegree[c]));
  const candidates: number[] = [];
  for (let c = 0; c < count; c++) if (maxDegree[c] >= bestLower * (1 - EIGENVALUE_TIE)) candidates.push(c);
  candidates.sort((a, b) => maxDegree[b] - maxDegree[a] || a - b);

  // Members of each candidate, in node order.
  const isCandidate = new Uint8Array(count);
  for (const c of candidates) isCandidate[c] = 1;
  const memberStart = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) memberStart[c + 1] = memberStart[c] + (isCandidate[c] ? sizes[c] : 0);
  const memberList = new Int32Array(memberStart[count]);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v++) if (isCandidate[labels[v]]) memberList[fill[labels[v]]++] = v;

  const local = new Int32Array(n);
  const pairs: ComponentPair[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let iterations = 0;
  let converged = true;
  for (const c of candidates) {
    if (maxDegree[c] < best * (1 - EIGENVALUE_TIE)) break;
    const members = memberList.subarray(memberStart[c], memberStart[c + 1]);
    if (minDegree[c] === maxDegree[c]) {
      // A regular component (an isolate, a pair, a cycle, a clique): λ = degree, x uniform.
      pairs.push({ members, value: maxDegree[c], vector: undefined });
    } else {
      const sub = members.length === n ? adjacency : subAdjacency(adjacency, members, local);
      const start = new Float64Array(members.length);
      for (let i = 0; i < members.length; i++) start[i] = sub.offsets[i + 1] - sub.offsets[i];
      const pair = largestEigenpair(sub, start, maxIter, tol);
      iterations += pair.products;
      converged &&= pair.converged;
      pairs.push({ members, value: pair.value, vector: pair.vector });
    }
    best = Math.max(best, pairs[pairs.length - 1].value);
  }

  // The projection of the all-ones vector onto the leading eigenspace (the tied components).
  let squares = 0;
  for (const { members, value, vector } of pairs) {
    if (value < best * (1 - EIGENVALUE_TIE)) continue;
    if (vector === undefined) {
      // Unit vector 1/√s, entries summing to √s: each member gets √s × 1/√s = 1.
      for (let i = 0; i < members.length; i++) values[members[i]] = 1;
      squares += members.length;
      continue;
    }
    let sum = 0;
    for (let i = 0; i < vector.length; i++) sum += Math.max(0, vector[i]);
    for (let i = 0; i < vector.length; i++) {
      const v = sum * Math.max(0, vector[i]);
      values[members[i]] = v;
      squares += v * v;
    }
  }
  const norm = Math.sqrt(squares);
  for (let v = 0; v < n; v++) values[v] /= norm;
  return { values, iterations, converged, eigenvalue: best };
}
