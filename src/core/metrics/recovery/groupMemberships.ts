// Group memberships: all groups, recovery-oriented groups, and wider-community groups.
import type { NodeAttributes, RecoveryGraph } from "../../model/graph.ts";
import { alters } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";
import { isCommunityGroup, isRecoveryGroup } from "./sides.ts";

/** The number of distinct groups `person` has a tie with that pass `test`. */
export function groupCount(graph: RecoveryGraph, person: string, test: (node: NodeAttributes) => boolean): number {
  return alters(graph, person).filter((a) => test(graph.getNodeAttributes(a))).length;
}

const GROUP_COUNTING = "A group counts once however many ties the person has with it.";

/** Distinct groups of any kind. */
export const groupMemberships = personIndicator({
  id: "groups",
  label: "Group memberships",
  meaning: "How many groups this person belongs to or takes part in.",
  definition: `The number of distinct nodes of kind group the person has a tie with. ${GROUP_COUNTING}`,
  params: NO_PARAMS,
  value: (person, graph) => groupCount(graph, person, (n) => n.kind === "group"),
});

/** Distinct recovery-oriented groups. */
export const recoveryGroups = personIndicator({
  id: "recovery_groups",
  label: "Recovery-oriented groups",
  meaning: "How many recovery groups (mutual aid, recovery cafés and the like) this person belongs to.",
  definition:
    "The number of distinct recovery-oriented groups the person has a tie with: groups with " +
    "recovery_oriented = true, or, where that is not given, group_type mutual_aid or recovery_community. " +
    GROUP_COUNTING,
  params: NO_PARAMS,
  value: (person, graph) => groupCount(graph, person, isRecoveryGroup),
});

/** Distinct wider-community groups. */
export const communityGroups = personIndicator({
  id: "community_groups",
  label: "Wider-community groups",
  meaning: "How many groups in the wider community (sport, faith, arts, work, learning …) this person belongs to.",
  definition:
    "The number of distinct groups the person has a tie with that are neither recovery-oriented " +
    `nor a treatment service. ${GROUP_COUNTING}`,
  params: NO_PARAMS,
  value: (person, graph) => groupCount(graph, person, isCommunityGroup),
});
