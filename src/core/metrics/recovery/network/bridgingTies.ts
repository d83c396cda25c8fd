// Bridging between recovery-oriented groups and wider-community groups.
import { NO_PARAMS, networkIndicator } from "../indicator.ts";
import { isCommunityGroup, isRecoveryGroup } from "../sides.ts";

/** Ties that join a recovery-oriented group to a wider-community group directly. */
export const bridgingTies = networkIndicator({
  id: "bridging_ties",
  label: "Bridging ties between groups",
  meaning: "How many direct links there are between recovery groups and groups in the wider community.",
  definition:
    "The number of ties (any type, usually group_link) whose one end is a recovery-oriented group " +
    "and whose other end is a wider-community group (neither recovery-oriented nor a treatment service).",
  params: NO_PARAMS,
  value: (graph) =>
    graph.filterEdges(
      (_id, _tie, _s, _t, a, b) =>
        (isRecoveryGroup(a) && isCommunityGroup(b)) || (isCommunityGroup(a) && isRecoveryGroup(b)),
    ).length,
});

/** People who belong to both a recovery-oriented group and a wider-community group. */
export const bridgingPeople = networkIndicator({
  id: "bridging_people",
  label: "People bridging recovery and community groups",
  meaning: "How many people belong both to a recovery group and to a group in the wider community.",
  definition:
    "The number of people with a tie to at least one recovery-oriented group and a tie to at least " +
    "one wider-community group.",
  params: NO_PARAMS,
  value: (graph) =>
    graph.filterNodes((id, node) => {
      if (node.kind === "group") return false;
      const groups = graph.neighbors(id).map((g) => graph.getNodeAttributes(g));
      return groups.some(isRecoveryGroup) && groups.some(isCommunityGroup);
    }).length,
});
