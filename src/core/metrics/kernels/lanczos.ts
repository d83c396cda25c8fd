// The largest eigenvalue of a graph's adjacency matrix and its eigenvector, by the Lanczos
// method with selective reorthogonalisation and explicit restarts from the best Ritz vector
// (Golub & Van Loan, Matrix Computations, 4th ed., §10.1–10.3). The Krylov space of the adjacency
// matrix A is built k vectors at a time; the small tridiagonal matrix it gives is diagonalised
// (Jacobi rotations, §8.5); the Ritz vector of its largest eigenvalue starts the next cycle.
// Unlike power iteration this finds the largest *algebraic* eigenvalue, so a bipartite graph's
// −λ does not make it oscillate, and it needs far fewer matrix–vector products than power
// iteration to reach the same residual.
import type { Adjacency } from "../csr.ts";

/** The largest eigenpair of an adjacency matrix. */
export interface Eigenpair {
  /** The largest eigenvalue λ (the Rayleigh quotient of `vector`). */
  value: number;
  /** Its eigenvector, unit Euclidean norm, sign chosen so its entries sum to ≥ 0. */
  vector: Float64Array;
  /** Matrix–vector products used. */
  products: number;
  /** ‖A x − λ x‖ of the returned pair. */
  residual: number;
  /** True when `residual ≤ tol × max(λ, 1)`; false when `maxProducts` ran out first. */
  converged: boolean;
}

/** Krylov vectors per cycle: enough for a good polynomial filter, few enough to keep in memory. */
const KRYLOV = 20;

/** y = A x on a CSR adjacency (unit weights). */
function multiply(offsets: Int32Array, neighbors: Int32Array, x: Float64Array, y: Float64Array): void {
  const n = offsets.length - 1;
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) sum += x[neighbors[k]];
    y[v] = sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * The largest eigenvalue of a dense symmetric `p × p` matrix (row-major, overwritten) and its unit
 * eigenvector, by cyclic Jacobi rotations (Golub & Van Loan §8.5.3).
 */
