// Louvain communities with graphology-communities-louvain and an injected seeded generator, so a
// run is reproducible. The library rejects multi graphs, so it gets the collapsed simple graph,
// keyed by node index: graphology keeps neighbours in plain objects, where an id such as
// "constructor" would find Object's own property and look like an existing edge.
import { UndirectedGraph } from "graphology";
import louvainLibrary from "graphology-communities-louvain";
import { createRng } from "../../random.ts";
import type { Csr } from "../csr.ts";

/** Community of every node (numbered from 0) for a seed and resolution. */
export function louvainCommunities(csr: Pick<Csr, "ids" | "offsets" | "neighbors">, seed = 1, resolution = 1): Int32Array {
  const { ids, offsets, neighbors } = csr;
  const n = ids.length;
  const labels = new Int32Array(n);
  if (n === 0) return labels;
  const graph = new UndirectedGraph();
  for (let v = 0; v < n; v++) graph.addNode(String(v));
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = neighbors[k];
      if (w > v) graph.addUndirectedEdge(String(v), String(w));
    }
  }
  const mapping = louvainLibrary(graph, { rng: createRng(seed), resolution, getEdgeWeight: null });
  for (let v = 0; v < n; v++) labels[v] = mapping[String(v)];
  return labels;
}
