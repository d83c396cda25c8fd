// The Lanczos eigensolver behind eigenvector centrality: bad arguments, small exact cases, a
// bipartite grid with a small spectral gap (exact eigenvector known), and a 3,000-node
// preferential-attachment graph checked by its own residual.
import { describe, expect, it } from "vitest";
import { preferentialAttachment } from "../../../../src/core/generate/preferentialAttachment.ts";
import { buildGraph } from "../../../../src/core/model/graph.ts";
import { toCsr, type Adjacency } from "../../../../src/core/metrics/csr.ts";
import { eigenvector } from "../../../../src/core/metrics/kernels/eigenvector.ts";
import { largestEigenpair, largestSymmetricEigenpair } from "../../../../src/core/metrics/kernels/lanczos.ts";
import { csrOf, csrOfPairs } from "./testGraphs.ts";

/** ‖A x − λ x‖, computed here independently of the kernel. */
function residual(adjacency: Adjacency, x: ArrayLike<number>, value: number): number {
  const { offsets, neighbors } = adjacency;
  let squares = 0;
  for (let v = 0; v + 1 < offsets.length; v++) {
    let sum = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += x[neighbors[k]];
    squares += (sum - value * x[v]) ** 2;
  }
  return Math.sqrt(squares);
}

describe("largestEigenpair", () => {
  it("rejects a start vector of the wrong length or zero", () => {
    const path = csrOf(["a-b", "b-c"]);
    expect(() => largestEigenpair(path, new Float64Array(2).fill(1), 10, 1e-12)).toThrow(/start has 2 entries for 3 nodes/);
    expect(() => largestEigenpair(path, new Float64Array(3), 10, 1e-12)).toThrow(/non-zero/);
  });

  it("largestSymmetricEigenpair([[2, 1], [1, 2]]) → 3 and (1, 1)/√2", () => {
    const { value, vector } = largestSymmetricEigenpair(Float64Array.from([2, 1, 1, 2]), 2);
    expect(value).toBeCloseTo(3, 14);
    expect(Math.abs(vector[0])).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vector[0]).toBeCloseTo(vector[1], 14);
  });

  it("finds the exact eigenvector of a 30 × 30 grid (bipartite, relative gap 0.5 %)", () => {
    // Grid P_k × P_k: λ = 4 cos(π/(k+1)), x(i, j) ∝ sin(iπ/(k+1)) sin(jπ/(k+1)), i, j = 1 … k.
    const k = 30;
    const edges: [number, number][] = [];
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        if (i + 1 < k) edges.push([i * k + j, (i + 1) * k + j]);
        if (j + 1 < k) edges.push([i * k + j, i * k + j + 1]);
      }
    }
    const { values, eigenvalue, converged } = eigenvector(csrOfPairs(k * k, edges));
    expect(converged).toBe(true);
    expect(eigenvalue).toBeCloseTo(4 * Math.cos(Math.PI / (k + 1)), 12);
    const s = (i: number) => Math.sin(((i + 1) * Math.PI) / (k + 1));
    let norm = 0;
    for (let i = 0; i < k; i++) norm += s(i) ** 2;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const exact = (s(i) * s(j)) / norm;
        expect(Math.abs(values[i * k + j] - exact)).toBeLessThanOrEqual(1e-9 * exact);
      }
    }
  });

  it("on a 3,000-node preferential-attachment graph: non-negative, unit norm, residual ≤ 1e-12 λ", () => {
    // On a connected graph the only non-negative eigenvector is the leading one (Perron–Frobenius),
    // so a small residual with x ≥ 0 shows it is the exact answer.
    const project = preferentialAttachment({ nodes: 3000, edgesPerNode: 2, seed: 3 });
    const csr = toCsr(buildGraph(project.nodes, project.ties));
    const { values, eigenvalue, converged } = eigenvector(csr);
    expect(converged).toBe(true);
    expect(values.every((v) => v > 0)).toBe(true);
    expect(Math.sqrt(values.reduce((s, v) => s + v * v, 0))).toBeCloseTo(1, 14);
    expect(residual(csr, values, eigenvalue)).toBeLessThanOrEqual(1e-12 * eigenvalue);
  });

  it("stops at maxProducts and says it did not converge", () => {
    const project = preferentialAttachment({ nodes: 300, edgesPerNode: 2, seed: 3 });
    const csr = toCsr(buildGraph(project.nodes, project.ties));
    const start = new Float64Array(300).fill(1);
    const capped = largestEigenpair(csr, start, 5, 1e-12);
    expect(capped.converged).toBe(false);
    expect(capped.residual).toBeGreaterThan(1e-12 * capped.value);
    const full = largestEigenpair(csr, start, 5000, 1e-12);
    expect(full.converged).toBe(true);
    expect(full.residual).toBeLessThanOrEqual(1e-12 * full.value);
    expect(residual(csr, full.vector, full.value)).toBeLessThanOrEqual(1e-12 * full.value);
  });
});
