// Each kernel on tiny hand-built graphs with exact values: a path of 3, a star, a triangle with
// a pendant, two triangles joined by a bridge. Bad arguments first.
import { MultiUndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toCsr } from "../../../../src/core/metrics/csr.ts";
import { attributeAssortativity } from "../../../../src/core/metrics/kernels/assortativity.ts";
import { betweenness, sampledBetweenness, samplePivots } from "../../../../src/core/metrics/kernels/betweenness.ts";
import { closeness, reach } from "../../../../src/core/metrics/kernels/closeness.ts";
import { averageClustering, clustering, transitivityFromTriangles, triangles } from "../../../../src/core/metrics/kernels/clustering.ts";
import { components } from "../../../../src/core/metrics/kernels/components.ts";
import { degreeCentrality, degrees, strengths } from "../../../../src/core/metrics/kernels/degree.ts";
import { eigenvector } from "../../../../src/core/metrics/kernels/eigenvector.ts";
import { coreNumbers } from "../../../../src/core/metrics/kernels/kcore.ts";
import { louvainCommunities } from "../../../../src/core/metrics/kernels/louvain.ts";
import { modularity } from "../../../../src/core/metrics/kernels/modularity.ts";
import { pagerank } from "../../../../src/core/metrics/kernels/pagerank.ts";
import { shortestPathRange } from "../../../../src/core/metrics/kernels/shortestPaths.ts";
import { csrOf } from "./testGraphs.ts";


const PATH = csrOf(["a-b", "b-c"]);
const STAR = csrOf(["c-x", "c-y", "c-z"]);
const PENDANT = csrOf(["a-b", "b-c", "c-a", "c-d"]);
const BRIDGED = csrOf(["a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-d"]);

describe("bad arguments", () => {
  it("shortestPathRange rejects a range outside the nodes", () => {
    expect(() => shortestPathRange(PATH, 0, 4, { betweenness: true, distances: true })).toThrow(/outside 0..3/);
    expect(() => shortestPathRange(PATH, 2, 1, { betweenness: true, distances: true })).toThrow(RangeError);
  });
  it("samplePivots rejects k outside 1..n", () => {
    expect(() => samplePivots(3, 0, 1)).toThrow(/k=0 .* 1 to the node count 3/);
    expect(() => samplePivots(3, 4, 1)).toThrow(RangeError);
    expect(() => samplePivots(3, 1.5, 1)).toThrow(RangeError);
  });
  it("power iterations reject bad settings", () => {
    expect(() => eigenvector(PATH, 0)).toThrow(/maxIter=0/);
    expect(() => eigenvector(PATH, 10, 0)).toThrow(/tol=0/);
    expect(() => pagerank(PATH, 1.5)).toThrow(/alpha=1.5/);
  });
  it("partition and category arrays must have one entry per node", () => {
    expect(() => modularity(PATH, [0, 0])).toThrow(/2 labels for 3 nodes/);
    expect(() => attributeAssortativity(PATH, ["x"])).toThrow(/1 categories for 3 nodes/);
  });
});

