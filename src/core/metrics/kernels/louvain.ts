// Louvain communities (Blondel et al. 2008) straight on the CSR arrays. Each level moves nodes,
// in a seeded random order, to the neighbouring community with the best modularity gain until no
// move helps, then folds every community into one node of a weighted graph (ties inside it
// become a self-loop) and starts again, until a level moves nothing. Everything is typed arrays:
// no graphology graph is rebuilt, and the same seed gives the same partition.
import { createRng, type Rng } from "../../random.ts";
import type { Adjacency } from "../csr.ts";

/** Smallest gain that counts as a move; smaller ones are rounding noise and could loop forever. */
const EPSILON = 1e-10;

/** One level's graph: a weighted CSR without self-loops, plus the loop weight of each node. */
interface Level {
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Weight of each neighbour entry (both directions of an edge carry it). */
  weights: Float64Array;
  /** Weight of each node's self-loop: the ties folded inside it at earlier levels. */
  loops: Float64Array;
}

/** A partition with communities numbered 0 … count − 1. */
interface Partition {
  community: Int32Array;
  count: number;
}

/**
 * Community of every node (numbered from 0 in order of each community's first node) for a seed
 * and resolution γ (above 1 gives more, smaller communities). Each node of a graph without ties
 * is its own community.
 */
export function louvainCommunities(csr: Adjacency, seed = 1, resolution = 1): Int32Array {
  const { offsets, neighbors } = csr;
  const n = offsets.length - 1;
  const labels = new Int32Array(n);
  for (let v = 0; v < n; v++) labels[v] = v;
  if (neighbors.length === 0) return labels;
  const rng = createRng(seed);
  let level: Level = { offsets, neighbors, weights: new Float64Array(neighbors.length).fill(1), loops: new Float64Array(n) };
  for (;;) {
    const moved = moveNodes(level, neighbors.length, resolution, rng);
    if (!moved) break;
    const { community, count } = renumber(moved);
    for (let v = 0; v < n; v++) labels[v] = community[labels[v]];
    // Every move raises modularity, so a level that moved something has merged some nodes.
    if (count === level.loops.length) break;
    level = aggregate(level, community, count);
  }
  return renumber(labels).community;
}

/**
 * Local moving: every node starts alone; nodes are taken from a queue (first all of them, in a
 * random order, then the neighbours of any node that moves, outside its new community) and each
 * joins the community with the largest gain k_i,c − γ·Σ_c·k_i / 2m. Returns the communities
 * (numbers below the node count, not dense), or null when no node moved.
 */
function moveNodes(level: Level, twoM: number, resolution: number, rng: Rng): Int32Array | null {
  const { offsets, neighbors, weights, loops } = level;
  const n = loops.length;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let k = 2 * loops[v];
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) k += weights[e];
    strength[v] = k;
  }
  const community = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const total = Float64Array.from(strength);
  // Emptied community numbers, so a node better off alone has somewhere to go.
  const free = new Int32Array(n);
  let freeCount = 0;
  // Weight from the current node to each community, −1 where it has no tie.
  const link = new Float64Array(n).fill(-1);
  const touched = new Int32Array(n);

  // A ring of pending nodes; `queued` keeps each node in it at most once, so n slots suffice.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n).fill(1);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    queue[v] = v;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = queue[i];
    queue[i] = queue[j];
    queue[j] = swap;
  }
  let head = 0;
  let pending = n;
  const scale = resolution / twoM;
  let moved = false;

  while (pending > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const own = community[v];
    const k = strength[v];
    let count = 1;
    touched[0] = own;
    link[own] = 0;
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const c = community[neighbors[e]];
      if (link[c] < 0) {
        link[c] = 0;
        touched[count++] = c;
      }
      link[c] += weights[e];
    }
    // Take v out of its community, then put it back where it gains most (ties keep it home).
    total[own] -= k;
    let best = own;
    let bestGain = link[own] - total[own] * k * scale;
    for (let i = 1; i < count; i++) {
      const c = touched[i];
      const gain = link[c] - total[c] * k * scale;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
    }
    for (let i = 0; i < count; i++) link[touched[i]] = -1;
    // Alone, v gains 0; with resolution above 1 (or loops) that can beat every community.
    if (bestGain < -EPSILON && size[own] > 1) best = free[--freeCount];
    total[best] += k;
    if (best === own) continue;

    moved = true;
    community[v] = best;
    size[best]++;
    if (--size[own] === 0) {
      total[own] = 0;
      free[freeCount++] = own;
    }
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const w = neighbors[e];
      if (queued[w] === 0 && community[w] !== best) {
        queued[w] = 1;
        queue[(head + pending) % n] = w;
        pending++;
      }
    }
  }
  return moved ? community : null;
}

/** Numbers the labels 0, 1, … in order of first appearance. */
function renumber(labels: Int32Array): Partition {
  const n = labels.length;
  const map = new Int32Array(n).fill(-1);
  const community = new Int32Array(n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const c = labels[v];
    if (map[c] < 0) map[c] = count++;
    community[v] = map[c];
  }
  return { community, count };
}

/**
 * The community graph: one node per community, tie weights summed between communities, and the
 * ties inside a community (each counted once) plus its members' loops as its loop.
 */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { offsets, neighbors, weights, loops } = level;
  const n = loops.length;
  // Members of each community, by counting sort.
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[community[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let v = 0; v < n; v++) members[cursor[community[v]]++] = v;

  const outOffsets = new Int32Array(count + 1);
  const outNeighbors = new Int32Array(neighbors.length);
  const outWeights = new Float64Array(neighbors.length);
  const outLoops = new Float64Array(count);
  // Where community d sits in the current community's list, valid while owner[d] is that community.
  const owner = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count);
  let out = 0;
  for (let c = 0; c < count; c++) {
    outOffsets[c] = out;
    let inside = 0;
    let loop = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      loop += loops[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const d = community[neighbors[e]];
        if (d === c) {
          inside += weights[e];
        } else if (owner[d] !== c) {
          owner[d] = c;
          slot[d] = out;
          outNeighbors[out] = d;
          outWeights[out++] = weights[e];
        } else {
          outWeights[slot[d]] += weights[e];
        }
      }
    }
    // A tie inside the community is seen from both ends.
    outLoops[c] = loop + inside / 2;
  }
  outOffsets[count] = out;
  return { offsets: outOffsets, neighbors: outNeighbors.slice(0, out), weights: outWeights.slice(0, out), loops: outLoops };
}
