// How much work the shortest-path metrics (betweenness, closeness) of a snapshot are: one
// breadth-first search per node, each visiting every node and tie. The page uses it to decide
// whether its metrics worker computes a date's full report, the command line whether threads pay.

/** A graph's size: a graphology graph, or counts alone. */
export interface GraphSize {
  /** Nodes. */
  readonly order: number;
  /** Ties (edges). */
  readonly size: number;
}

/**
 * The work of the shortest-path pass, nodes × (nodes + ties): n breadth-first searches of
 * O(n + m) each (Brandes 2001, "A faster algorithm for betweenness centrality", unweighted case).
 * A count of steps, not a time. Errors: throws on a negative or non-whole count.
 */
export function shortestPathWork(graph: GraphSize): number {
  const { order, size } = graph;
  if (!Number.isSafeInteger(order) || !Number.isSafeInteger(size) || order < 0 || size < 0) {
    throw new Error(`recovery-networks/shortestPathWork: order and size must be whole numbers of at least 0 (got ${order} nodes, ${size} ties)`);
  }
  return order * (order + size);
}