describe("toCsr", () => {
  it("collapses parallel ties, sums their strengths, drops self-loops and sorts neighbours", () => {
    const graph = new MultiUndirectedGraph();
    for (const id of ["c", "a", "b"]) graph.addNode(id);
    graph.addEdge("c", "b", { strength: 2 });
    graph.addEdge("c", "a", { strength: 5 });
    graph.addEdge("b", "c", { strength: 4 });
    graph.addEdge("a", "a", { strength: 3 });
    const csr = toCsr(graph);
    expect(csr.ids).toEqual(["c", "a", "b"]);
    expect(csr.index.get("b")).toBe(2);
    expect(Array.from(csr.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(csr.neighbors)).toEqual([1, 2, 0, 0]);
    expect(Array.from(csr.weights)).toEqual([5, 6, 5, 6]);
    expect(Array.from(strengths(csr))).toEqual([11, 5, 6]);
    expect(Array.from(degrees(csr))).toEqual([2, 1, 1]);
  });
});

describe("shortest paths", () => {
  it("betweenness(path of 3) is 1 for the middle, 0 at the ends; unnormalised counts pairs", () => {
    expect(Array.from(betweenness(PATH))).toEqual([0, 1, 0]);
    expect(Array.from(betweenness(PATH, false))).toEqual([0, 1, 0]);
  });
  it("betweenness(star) is 1 for the centre; triangle + pendant gives the joint 2/3", () => {
    expect(Array.from(betweenness(STAR))).toEqual([1, 0, 0, 0]);
    expect(Array.from(betweenness(PENDANT))).toEqual([0, 0, 2 / 3, 0]);
    expect(Array.from(betweenness(PENDANT, false))).toEqual([0, 0, 2, 0]);
  });
  it("betweenness splits over equal shortest paths (4-cycle: each node on half of one pair's paths)", () => {
    expect(Array.from(betweenness(csrOf(["a-b", "b-c", "c-d", "d-a"]), false))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
  it("sampled betweenness with k = n is exact, and a sample is reproducible from its seed", () => {
    expect(Array.from(sampledBetweenness(BRIDGED, 6, 9))).toEqual(Array.from(betweenness(BRIDGED)));
    expect(Array.from(sampledBetweenness(BRIDGED, 3, 9))).toEqual(Array.from(sampledBetweenness(BRIDGED, 3, 9)));
    expect(new Set(samplePivots(10, 10, 3)).size).toBe(10);
  });
  it("ranges add up to the whole", () => {
    const whole = shortestPathRange(BRIDGED, 0, 6, { betweenness: true, distances: true });
    const left = shortestPathRange(BRIDGED, 0, 2, { betweenness: true, distances: true });
    const right = shortestPathRange(BRIDGED, 2, 6, { betweenness: true, distances: true });
    expect(Array.from(left.betweenness!).map((v, i) => v + right.betweenness![i])).toEqual(Array.from(whole.betweenness!));
    expect([...left.distanceSum!, ...right.distanceSum!]).toEqual(Array.from(whole.distanceSum!));
  });
  it("closeness(path of 3): ends 2/3, middle 1; an isolate is 0 and scales the rest by reach", () => {
    expect(Array.from(closeness(PATH))).toEqual([2 / 3, 1, 2 / 3]);
    const withIsolate = csrOf(["a-b", "b-c"], ["z"]);
    // middle: (2/2) × (2/3); ends: (2/3) × (2/3).
    expect(Array.from(closeness(withIsolate))).toEqual([4 / 9, 2 / 3, 4 / 9, 0]);
    expect(Array.from(closeness(withIsolate, false))).toEqual([2 / 3, 1, 2 / 3, 0]);
    expect(Array.from(reach(withIsolate))).toEqual([2, 2, 2, 0]);
  });
});

describe("clustering and cores", () => {
  it("triangle + pendant: triangles, local clustering, transitivity 3/5, mean clustering", () => {
    const tri = triangles(PENDANT);
    expect(Array.from(tri)).toEqual([1, 1, 1, 0]);
    expect(Array.from(clustering(PENDANT))).toEqual([1, 1, 1 / 3, 0]);
    expect(transitivityFromTriangles(PENDANT, tri)).toBe(3 / 5);
    expect(averageClustering(clustering(PENDANT))).toBe((1 + 1 + 1 / 3) / 4);
    expect(averageClustering(new Float64Array(0))).toBeNaN();
    expect(transitivityFromTriangles(STAR, triangles(STAR))).toBe(0);
  });
  it("core numbers: triangle 2, pendant 1, isolate 0", () => {
    expect(Array.from(coreNumbers(csrOf(["a-b", "b-c", "c-a", "c-d"], ["z"])))).toEqual([2, 2, 2, 1, 0]);
    // K4 plus a tail: the clique is the 3-core.
    expect(Array.from(coreNumbers(csrOf(["a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e", "e-f"])))).toEqual([3, 3, 3, 3, 1, 1]);
  });
  it("components are numbered by first node, with sizes", () => {
    const result = components(csrOf(["a-b", "c-d", "d-e"], ["z"]));
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 1, 1, 2]);
    expect(result.sizes).toEqual([2, 3, 1]);
  });
});

describe("degree, power iterations, partitions", () => {
  it("degree centrality divides by n − 1", () => {
    expect(Array.from(degreeCentrality(STAR))).toEqual([1, 1 / 3, 1 / 3, 1 / 3]);
    expect(Array.from(degreeCentrality(csrOf([], ["solo"])))).toEqual([1]);
  });
  it("eigenvector(star K1,3) → centre 1/√2, leaves 1/√6, eigenvalue √3 (bipartite: −√3 is one too)", () => {
    const { values, converged, eigenvalue } = eigenvector(STAR);
    expect(converged).toBe(true);
    expect(eigenvalue).toBeCloseTo(Math.sqrt(3), 12);
    expect(values[0]).toBeCloseTo(1 / Math.SQRT2, 12);
    for (const leaf of [1, 2, 3]) expect(values[leaf]).toBeCloseTo(1 / Math.sqrt(6), 12);
  });
  it("eigenvector(path of 4) ∝ (1, φ, φ, 1), eigenvalue the golden ratio φ", () => {
    const phi = (1 + Math.sqrt(5)) / 2;
    const { values, eigenvalue } = eigenvector(csrOf(["a-b", "b-c", "c-d"]));
    expect(eigenvalue).toBeCloseTo(phi, 12);
    const norm = Math.sqrt(2 + 2 * phi * phi);
    [1, phi, phi, 1].forEach((v, i) => expect(values[i]).toBeCloseTo(v / norm, 12));
  });
  it("eigenvector on a disconnected graph is 0 outside the component with the largest eigenvalue", () => {
    // Triangle (λ = 2), path of 3 (λ = √2), isolate (λ = 0).
    const { values, eigenvalue } = eigenvector(csrOf(["p-q", "q-r", "a-b", "b-c", "c-a"], ["z"]));
    expect(eigenvalue).toBeCloseTo(2, 12);
    expect(Array.from(values.slice(0, 3))).toEqual([0, 0, 0]);
    for (const i of [3, 4, 5]) expect(values[i]).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(values[6]).toBe(0);
  });
  it("eigenvector with components tied for the largest eigenvalue: the all-ones vector projected onto them", () => {
    // Two triangles: 1/√6 each. Star K1,4 and 4-cycle, both λ = 2: the star's unit vector
    // (1/√2 centre, 1/(2√2) leaves) sums to 3/√2, the cycle's (1/2 each) to 2, so before
    // normalising the centre has 3/2, the leaves 3/4 and the cycle 1; the norm² is 34/4.
    const triangles = eigenvector(csrOf(["a-b", "b-c", "c-a", "d-e", "e-f", "f-d"], ["z"]));
    for (let i = 0; i < 6; i++) expect(triangles.values[i]).toBeCloseTo(1 / Math.sqrt(6), 12);
    expect(triangles.values[6]).toBe(0);
    const { values } = eigenvector(csrOf(["s-1", "s-2", "s-3", "s-4", "w-x", "x-y", "y-z", "z-w"]));
    const expected = [3, 1.5, 1.5, 1.5, 1.5, 2, 2, 2, 2].map((v) => v / Math.sqrt(34));
    expected.forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
  });
  it("eigenvector on a graph without ties is 1/√n; on no nodes, empty", () => {
    expect(Array.from(eigenvector(csrOf([], ["x", "y", "z", "w"])).values)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(eigenvector(csrOf([])).values.length).toBe(0);
  });
  it("eigenvector says when it stopped before converging", () => {
    const capped = eigenvector(PENDANT, 1);
    expect(capped.converged).toBe(false);
    expect(eigenvector(PENDANT).converged).toBe(true);
  });
  it("pagerank says when it stopped before converging", () => {
    const capped = pagerank(PENDANT, 0.85, 1);
    expect(capped).toMatchObject({ iterations: 1, converged: false });
    expect(pagerank(PENDANT).converged).toBe(true);
  });
  it("pagerank with α = 1 on a connected non-bipartite graph is degree / 2m; it sums to 1 with isolates", () => {
    const { values } = pagerank(PENDANT, 1, 10000, 1e-14);
    [2 / 8, 2 / 8, 3 / 8, 1 / 8].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 10));
    const withIsolate = pagerank(csrOf(["a-b", "b-c"], ["z"]));
    expect(withIsolate.values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    // Path of 3 + isolate, α = 0.85: by symmetry ends are equal; the isolate gets the uniform share.
    expect(withIsolate.values[0]).toBeCloseTo(withIsolate.values[2], 12);
  });
  it("modularity of two triangles joined by a bridge, split at the bridge, is 5/14", () => {
    expect(modularity(BRIDGED, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 14);
    expect(modularity(BRIDGED, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 14);
    expect(modularity(csrOf([], ["a"]), [0])).toBeNaN();
  });
  it("seeded Louvain finds the two triangles and is reproducible", () => {
    const labels = Array.from(louvainCommunities(BRIDGED, 7));
    expect(labels[0]).toBe(labels[1]);
    expect(labels[1]).toBe(labels[2]);
    expect(labels[3]).toBe(labels[4]);
    expect(labels[4]).toBe(labels[5]);
    expect(labels[0]).not.toBe(labels[3]);
    expect(Array.from(louvainCommunities(BRIDGED, 7))).toEqual(labels);
  });
  it("kind assortativity: a path alternating kinds is −1; one kind only is undefined", () => {
    expect(attributeAssortativity(PATH, ["x", "y", "x"])).toBe(-1);
    expect(attributeAssortativity(PATH, ["x", "x", "x"])).toBeNaN();
    // Two triangles of different kinds joined by a bridge: e_ii = 12/14, a = b = (1/2, 1/2).
    expect(attributeAssortativity(BRIDGED, ["x", "x", "x", "y", "y", "y"])).toBeCloseTo((12 / 14 - 0.5) / 0.5, 14);
  });
});
