// One breadth-first search per source, shared by betweenness (Brandes' dependency accumulation),
// closeness and reach. Works on a range of sources so the work can be split across workers:
// the sum of the partial results over disjoint ranges is the result for all sources.
import type { Adjacency } from "../csr.ts";

/** What one range of sources contributes. Arrays are absent when not asked for. */
export interface RangeResult {
  /** Raw Brandes dependencies summed over the range's sources (each pair counted from both ends). */
  betweenness?: Float64Array;
  /** For each source in the range (index `s - from`): the sum of its distances to the nodes it reaches. */
  distanceSum?: Float64Array;
  /** For each source in the range (index `s - from`): how many other nodes it reaches. */
  reach?: Int32Array;
}

/** Which outputs to compute. */
export interface RangeWanted {
  betweenness: boolean;
  /** Distance sums and reach (closeness needs both). */
  distances: boolean;
}

/**
 * Runs a BFS from every source in `sources` (or every index in `[from, to)` when `sources` is
 * omitted) and accumulates the wanted outputs. Unweighted, undirected. Calls `onSource` after
 * each source with the number done so far; it may throw to cancel.
 *
 * With `adjacency.leaves`, each node v stands for itself and L(v) folded pendant nodes: they are
 * targets one step beyond v (δ(v) gains L(v); distance sums count them at d(v) + 1), and they are
 * sources whose dependencies on every other node equal v's (v's dependencies count 1 + L(v)
 * times). What the folded nodes themselves get is added back by `unfoldLeaves`.
 */
export function shortestPathRange(
  adjacency: Adjacency,
  from: number,
  to: number,
  wanted: RangeWanted,
  onSource?: (done: number) => void,
  sources?: Int32Array,
): RangeResult {
  const { offsets, neighbors, leaves } = adjacency;
  const n = offsets.length - 1;
  if (!(from >= 0 && to <= (sources ? sources.length : n) && from <= to)) {
    throw new RangeError(`shortestPathRange: source range [${from}, ${to}) is outside 0..${sources ? sources.length : n}`);
  }
  const count = to - from;
  const result: RangeResult = {};
  const betweenness = wanted.betweenness ? new Float64Array(n) : undefined;
  const distanceSum = wanted.distances ? new Float64Array(count) : undefined;
  const reach = wanted.distances ? new Int32Array(count) : undefined;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const coefficient = new Float64Array(n);
  const queue = new Int32Array(n);

  for (let r = from; r < to; r++) {
    const s = sources ? sources[r] : r;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    let total = 0;
    if (betweenness) {
      while (head < tail) {
        const v = queue[head++];
        const dv = dist[v];
        const sv = sigma[v];
        total += dv;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbors[k];
          const dw = dist[w];
          if (dw < 0) {
            dist[w] = dv + 1;
            sigma[w] = sv;
            queue[tail++] = w;
          } else if (dw === dv + 1) {
            sigma[w] += sv;
          }
        }
      }
    } else {
      // Distances only: no path counting.
      while (head < tail) {
        const v = queue[head++];
        const dv = dist[v];
        total += dv;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbors[k];
          if (dist[w] < 0) {
            dist[w] = dv + 1;
            queue[tail++] = w;
          }
        }
      }
    }
    if (distanceSum && reach) {
      if (leaves) {
        // Each reached node's folded leaves lie one step further.
        let weighted = 0;
        let reached = -1;
        for (let q = 0; q < tail; q++) {
          const v = queue[q];
          weighted += dist[v] * (1 + leaves[v]) + leaves[v];
          reached += 1 + leaves[v];
        }
        distanceSum[r - from] = weighted;
        reach[r - from] = reached;
      } else {
        distanceSum[r - from] = total;
        reach[r - from] = tail - 1;
      }
    }
    if (betweenness) {
      // Reverse BFS order, pulling from successors (neighbours one step further from the
      // source): δ(v) = σ(v) Σ_w (1 + δ(w)) / σ(w) (+ L(v) with folded leaves).
      // coefficient[w] holds (1 + δ(w)) / σ(w).
      const times = leaves ? 1 + leaves[s] : 1;
      for (let q = tail - 1; q >= 0; q--) {
        const v = queue[q];
        const next = dist[v] + 1;
        let sum = 0;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbors[k];
          if (dist[w] === next) sum += coefficient[w];
        }
        const dependency = sigma[v] * sum + (leaves ? leaves[v] : 0);
        coefficient[v] = (1 + dependency) / sigma[v];
        if (q > 0) betweenness[v] += times * dependency;
      }
    }
    for (let q = 0; q < tail; q++) {
      const v = queue[q];
      dist[v] = -1;
      sigma[v] = 0;
    }
    onSource?.(r - from + 1);
  }
  if (betweenness) result.betweenness = betweenness;
  if (distanceSum && reach) {
    result.distanceSum = distanceSum;
    result.reach = reach;
  }
  return result;
}
