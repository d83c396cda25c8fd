// What an interview records in the project, and the list the review screen shows before Save.
//
// The rules (issue 12), so history is kept and nothing is deleted:
// - the review is a wave at its date (added, "Review <date>", when no wave is on that date);
// - a new name becomes a node of its kind, present from the date; a new person's id is made from
//   their kind, not their name; a "Peer" is a community member tied by peer support; a new group
//   records its answer to "Is it a recovery group?" (`recoveryGroupFields`);
// - a new tie to the client starts on the date (type from the kind, strength from the ring,
//   valence from the answer; an unanswered one is recorded as neutral, and the review screen says so);
// - a tie the client says No to ("Is Sam still someone you see?") ends on the date; a review with
//   someone not answered for is refused (it never ends a tie without an explicit No);
// - a tie whose ring or answer changed ends on the date and a new one with the new values starts
//   on it, so the journey shows what it was before and what it is now;
// - a tie that had started on the date itself (the same day's review, done again) is replaced or
//   removed instead of ended, since a tie from a date to the same date was never there;
// - pairs who know each other become ties between them from the date (membership for a person
//   and a group, group link for two groups, "other" for two people; neutral, strength 3). Ties
//   already there between two of them are left as they are: a client saying nothing about two
//   other people is no news that their tie ended.
import type { Node, Project, Tie, Wave } from "../model/schema.ts";
import { isActiveAt } from "../model/snapshot.ts";
import { DEFAULT_STRENGTH, type NodeKind, type TieType, type Valence } from "../model/vocabulary.ts";
import { newId } from "../edit/ids.ts";
import { egoTiesAt, strongestTie } from "./lastReview.ts";
import { recoveryGroupFields, TIE_TYPE_OF_KIND } from "./questions.ts";
import { isKept, keptAlters, unansweredStill, type InterviewAlter, type InterviewState, type Pair } from "./state.ts";

/** One tie of the client as the review screen lists it. */
export interface PlannedTie {
  key: string;
  label: string;
  kind: NodeKind;
  strength: number;
  valence: Valence;
  /** True when the valence was not answered (recorded as neutral). */
  unanswered?: boolean;
}

/** A tie whose ring or answer changed: before and after. */
export interface ChangedTie {
  key: string;
  label: string;
  before: { strength: number; valence: Valence };
  after: { strength: number; valence: Valence };
}

/** What Save will record, in the words of the review screen. */
export interface InterviewPlan {
  /** The wave added for the review, or undefined when one is already on the date. */
  wave: Wave | undefined;
  /** New people and groups (nodes); `recovery`: a new group's answer to "Is it a recovery group?" (undefined: not answered). */
  newPeople: { key: string; label: string; kind: NodeKind; tieType?: TieType; recovery?: boolean }[];
  /** New ties to the client (to new people or to people already in the project). */
  newTies: PlannedTie[];
  /** Ties ended on the date: the client no longer sees them. */
  endedTies: { key: string; label: string }[];
  /** Ties ended and started again with a new ring or answer. */
  changedTies: ChangedTie[];
  /** Ties confirmed as they were. */
  keptTies: PlannedTie[];
  /** New ties between two of the people named: their names. */
  newPairs: [string, string][];
}

/** The type of a tie between two alters who know each other. */
function pairType(a: NodeKind, b: NodeKind): TieType {
  if (a === "group" && b === "group") return "group_link";
  if (a === "group" || b === "group") return "membership";
  return "other";
}

/**
 * The node id of each alter: its own for people in the project, a new one for new names. A new
 * person's id is made from their kind ("family-2", "peer"), never from their name, so "Hide
 * names" (which shows ids) hides them; a group's from its name ("tuesday-recovery-cafe").
 */
function nodeIdsOf(project: Project, alters: readonly InterviewAlter[]): Map<string, string> {
  const taken = new Set(project.nodes.map((n) => n.id));
  const out = new Map<string, string>();
  for (const a of alters) {
    const base = a.kind === "group" ? a.label : a.tieType === "peer_support" ? "peer" : a.kind;
    const id = a.nodeId ?? newId(base, taken, a.kind === "group" ? "group" : "person");
    taken.add(id);
    out.set(a.key, id);
  }
  return out;
}

/** The pairs among the interview's people (by key) already tied in `project` on the date. */
export function knownPairs(project: Project, state: InterviewState): Pair[] {
  const keyOf = new Map(state.alters.filter((a) => a.nodeId !== undefined).map((a) => [a.nodeId!, a.key]));
  const out: Pair[] = [];
  const seen = new Set<string>();
  for (const tie of project.ties) {
    const a = keyOf.get(tie.source);
    const b = keyOf.get(tie.target);
    if (a === undefined || b === undefined || a === b || !isActiveAt(tie, state.date)) continue;
    const key = [a, b].sort().join("\u0000");
    if (!seen.has(key)) {
      seen.add(key);
      out.push([a, b]);
    }
  }
  return out;
}

/**
 * What `state` records in `project` (see the rules at the top of this file): the new project (not
 * changing `project`) and the plan the review screen lists. New ids are made with `newId`.
 * @throws Error when the client is not present on the date, or someone named from the project is
 * no longer in it (the message names them and says what to do).
 */
