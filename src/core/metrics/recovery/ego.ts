// A person's ego network read off a snapshot: their ties (each tie counted, so parallel ties
// between the same pair count separately) and their distinct alters (parallel ties collapsed).
import type { NodeAttributes, RecoveryGraph, TieAttributes } from "../../model/graph.ts";

/** One of the ego's ties, seen from the ego. */
export interface EgoTie {
  /** The tie record (its id is the edge key). */
  tie: TieAttributes;
  /** The node at the other end. */
  alter: string;
  /** That node's record. */
  alterNode: NodeAttributes;
}

/** Every tie of `ego` in the snapshot; a friend who is also a risk tie appears twice. */
export function egoTies(graph: RecoveryGraph, ego: string): EgoTie[] {
  const out: EgoTie[] = [];
  graph.forEachEdge(ego, (_edge, tie, source, target, sourceNode, targetNode) => {
    const alterIsTarget = source === ego;
    out.push({ tie, alter: alterIsTarget ? target : source, alterNode: alterIsTarget ? targetNode : sourceNode });
  });
  return out;
}

/** The distinct nodes `ego` has at least one tie with. */
export function alters(graph: RecoveryGraph, ego: string): string[] {
  return graph.neighbors(ego);
}

/**
 * The number of distinct pairs of alters with at least one tie between them (parallel ties
 * collapsed): the tie count of the ego network without the ego.
 */
export function tiesAmongAlters(graph: RecoveryGraph, ego: string): number {
  const set = new Set(graph.neighbors(ego));
  let pairs = 0;
  for (const a of set) {
    for (const b of graph.neighbors(a)) if (b !== ego && set.has(b) && a < b) pairs++;
  }
  return pairs;
}

/** The number of distinct neighbours of `node` (its degree with parallel ties collapsed). */
export function simpleDegree(graph: RecoveryGraph, node: string): number {
  return graph.neighbors(node).length;
}
