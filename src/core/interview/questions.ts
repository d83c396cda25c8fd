// The mapping interview's words, in one place: the five questions that name people (name
// generators), the kinds a client picks from, the closeness rings, and the three answers about
// whether someone helps. Plain words a client can read (reading age about 9–11); the word
// "valence" is never shown.
import type { GroupType, NodeKind, TieType, Valence } from "../model/vocabulary.ts";

/** The ids of the five name generators, in the order they are asked. */
export const GENERATOR_IDS = ["time", "help", "crisis", "use", "groups"] as const;
export type GeneratorId = (typeof GENERATOR_IDS)[number];

/** One name generator: a question on its own screen, and a line that explains it. */
export interface NameGenerator {
  id: GeneratorId;
  /** The question, as asked: "Who do you spend most time with?". */
  question: string;
  /** A short hint under the question. */
  hint: string;
  /** The kind the kind buttons start on for a new name (groups for the groups question). */
  kind: NodeKind;
}

/** The five name generators of the interview (issue 12), in order. */
export const NAME_GENERATORS: readonly NameGenerator[] = [
  { id: "time", question: "Who do you spend most time with?", hint: "Family, friends, anyone you see a lot.", kind: "friend" },
  { id: "help", question: "Who helps you stay well?", hint: "People who help you with your recovery, in big or small ways.", kind: "friend" },
  { id: "crisis", question: "Who would you call in a crisis?", hint: "Someone you would phone if things went wrong.", kind: "family" },
  { id: "use", question: "Who do you use or drink with?", hint: "Now or lately. It is fine to say nobody.", kind: "friend" },
  { id: "groups", question: "Which groups, meetings or places do you go to?", hint: "Meetings, a café, a gym, a church, a class.", kind: "group" },
];

/** A kind a client picks for a new name, with the word on its button. */
export interface KindChoice {
  /** A stable id of the choice (the kind, or "peer"). */
  id: string;
  kind: NodeKind;
  word: string;
  /** The type of the new tie when it is not the kind's own (`TIE_TYPE_OF_KIND`). */
  tieType?: TieType;
}

/**
 * The six kinds offered for a new name (issue 12: family, friend, peer, mentor, worker, group).
 * A "Peer" named by a client is not a client of the service: a community member, tied by peer
 * support. Someone picked from the project's suggestions keeps their own kind.
 */
export const KIND_CHOICES: readonly KindChoice[] = [
  { id: "family", kind: "family", word: "Family" },
  { id: "friend", kind: "friend", word: "Friend" },
  { id: "peer", kind: "community_member", word: "Peer", tieType: "peer_support" },
  { id: "peer_mentor", kind: "peer_mentor", word: "Mentor" },
  { id: "worker", kind: "worker", word: "Worker" },
  { id: "group", kind: "group", word: "Group" },
];

/** The plain word for a node kind, as the interview shows it; `tieType` peer support makes a community member a "peer". */
export function kindWord(kind: NodeKind, tieType?: TieType): string {
  if (kind === "community_member") return tieType === "peer_support" ? "peer" : "community";
  if (kind === "service_user") return "client";
  return (KIND_CHOICES.find((c) => c.kind === kind)?.word ?? kind).toLowerCase();
}

/** The question asked for each new group (its answer sets `recovery_oriented`). */
export const RECOVERY_GROUP_QUESTION = "Is it a recovery group — like AA, NA, SMART, a recovery café?";

/**
 * What a new group's answer to `RECOVERY_GROUP_QUESTION` records: `recovery_oriented`, and a
 * `group_type` where the name makes it clear — a recovery group named like a mutual-aid
 * fellowship (AA, NA, CA, SMART, "Anonymous", "mutual aid") is `mutual_aid`, one named like a
 * café, hub or recovery community is `recovery_community`; otherwise no group type. Unanswered:
 * nothing (the group stays as unknown as before).
 */
export function recoveryGroupFields(label: string, recovery: boolean | undefined): { recovery_oriented?: boolean; group_type?: GroupType } {
  if (recovery === undefined) return {};
  if (!recovery) return { recovery_oriented: false };
  const name = label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  if (/\b(aa|na|ca|ga|smart|anonymous|mutual aid|12[- ]step)\b/.test(name)) return { recovery_oriented: true, group_type: "mutual_aid" };
  if (/\b(cafe|hub|recovery community)\b/.test(name)) return { recovery_oriented: true, group_type: "recovery_community" };
  return { recovery_oriented: true };
}

/**
 * The type of a new tie from the client to someone of this kind: family → family, friend and
 * community → friend, peer → peer support, mentor → mentoring, worker → professional, group →
 * membership.
 */
export const TIE_TYPE_OF_KIND: Record<NodeKind, TieType> = {
  family: "family",
  friend: "friend",
  community_member: "friend",
  service_user: "peer_support",
  peer_mentor: "mentoring",
  worker: "professional",
  group: "membership",
};

/** The rings, closest first: ring 1 is the closest (strength 5), ring 5 the furthest (strength 1). */
export const RING_WORDS: readonly string[] = ["Very close", "Close", "In between", "Not so close", "Distant"];

/** A tie's strength (1–5) from its ring (1 closest … 5 furthest), and back: the same map both ways. */
export function strengthOfRing(ring: number): number {
  return 6 - ring;
}

/** The three answers to "Does <name> help your recovery?", with their words. */
export const VALENCE_ANSWERS: readonly { valence: Valence; word: string }[] = [
  { valence: "supportive", word: "Helps" },
  { valence: "neutral", word: "Neither" },
  { valence: "risk", word: "Puts it at risk" },
];

/** The plain word of an answer: "helps", "neither", "puts it at risk". */
export function valenceWord(valence: Valence): string {
  return VALENCE_ANSWERS.find((a) => a.valence === valence)!.word.toLowerCase();
}
