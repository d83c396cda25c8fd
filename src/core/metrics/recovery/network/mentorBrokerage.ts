// The peer mentors' share of brokerage: how much of the network's bridging runs through mentors.
import type { RecoveryGraph } from "../../../model/graph.ts";
import { computeStructural } from "../../structural/index.ts";
import { NO_PARAMS, networkIndicator } from "../indicator.ts";

/**
 * Normalised betweenness of every node on the snapshot with parallel ties collapsed (the
 * structural `betweenness` metric: undirected, unweighted, as networkx `betweenness_centrality`).
 */
export function simpleBetweenness(graph: RecoveryGraph): Map<string, number> {
  const { nodes } = computeStructural(graph, { node: ["betweenness"], network: [] });
  return new Map([...nodes].map(([id, values]) => [id, values.betweenness]));
}

/**
 * Σ betweenness of peer mentors / Σ betweenness of all nodes; NaN when nobody brokers.
 * `betweenness` may be given when it is already computed (any normalisation: the ratio is the same).
 */
export function mentorBrokerageShare(graph: RecoveryGraph, betweenness: Map<string, number> = simpleBetweenness(graph)): number {
  let mentors = 0;
  let total = 0;
  for (const [id, value] of betweenness) {
    if (!graph.hasNode(id)) continue;
    total += value;
    if (graph.getNodeAttribute(id, "kind") === "peer_mentor") mentors += value;
  }
  return total === 0 ? Number.NaN : mentors / total;
}

/** The descriptor for `mentorBrokerageShare`. */
export const mentorBrokerage = networkIndicator({
  id: "mentor_brokerage_share",
  label: "Peer mentors' share of brokerage",
  meaning: "How much of the linking-up in the network runs through peer mentors, from 0 to 1.",
  definition:
    "The sum of the betweenness centralities of the peer mentors divided by the sum over all nodes " +
    "(undirected, unweighted, parallel ties collapsed; the ratio does not depend on normalisation). " +
    "Undefined (null) when no node lies between two others.",
  params: NO_PARAMS,
  value: (graph) => mentorBrokerageShare(graph),
});
