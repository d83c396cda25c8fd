// Small graphs for the kernel tests, as CSR.
import { MultiUndirectedGraph } from "graphology";
import { toCsr, type Csr } from "../../../../src/core/metrics/csr.ts";

/** A graph from "a-b" edge strings, with nodes in first-seen order plus any extra isolates. */
export function csrOf(edges: string[], isolates: string[] = []): Csr {
  const graph = new MultiUndirectedGraph();
  for (const edge of edges) {
    const [a, b] = edge.split("-");
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b);
  }
  for (const id of isolates) graph.addNode(id);
  return toCsr(graph);
}

/** A graph on nodes 0 … n − 1 (ids "0" … "n-1", in that order) from index pairs. */
export function csrOfPairs(n: number, edges: readonly (readonly [number, number])[]): Csr {
  const graph = new MultiUndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (const [a, b] of edges) graph.addEdge(String(a), String(b));
  return toCsr(graph);
}
