// The typed graphology graph that every metric and view works on.
import { MultiUndirectedGraph } from "graphology";
import type { Node, Tie } from "./schema.ts";

/** Node attributes in the graph: the node record itself. */
export type NodeAttributes = Node;
/** Edge attributes in the graph: the tie record itself (the edge key is the tie id). */
export type TieAttributes = Tie;
/** Graph attributes: the snapshot date, when the graph is a snapshot, and the project's tie weight. */
export interface GraphAttributes {
  /** The snapshot date, or undefined for the whole project regardless of time. */
  at?: string;
  /**
   * Which tie value strength sums (the project's `meta.weight`, see model/weight.ts): `"strength"`,
   * a tie attribute's name, or null (every tie 1). Undefined reads as `"strength"`, the default.
   */
  weight?: string | null;
}

/**
 * A recovery network. Undirected (DESIGN.md: metrics are undirected) and multi, since two
 * people can share a family tie and a risk tie at once; a tie's own `directed` flag is kept.
 */
export type RecoveryGraph = MultiUndirectedGraph<NodeAttributes, TieAttributes, GraphAttributes>;

/** Builds a graph from nodes and the ties among them (ties to absent nodes are skipped). */
export function buildGraph(
  nodes: Iterable<Node>,
  ties: Iterable<Tie>,
  attributes: GraphAttributes = {},
): RecoveryGraph {
  const graph: RecoveryGraph = new MultiUndirectedGraph<NodeAttributes, TieAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);
  for (const node of nodes) graph.addNode(node.id, node);
  for (const tie of ties) {
    if (graph.hasNode(tie.source) && graph.hasNode(tie.target)) {
      graph.addEdgeWithKey(tie.id, tie.source, tie.target, tie);
    }
  }
  return graph;
}
