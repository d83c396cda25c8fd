// Which side of the recovery / wider-community divide a node is on. One place, so the E–I
// index, group memberships, bridging ties and the flags all use the same definitions.
import type { NodeAttributes } from "../../model/graph.ts";
import { isPersonKind } from "../../model/vocabulary.ts";

/** The group types that count as recovery-oriented when a group does not say `recovery_oriented`. */
export const RECOVERY_GROUP_TYPES: ReadonlySet<string> = new Set(["mutual_aid", "recovery_community"]);

/** True for people (every kind but `group`). */
export function isPerson(node: NodeAttributes): boolean {
  return isPersonKind(node.kind);
}

/**
 * True for a recovery-oriented group: `recovery_oriented` when the data says it, otherwise a
 * group whose `group_type` is `mutual_aid` or `recovery_community`.
 */
export function isRecoveryGroup(node: NodeAttributes): boolean {
  if (node.kind !== "group") return false;
  return node.recovery_oriented ?? (node.group_type !== undefined && RECOVERY_GROUP_TYPES.has(node.group_type));
}

/**
 * True for a wider-community group: a group that is not recovery-oriented and is not a
 * treatment service (services are professional support, not community).
 */
export function isCommunityGroup(node: NodeAttributes): boolean {
  return node.kind === "group" && !isRecoveryGroup(node) && node.group_type !== "treatment_service";
}

/** The two sides of the E–I index; `undefined` for nodes on neither side. */
export type Side = "recovery" | "community";

/**
 * The recovery community is service users, peer mentors and recovery-oriented groups; the wider
 * community is family, friends, community members and wider-community groups. Workers and
 * treatment services are on neither side.
 */
export function sideOf(node: NodeAttributes): Side | undefined {
  switch (node.kind) {
    case "service_user":
    case "peer_mentor":
      return "recovery";
    case "family":
    case "friend":
    case "community_member":
      return "community";
    case "group":
      return isRecoveryGroup(node) ? "recovery" : isCommunityGroup(node) ? "community" : undefined;
    default:
      return undefined;
  }
}
