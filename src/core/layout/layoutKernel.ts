// The layout kernel: ForceAtlas2 (graphology's iteration step) on typed arrays for a fixed,
// size-dependent number of iterations, so the same project and seed always give the same
// picture, unlike a layout stopped after so many seconds. Pure: runs in the layout worker,
// and in Node for the tests and the command line (src/core/layout, so the CLI can reproduce a layout).
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import iterate from "graphology-layout-forceatlas2/iterate.js";

/** Floats per node and per edge in the kernel's matrices (graphology's layout). */
const PPN = 10;
const PPE = 3;

/** What the kernel lays out: starting positions and the ties as pairs of node indices. */
export interface LayoutInput {
  x: Float32Array;
  y: Float32Array;
  /** Source and target index of each tie, flattened: [s0, t0, s1, t1, …]. */
  edges: Int32Array;
  /** Node sizes, for noverlap-free spacing (optional; 1 each). */
  sizes?: Float32Array;
}

/** How many iterations a network of `order` nodes gets: enough to settle, fewer for large ones. */
export function layoutIterations(order: number): number {
  if (order <= 1_000) return 600;
  if (order <= 5_000) return 300;
  return 150;
}

/** ForceAtlas2 settings for `order` nodes: graphology's inferred ones, Barnes–Hut above 500 nodes. */
export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 500,
    barnesHutTheta: 0.5,
  };
}

/** A layout in progress: run iterations in batches, read positions between them. */
export interface LayoutKernel {
  /** Runs up to `count` more iterations; returns how many have run in all. */
  run(count: number): number;
  /** Iterations run so far, and the total this layout gets. */
  readonly done: number;
  readonly total: number;
  /** Current positions (new arrays). */
  positions(): { x: Float32Array; y: Float32Array };
}

/** Prepares ForceAtlas2 on `input`, for `total` iterations (default by size). */
export function createLayoutKernel(input: LayoutInput, total = layoutIterations(input.x.length)): LayoutKernel {
  const n = input.x.length;
  const m = input.edges.length / 2;
  const nodes = new Float32Array(n * PPN);
  const edges = new Float32Array(m * PPE);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = input.x[i];
    nodes[j + 1] = input.y[i];
    nodes[j + 6] = 1; // mass: 1 + weighted degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = input.sizes ? input.sizes[i] : 1;
  }
  for (let e = 0; e < m; e++) {
    const s = input.edges[2 * e];
    const t = input.edges[2 * e + 1];
    nodes[s * PPN + 6] += 1;
    nodes[t * PPN + 6] += 1;
    edges[e * PPE] = s * PPN;
    edges[e * PPE + 1] = t * PPN;
    edges[e * PPE + 2] = 1;
  }
  const settings = layoutSettings(n);
  let done = 0;
  return {
    run(count) {
      const until = Math.min(total, done + count);
      if (n > 0) for (; done < until; done++) iterate(settings, nodes, edges);
      else done = until;
      return done;
    },
    get done() {
      return done;
    },
    total,
    positions() {
      const x = new Float32Array(n);
      const y = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        x[i] = nodes[i * PPN];
        y[i] = nodes[i * PPN + 1];
      }
      return { x, y };
    },
  };
}
