// The controlled vocabularies of the data model (DESIGN.md, "Data model").

/** What a node is. Unknown kinds in generic graphs become `community_member` unless mapped. */
export const NODE_KINDS = [
  "service_user",
  "peer_mentor",
  "family",
  "friend",
  "worker",
  "community_member",
  "group",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A person's substance use status, where it is recorded. */
export const USE_STATUSES = ["active_use", "reduced_use", "abstinent", "in_recovery", "unknown"] as const;
export type UseStatus = (typeof USE_STATUSES)[number];

/** What a group is for. */
export const GROUP_TYPES = [
  "mutual_aid",
  "recovery_community",
  "treatment_service",
  "faith",
  "sport",
  "arts",
  "education",
  "employment",
  "volunteering",
  "housing",
  "other",
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** What a tie is. `membership` links a person to a group; `group_link` links two groups. */
export const TIE_TYPES = [
  "family",
  "partner",
  "friend",
  "peer_support",
  "mentoring",
  "professional",
  "membership",
  "group_link",
  "other",
] as const;
export type TieType = (typeof TIE_TYPES)[number];

/** Whether a tie supports recovery, is neutral, or is a risk (e.g. someone they use with). */
export const VALENCES = ["supportive", "neutral", "risk"] as const;
export type Valence = (typeof VALENCES)[number];

/** Tie strength bounds (contact and closeness) and the default when a file gives none. */
export const MIN_STRENGTH = 1;
export const MAX_STRENGTH = 5;
export const DEFAULT_STRENGTH = 3;

/** Kinds that are people (everything but `group`). */
export const PERSON_KINDS: readonly NodeKind[] = NODE_KINDS.filter((k) => k !== "group");

/** True when a node of this kind is a person rather than a group. */
export function isPersonKind(kind: NodeKind): boolean {
  return kind !== "group";
}
