// Shares of service users who have a group, a supportive peer, a mentor; and isolated service users.
import type { RecoveryGraph } from "../../../model/graph.ts";
import type { NetworkMetricDescriptor } from "../../descriptor.ts";
import { egoTies } from "../ego.ts";
import { NO_PARAMS, networkIndicator } from "../indicator.ts";
import { hasPeerMentor } from "../peerMentorTie.ts";

/** True when `person` has at least one tie to a node of kind group. */
export function inAGroup(graph: RecoveryGraph, person: string): boolean {
  return egoTies(graph, person).some((t) => t.alterNode.kind === "group");
}

/** True when `person` has a supportive tie to a service user or a peer mentor. */
export function hasSupportivePeer(graph: RecoveryGraph, person: string): boolean {
  return egoTies(graph, person).some(
    (t) => t.tie.valence === "supportive" && (t.alterNode.kind === "service_user" || t.alterNode.kind === "peer_mentor"),
  );
}

function serviceUsers(graph: RecoveryGraph): string[] {
  return graph.filterNodes((_id, node) => node.kind === "service_user");
}

/** The share of service users for whom `test` holds; NaN without service users. */
function shareOf(graph: RecoveryGraph, test: (person: string) => boolean): number {
  const users = serviceUsers(graph);
  return users.length === 0 ? Number.NaN : users.filter(test).length / users.length;
}

const OF_SERVICE_USERS = "divided by the number of service users in the snapshot; undefined (null) when there are none.";

/** Service users with at least one tie to a group. */
export const shareWithGroup = networkIndicator({
  id: "share_with_group",
  label: "Service users in a group",
  meaning: "The part of service users who belong to at least one group, from 0 to 1.",
  definition: `The number of service users with at least one tie to a node of kind group, ${OF_SERVICE_USERS}`,
  params: NO_PARAMS,
  value: (graph) => shareOf(graph, (p) => inAGroup(graph, p)),
});

/** Service users with at least one supportive tie to a peer in recovery. */
export const shareWithSupportivePeer = networkIndicator({
  id: "share_with_supportive_peer",
  label: "Service users with a supportive peer",
  meaning: "The part of service users who have at least one supportive tie with another person in recovery.",
  definition:
    "The number of service users with at least one tie of valence supportive to a service user or a " +
    `peer mentor, ${OF_SERVICE_USERS}`,
  params: NO_PARAMS,
  value: (graph) => shareOf(graph, (p) => hasSupportivePeer(graph, p)),
});

/** Service users with a peer mentor. */
export const shareWithMentor = networkIndicator({
  id: "share_with_mentor",
  label: "Service users with a peer mentor",
  meaning: "The part of service users who are linked to a peer mentor, from 0 to 1.",
  definition: `The number of service users with peer_mentor_tie = 1, ${OF_SERVICE_USERS}`,
  params: NO_PARAMS,
  value: (graph) => shareOf(graph, (p) => hasPeerMentor(graph, p)),
});

/** Service users without any tie. */
export const isolatedServiceUsers = networkIndicator({
  id: "isolated_service_users",
  label: "Isolated service users",
  meaning: "How many service users have no ties at all at this date.",
  definition: "The number of nodes of kind service_user with degree 0 in the snapshot.",
  params: NO_PARAMS,
  value: (graph) => serviceUsers(graph).filter((p) => graph.degree(p) === 0).length,
});

/** The four service-user indicators. */
export const SERVICE_USER_INDICATORS: readonly NetworkMetricDescriptor[] = [
  shareWithGroup,
  shareWithSupportivePeer,
  shareWithMentor,
  isolatedServiceUsers,
];
