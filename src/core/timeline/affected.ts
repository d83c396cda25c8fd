// Which people's ego networks differ between two snapshots, so the timeline recomputes only them.
import type { RecoveryGraph } from "../model/graph.ts";

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

/**
 * The nodes of `next` whose indicators may differ from `previous`: the ends of every added or
 * removed tie, added nodes, and everything within `radius` ties of those ends in either snapshot.
 * Radius 1 covers ego density, effective size and constraint (a tie between two alters, or an
 * alter's degree, changed) and two-step reach; reach over k steps needs radius k − 1.
 */
export function affectedNodes(previous: RecoveryGraph, next: RecoveryGraph, diff: SnapshotDiff, radius: number): Set<string> {
  const seeds = new Set<string>(diff.addedNodes);
  for (const id of diff.addedTies) seeds.add(next.source(id)).add(next.target(id));
  for (const id of diff.removedTies) seeds.add(previous.source(id)).add(previous.target(id));
  const reached = new Set(seeds);
  let frontier = [...seeds];
  for (let step = 0; step < radius && frontier.length > 0; step++) {
    const nextFrontier: string[] = [];
    for (const node of frontier) {
      for (const graph of [previous, next]) {
        if (!graph.hasNode(node)) continue;
        for (const neighbour of graph.neighbors(node)) {
          if (!reached.has(neighbour)) {
            reached.add(neighbour);
            nextFrontier.push(neighbour);
          }
        }
      }
    }
    frontier = nextFrontier;
  }
  for (const id of reached) if (!next.hasNode(id)) reached.delete(id);
  return reached;
}