export function largestSymmetricEigenpair(matrix: Float64Array, p: number): { value: number; vector: Float64Array } {
  const a = matrix;
  const vectors = new Float64Array(p * p);
  for (let i = 0; i < p; i++) vectors[i * p + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < p; i++) {
      diagonal += a[i * p + i] * a[i * p + i];
      for (let j = i + 1; j < p; j++) off += a[i * p + j] * a[i * p + j];
    }
    if (off <= 1e-32 * diagonal || off === 0) break;
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = a[i * p + j];
        if (aij === 0) continue;
        const theta = (a[j * p + j] - a[i * p + i]) / (2 * aij);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const aki = a[k * p + i];
          const akj = a[k * p + j];
          a[k * p + i] = c * aki - s * akj;
          a[k * p + j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = a[i * p + k];
          const ajk = a[j * p + k];
          a[i * p + k] = c * aik - s * ajk;
          a[j * p + k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const vki = vectors[k * p + i];
          const vkj = vectors[k * p + j];
          vectors[k * p + i] = c * vki - s * vkj;
          vectors[k * p + j] = s * vki + c * vkj;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < p; i++) if (a[i * p + i] > a[best * p + best]) best = i;
  const vector = new Float64Array(p);
  for (let k = 0; k < p; k++) vector[k] = vectors[k * p + best];
  return { value: a[best * p + best], vector };
}

/**
 * The largest eigenvalue of the adjacency matrix of `adjacency` (undirected, unit weights, at
 * least one node) and its unit eigenvector, starting from `start` (any vector not orthogonal to
 * the wanted eigenvector; a positive one always qualifies on a connected graph). Stops when the
 * residual ‖A x − λ x‖ ≤ `tol` × max(λ, 1), or after about `maxProducts` matrix–vector products.
 * The eigenvector's error (the sine of its angle to the exact one) is at most the residual
 * divided by the gap between the two largest eigenvalues (Davis–Kahan; Golub & Van Loan
 * Thm. 8.1.12). Throws a RangeError when `start` has the wrong length or is zero.
 */
export function largestEigenpair(adjacency: Adjacency, start: Float64Array, maxProducts: number, tol: number): Eigenpair {
  const { offsets, neighbors } = adjacency;
  const n = offsets.length - 1;
  if (start.length !== n) throw new RangeError(`largestEigenpair: start has ${start.length} entries for ${n} nodes`);
  const norm0 = Math.sqrt(dot(start, start));
  if (!(norm0 > 0)) throw new RangeError("largestEigenpair: start must be a non-zero vector");
  const m = Math.min(KRYLOV, n);
  const basis = new Float64Array(m * n);
  const w = new Float64Array(n);
  const alpha = new Float64Array(m);
  const beta = new Float64Array(m);
  let x = Float64Array.from(start, (v) => v / norm0);
  let value = 0;
  let residual = Number.POSITIVE_INFINITY;
  let products = 0;
  // Whether w already holds A x (from the last cycle's residual), which is A v_0 of the next.
  let ready = false;
  for (;;) {
    // One Lanczos cycle from x: basis v_0 … v_{size−1}, tridiagonal T = Vᵀ A V.
    basis.set(x, 0);
    const cycle = Math.max(1, Math.min(m, maxProducts - products));
    let size = 0;
    for (let j = 0; j < cycle; j++) {
      const vj = basis.subarray(j * n, (j + 1) * n);
      if (j > 0 || !ready) {
        multiply(offsets, neighbors, vj, w);
        products++;
      }
      alpha[j] = dot(w, vj);
      size = j + 1;
      if (j === cycle - 1) break;
      // The three-term recurrence, then reorthogonalisation against the cycle's first vector.
      // Lanczos vectors lose orthogonality only towards Ritz vectors that have converged (Paige
      // 1971), and the one that converges is the restart vector's direction; orthogonalising
      // against it alone (selective orthogonalisation, Parlett & Scott 1979) costs one vector
      // operation instead of j. A ghost copy of λ in the first cycle cannot pass as convergence:
      // the true residual is checked at the end of every cycle.
      const a = alpha[j];
      const b0 = j > 0 ? beta[j - 1] : 0;
      const previous = j * n - n;
      if (j > 0) for (let k = 0; k < n; k++) w[k] -= a * vj[k] + b0 * basis[previous + k];
      else for (let k = 0; k < n; k++) w[k] -= a * vj[k];
      if (j > 0) {
        let c = 0;
        for (let k = 0; k < n; k++) c += w[k] * basis[k];
        for (let k = 0; k < n; k++) w[k] -= c * basis[k];
      }
      const b = Math.sqrt(dot(w, w));
      // The Krylov space is invariant: its Ritz pairs are exact.
      if (b <= 1e-13 * Math.max(1, Math.abs(a))) break;
      beta[j] = b;
      const next = (j + 1) * n;
      for (let k = 0; k < n; k++) basis[next + k] = w[k] / b;
    }
    const t = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      t[i * size + i] = alpha[i];
      if (i + 1 < size) t[i * size + i + 1] = t[(i + 1) * size + i] = beta[i];
    }
    const ritz = largestSymmetricEigenpair(t, size);
    const y = new Float64Array(n);
    for (let i = 0; i < size; i++) {
      const s = ritz.vector[i];
      const offset = i * n;
      for (let k = 0; k < n; k++) y[k] += s * basis[offset + k];
    }
    const norm = Math.sqrt(dot(y, y));
    let sum = 0;
    for (let k = 0; k < n; k++) sum += y[k];
    const sign = sum < 0 ? -1 : 1;
    for (let k = 0; k < n; k++) y[k] *= sign / norm;
    x = y;
    // The true residual of the Ritz pair, with the Rayleigh quotient as the eigenvalue.
    multiply(offsets, neighbors, x, w);
    products++;
    value = dot(w, x);
    let squares = 0;
    for (let k = 0; k < n; k++) squares += (w[k] - value * x[k]) ** 2;
    residual = Math.sqrt(squares);
    ready = true;
    if (residual <= tol * Math.max(value, 1)) return { value, vector: x, products, residual, converged: true };
    if (products >= maxProducts) return { value, vector: x, products, residual, converged: false };
  }
}
