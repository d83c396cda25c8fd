// Which people's ego networks differ between two snapshots, so the timeline recomputes only them.
import type { RecoveryGraph } from "../model/graph.ts";
import { isRecoveryGroup } from "../metrics/recovery/sides.ts";

/** What changed between two snapshots, by tie id and node id. */
export interface SnapshotDiff {
  addedTies: string[];
  removedTies: string[];
  addedNodes: string[];
  removedNodes: string[];
}

/** The ties and nodes in `next` but not `previous`, and the other way round. */
export function diffSnapshots(previous: RecoveryGraph, next: RecoveryGraph): SnapshotDiff {
  return {
    addedTies: next.filterEdges((id) => !previous.hasEdge(id)),
    removedTies: previous.filterEdges((id) => !next.hasEdge(id)),
    addedNodes: next.filterNodes((id) => !previous.hasNode(id)),
    removedNodes: previous.filterNodes((id) => !next.hasNode(id)),
  };
}

function neighbours(graph: RecoveryGraph, node: string): string[] {
  return graph.hasNode(node) ? graph.neighbors(node) : [];
}

/** Adds the neighbours of `a` in `graph` that share a neighbour with `a` (are in a triangle with it). */
function addTriangleNeighbours(graph: RecoveryGraph, a: string, into: Set<string>): void {
  if (!graph.hasNode(a)) return;
  const around = new Set(graph.neighbors(a));
  for (const p of around) {
    if (into.has(p)) continue;
    for (const x of graph.neighbors(p)) {
      if (x !== a && around.has(x)) {
        into.add(p);
        break;
      }
    }
  }
}

/** Adds the common neighbours of `u` and `v` in `graph`. */
function addCommonNeighbours(graph: RecoveryGraph, u: string, v: string, into: Set<string>): void {
  if (!graph.hasNode(u) || !graph.hasNode(v)) return;
  const [small, large] = graph.degree(u) <= graph.degree(v) ? [u, v] : [v, u];
  for (const p of graph.neighbors(small)) if (p !== large && graph.areNeighbors(p, large)) into.add(p);
}

/** The nodes within `radius` ties of `start` in either snapshot (`start` itself excluded). */
function within(graphs: readonly RecoveryGraph[], start: string, radius: number, into: Set<string>): void {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < radius && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const graph of graphs) {
        for (const x of neighbours(graph, node)) {
          if (!seen.has(x)) {
            seen.add(x);
            into.add(x);
            next.push(x);
          }
        }
      }
    }
    frontier = next;
  }
}

/**
 * The nodes of `next` whose person indicators may differ from `previous`. For each added or
 * removed tie u–v, looked at in both snapshots:
 * - u and v (their own ties, alters, groups, mentor, diversity);
 * - the common neighbours of u and v (a tie among their alters: ego density, effective size,
 *   constraint);
 * - when u's number of distinct neighbours changed, the neighbours p of u that share a neighbour
 *   with u, and likewise for v (u's degree enters p's constraint through p_uj = 1/deg(u) for an
 *   alter j of p tied to u);
 * - when v is a recovery-oriented group, everything within `reachSteps − 1` ties of u, and
 *   likewise for u (two-step reach to a recovery group).
 * Plus every added node. A superset is safe; the tests compare with full recomputation.
 */
export function affectedNodes(previous: RecoveryGraph, next: RecoveryGraph, diff: SnapshotDiff, reachSteps: number): Set<string> {
  const graphs = [previous, next];
  const out = new Set<string>(diff.addedNodes);
  const pairs = new Map<string, [string, string]>();
  for (const [graph, ids] of [[next, diff.addedTies], [previous, diff.removedTies]] as const) {
    for (const id of ids) {
      const [u, v] = [graph.source(id), graph.target(id)];
      pairs.set(u < v ? `${u}\u0000${v}` : `${v}\u0000${u}`, [u, v]);
    }
  }
  const ends = new Set<string>();
  const reachFrom = new Set<string>();
  for (const [u, v] of pairs.values()) {
    ends.add(u).add(v);
    for (const graph of graphs) {
      addCommonNeighbours(graph, u, v, out);
      for (const [a, b] of [[u, v], [v, u]] as const) {
        if (graph.hasNode(b) && isRecoveryGroup(graph.getNodeAttributes(b))) reachFrom.add(a);
      }
    }
  }
  for (const a of ends) {
    out.add(a);
    // Only a change in the number of distinct neighbours moves 1/deg(a).
    if (neighbours(previous, a).length !== neighbours(next, a).length) {
      for (const graph of graphs) addTriangleNeighbours(graph, a, out);
    }
  }
  for (const a of reachFrom) within(graphs, a, reachSteps - 1, out);
  for (const id of out) if (!next.hasNode(id)) out.delete(id);
  return out;
}