export function planInterview(project: Project, state: InterviewState): { project: Project; plan: InterviewPlan } {
  const { client, date } = state;
  const clientNode = project.nodes.find((n) => n.id === client);
  if (!clientNode) throw new Error(`core/interview: no client "${client}" in the project; start the review again from the client's journey`);
  if (!isActiveAt(clientNode, date)) throw new Error(`core/interview: ${clientNode.label} is not in the service on ${date}; change the review's date`);
  const nodeById = new Map(project.nodes.map((n) => [n.id, n]));
  for (const a of state.alters) {
    if (a.nodeId !== undefined && !nodeById.has(a.nodeId)) throw new Error(`core/interview: ${a.label} (${a.nodeId}) is no longer in the project; remove them from the interview`);
  }
  const unanswered = unansweredStill(state);
  if (unanswered.length > 0) {
    const names = unanswered.map((a) => a.label).join(", ");
    throw new Error(`core/interview: ${unanswered.length === 1 ? "1 person has" : `${unanswered.length} people have`} no answer to "still someone you see?" (${names}); go back and tap Yes or No for each`);
  }
  const kept = keptAlters(state);
  const ids = nodeIdsOf(project, state.alters);
  const tieIds = new Set(project.ties.map((t) => t.id));
  const tieId = (a: string, b: string) => {
    const id = newId(`${a}-${b}-${date}`, tieIds, "tie");
    tieIds.add(id);
    return id;
  };
  const plan: InterviewPlan = { wave: undefined, newPeople: [], newTies: [], endedTies: [], changedTies: [], keptTies: [], newPairs: [] };

  // Ties to end (id → true) or remove (started on the date), and ties to add.
  const ending = new Set<string>();
  const added: Tie[] = [];
  const egoTies = egoTiesAt(project, client, date);
  const newTie = (alter: InterviewAlter, type: TieType, valence: Valence): Tie => ({
    id: tieId(client, ids.get(alter.key)!), source: client, target: ids.get(alter.key)!, type, valence,
    strength: alter.strength, start: date, attributes: {},
  });
  for (const alter of state.alters) {
    const current = alter.nodeId !== undefined ? egoTies.get(alter.nodeId) : undefined;
    const valence = alter.valence ?? "neutral";
    const shown = { key: alter.key, label: alter.label, kind: alter.kind, strength: alter.strength, valence };
    if (!isKept(alter)) {
      if (current) {
        for (const t of current) ending.add(t.id);
        plan.endedTies.push({ key: alter.key, label: alter.label });
      }
      continue;
    }
    if (!current) {
      added.push(newTie(alter, alter.tieType ?? TIE_TYPE_OF_KIND[alter.kind], valence));
      plan.newTies.push(alter.valence === undefined ? { ...shown, unanswered: true } : shown);
      continue;
    }
    const was = strongestTie(current);
    if (was.strength === alter.strength && was.valence === valence) {
      plan.keptTies.push(shown);
      continue;
    }
    for (const t of current) ending.add(t.id);
    added.push(newTie(alter, was.type, valence));
    plan.changedTies.push({ key: alter.key, label: alter.label, before: { strength: was.strength, valence: was.valence }, after: { strength: alter.strength, valence } });
  }

  // New people, present from the date.
  const nodes: Node[] = [...project.nodes];
  for (const alter of kept) {
    if (alter.nodeId !== undefined) continue;
    const id = ids.get(alter.key)!;
    const group = alter.kind === "group" ? recoveryGroupFields(alter.label.trim(), alter.recovery) : {};
    nodes.push({ id, label: alter.label.trim(), kind: alter.kind, ...group, start: date, attributes: {} });
    plan.newPeople.push({ key: alter.key, label: alter.label.trim(), kind: alter.kind, ...(alter.tieType !== undefined ? { tieType: alter.tieType } : {}), ...(alter.kind === "group" ? { recovery: alter.recovery } : {}) });
  }

  // Pairs who know each other, unless already tied.
  const keptKeys = new Map(kept.map((a) => [a.key, a]));
  const known = new Set(knownPairs(project, state).map((p) => [...p].sort().join("\u0000")));
  const told = new Set<string>();
  for (const [a, b] of state.pairs) {
    const first = keptKeys.get(a);
    const second = keptKeys.get(b);
    const key = [a, b].sort().join("\u0000");
    if (!first || !second || a === b || known.has(key) || told.has(key)) continue;
    told.add(key);
    added.push({ id: tieId(ids.get(a)!, ids.get(b)!), source: ids.get(a)!, target: ids.get(b)!, type: pairType(first.kind, second.kind), valence: "neutral", strength: DEFAULT_STRENGTH, start: date, attributes: {} });
    plan.newPairs.push([first.label, second.label]);
  }

  const ties: Tie[] = [];
  for (const t of project.ties) {
    if (!ending.has(t.id)) ties.push(t);
    // A tie that started on the date (or later) ends before it began: it was never there.
    else if (t.start === undefined || t.start < date) ties.push({ ...t, end: date });
  }
  ties.push(...added);

  let waves = project.waves;
  if (!project.waves.some((w) => w.date === date)) {
    plan.wave = { id: newId(`review-${date}`, project.waves.map((w) => w.id), "review"), label: `Review ${date}`, date };
    waves = [...project.waves, plan.wave].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return { project: { ...project, nodes, ties, waves }, plan };
}

/** The project with `state`'s interview recorded in it (`planInterview`'s project). */
export function recordInterview(project: Project, state: InterviewState): Project {
  return planInterview(project, state).project;
}

/** The undo label of a saved interview: "Review with Alex Rivers on 2024-06-01". */
export function interviewLabel(project: Project, state: InterviewState): string {
  const name = project.nodes.find((n) => n.id === state.client)?.label ?? state.client;
  return `Review with ${name} on ${state.date}`;
}

/** The `drafts` key of a client's interview in progress. */
export function draftKey(client: string): string {
  return `interview:${client}`;
}

