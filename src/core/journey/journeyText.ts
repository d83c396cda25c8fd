// The short text of what changed since the previous review, for a worker and a client to read
// together: "Since the April 2014 review (Q8) Sam gained a peer mentor and lost 2 supportive ties;
// BARC-10 rose from 31 to 38." Plain words, no jargon, exact counts.
import type { IsoDate } from "../model/dates.ts";
import type { Node } from "../model/schema.ts";
import { describeSpells } from "../model/spells.ts";
import { VALENCES, type NodeKind } from "../model/vocabulary.ts";
import type { JourneyChange, MeasureChange } from "./journeyChange.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2014-04-01" → "April 2014". */
export function monthYear(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** What an alter of each kind is to the person: one, many. */
const KIND_NOUNS: Record<NodeKind, [string, string]> = {
  family: ["family member", "family members"],
  friend: ["friend", "friends"],
  community_member: ["person from the community", "people from the community"],
  service_user: ["peer", "peers"],
  peer_mentor: ["peer mentor", "peer mentors"],
  worker: ["worker", "workers"],
  group: ["group", "groups"],
};
const KIND_ORDER: readonly NodeKind[] = ["peer_mentor", "service_user", "family", "friend", "community_member", "group", "worker"];

/** "a peer mentor", "2 friends". */
function count(n: number, [one, many]: [string, string]): string {
  return n === 1 ? `${/^[aeiou]/.test(one) ? "an" : "a"} ${one}` : `${n} ${many}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function gainedWords(change: JourneyChange): string | undefined {
  if (change.gained.length === 0) return undefined;
  const alters = new Map<NodeKind, Set<string>>();
  for (const t of change.gained) alters.set(t.alterKind, (alters.get(t.alterKind) ?? new Set()).add(t.alter));
  const parts = KIND_ORDER.filter((k) => alters.has(k)).map((k) => count(alters.get(k)!.size, KIND_NOUNS[k]));
  const risk = change.gained.filter((t) => t.tie.valence === "risk").length;
  const note = risk === 0 ? "" : change.gained.length === 1 ? " (a risk tie)" : ` (${risk} of the ${change.gained.length} new ties ${risk === 1 ? "is a risk tie" : "are risk ties"})`;
  return `gained ${listWords(parts)}${note}`;
}

function lostWords(change: JourneyChange): string | undefined {
  if (change.lost.length === 0) return undefined;
  const parts = VALENCES.map((v) => [v, change.lost.filter((t) => t.tie.valence === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => count(n, [`${v} tie`, `${v} ties`]));
  return `lost ${listWords(parts)}`;
}

/** "the tie to a friend went from risk to neutral", "the tie to a group became closer", "2 ties changed" (ties recorded again with another answer). */
function changedWords(change: JourneyChange): string | undefined {
  if (change.changed.length === 0) return undefined;
  if (change.changed.length === 1) {
    const [c] = change.changed;
    const to = `the tie to ${count(1, KIND_NOUNS[c.alterKind])}`;
    if (c.before.valence !== c.after.valence) return `${to} went from ${c.before.valence} to ${c.after.valence}`;
    return `${to} became ${c.after.strength > c.before.strength ? "closer" : c.after.strength < c.before.strength ? "less close" : "different"}`;
  }
  return `${change.changed.length} ties changed how close or how helpful they are`;
}

function shown(value: unknown): string {
  return String(value).replace(/_/g, " ");
}

/** "BARC-10 rose from 31 to 38", "use status changed from active use to reduced use", "BARC-10 stayed at 17". */
function measureWords(m: MeasureChange, compared: boolean): string | undefined {
  if (m.now === undefined) return undefined;
  const label = m.measure === "use_status" ? "use status" : m.label;
  const now = m.now.value;
  if (!compared || m.before === undefined) return `${label} is ${shown(now)}`;
  const before = m.before.value;
  if (typeof now === "number" && typeof before === "number") {
    return now > before ? `${label} rose from ${before} to ${now}` : now < before ? `${label} fell from ${before} to ${now}` : `${label} stayed at ${now}`;
  }
  return before === now ? `${label} stayed ${shown(now)}` : `${label} changed from ${shown(before)} to ${shown(now)}`;
}

/**
 * The change in words, one or two sentences. `name` is what to call the person (a first name,
 * or the id while names are hidden). Ties gained are named by who they are with (distinct
 * people and groups, by kind), ties lost by valence (each tie counted), as a worker asks "who is
 * new?" and "what support went?".
 */
export function journeyText(change: JourneyChange, name: string): string {
  const compared = change.previous !== undefined;
  const measures = change.measures.map((m) => measureWords(m, compared)).filter((w): w is string => w !== undefined);
  const tail = measures.length > 0 ? `; ${listWords(measures)}.` : ".";
  if (!change.previous) {
    const first = measures.length > 0 ? ` ${capitalise(listWords(measures))}.` : "";
    if (change.joined) return `This is ${name}'s first review since joining the service on ${change.joined}: there is no earlier review of theirs to compare with.${first}`;
    return `This is ${name}'s first review: there is no earlier review to compare with.${first}`;
  }
  const since = `Since the ${monthYear(change.previous.date)} review (${change.previous.label})`;
  const ties = [gainedWords(change), lostWords(change)].filter((w): w is string => w !== undefined);
  const recorded = changedWords(change);
  if (ties.length === 0) return recorded ? `${since} ${name}'s ${recorded.replace(/^the /, "")}${tail}` : `${since} ${name}'s ties have not changed${tail}`;
  // "gained a, b and c, and lost d": a comma when a list of its own already has an "and".
  const long = ties.some((t) => t.includes(" and "));
  // A tie recorded again with a changed answer is its own clause: "…lost a risk tie; the tie to a friend went from risk to neutral."
  return `${since} ${name} ${ties.join(long ? ", and " : " and ")}${recorded ? `; ${recorded}` : ""}${tail}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * When a client is in the service, in words for the review's heading: "In the service from
 * 2013-01-01 until 2014-06-01." — or each spell when they left and came back ("In the service
 * 2013-01-01 until 2013-06-01; 2014-01-01 onwards."), not the outer span that would hide the gap.
 */
export function inServiceWords(node: Pick<Node, "start" | "end" | "spells">): string {
  if (node.spells !== undefined && node.spells.length > 1) return `In the service ${describeSpells(node.spells)}.`;
  return `In the service ${node.start ? `from ${node.start}` : "throughout"}${node.end ? ` until ${node.end}` : ""}.`;
}
