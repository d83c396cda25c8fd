// A one-look summary of a snapshot: how many nodes and ties, how dense, how fragmented, and
// the counts by kind and by tie type. What `recovery-networks summary` prints.
import type { IsoDate } from "./model/dates.ts";
import type { Project } from "./model/schema.ts";
import { latestDate, snapshotAt } from "./model/snapshot.ts";
import { NODE_KINDS, TIE_TYPES, type NodeKind, type TieType } from "./model/vocabulary.ts";

/** The summary of one snapshot; keys in this order are the `summary --format json` output. */
export interface Summary {
  /** The snapshot date; null for a project with no dates at all (everything is shown). */
  at: IsoDate | null;
  nodes: number;
  /** Ties present (two ties between the same pair count twice). */
  ties: number;
  /** Tied pairs over possible pairs, 2m/(n(n−1)) with m distinct tied pairs; 0 below two nodes. */
  density: number;
  /** Connected components, each isolate counting as one. */
  components: number;
  /** Nodes with no tie. */
  isolates: number;
  /** Nodes per kind, every kind listed (0 when absent), in the vocabulary's order. */
  byKind: Record<NodeKind, number>;
  /** Ties per type, every type listed, in the vocabulary's order. */
  byType: Record<TieType, number>;
}

/** Summarises the snapshot at `at` (default: the latest date in the data). */
export function summarize(project: Project, at?: IsoDate): Summary {
  const date = at ?? latestDate(project);
  const graph = snapshotAt(project, date);
  const byKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const byType = Object.fromEntries(TIE_TYPES.map((t) => [t, 0])) as Record<TieType, number>;
  graph.forEachNode((_, node) => byKind[node.kind]++);
  graph.forEachEdge((_, tie) => byType[tie.type]++);

  let pairEnds = 0;
  let isolates = 0;
  let components = 0;
  const seen = new Set<string>();
  graph.forEachNode((start) => {
    const neighbours = graph.neighbors(start).length;
    pairEnds += neighbours;
    if (neighbours === 0) isolates++;
    if (seen.has(start)) return;
    components++;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      graph.forEachNeighbor(stack.pop()!, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      });
    }
  });
  const n = graph.order;
  return {
    at: date ?? null,
    nodes: n,
    ties: graph.size,
    density: n < 2 ? 0 : pairEnds / (n * (n - 1)),
    components,
    isolates,
    byKind,
    byType,
  };
}
