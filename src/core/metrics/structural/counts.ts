// Network metrics: node count, tie count and linked-pair count of a snapshot.
import { z } from "zod";
import { networkMetric } from "./types.ts";

/** Number of nodes (people and groups) in the snapshot. */
export const nodeCountMetric = networkMetric({
  id: "node_count",
  label: "Nodes",
  meaning: "How many people and groups are in the network at this time.",
  definition: "Number of nodes in the snapshot.",
  params: z.object({}),
  compute: (cache) => cache.n,
});

/** Number of ties, parallel ties counted separately. */
export const tieCountMetric = networkMetric({
  id: "tie_count",
  label: "Ties",
  meaning: "How many relationships are recorded at this time.",
  definition: "Number of ties in the snapshot; two ties between the same pair count twice.",
  params: z.object({}),
  compute: (cache) => cache.graph.size,
});

/** Number of linked pairs: ties with parallel ties collapsed. */
export const linkedPairsMetric = networkMetric({
  id: "linked_pairs",
  label: "Linked pairs",
  meaning: "How many pairs of people or groups have at least one tie.",
  definition: "Number of edges of the simple undirected graph (parallel ties collapsed, self-ties dropped).",
  params: z.object({}),
  compute: (cache) => cache.csr.neighbors.length / 2,
});
