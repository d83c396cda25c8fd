// What changed for one person between the previous review and the date shown: the ties gained
// and lost (matched by tie id, as the change indicators do) with who is at the other end, and
// each observed measure before and now. The Journey view draws it and `journeyText` words it.
import type { IsoDate } from "../model/dates.ts";
import type { Project, Tie } from "../model/schema.ts";
import { isActiveAt, snapshotAt } from "../model/snapshot.ts";
import type { NodeKind } from "../model/vocabulary.ts";
import { observationIndex, observationsOf, valueAt, type ValueAt } from "../model/valuesAt.ts";
import { tieChanges } from "../metrics/recovery/tieChange.ts";

/** A tie gained or lost, with the alter's kind. */
export interface ChangedTie {
  tie: Tie;
  alter: string;
  alterKind: NodeKind;
}

/** A tie to the same alter ended and started again with another strength or valence (as a review records a changed answer). */
export interface RecordedAgainTie {
  before: Tie;
  after: Tie;
  alter: string;
  alterKind: NodeKind;
}

/** One measure before and now. */
export interface MeasureChange {
  measure: string;
  label: string;
  before: ValueAt | undefined;
  now: ValueAt | undefined;
}

/** What changed between `previousAt` and `at`. */
export interface JourneyChange {
  person: string;
  at: IsoDate;
  /**
   * The previous review's date and label ("Q8"); undefined when there is no earlier review, or
   * when the person was not yet (or no longer) in the network at it.
   */
  previous: { date: IsoDate; label: string } | undefined;
  /**
   * The date the person joined the service, when `previousAt` is before it: this is their first
   * review since joining, so there is nothing of theirs to compare with.
   */
  joined?: IsoDate;
  /** Ties to alters the person had no tie to at the previous review. */
  gained: ChangedTie[];
  /** Ties to alters the person has no tie to any more. */
  lost: ChangedTie[];
  /**
   * Alters whose tie ended on the day a new tie to them started (a review ended the tie and
   * started a new one with a changed answer): the strongest tie before and now. Their ties are
   * not counted as gained or lost.
   */
  changed: RecordedAgainTie[];
  /** Every measure observed for the person (use status first), before and now. */
  measures: MeasureChange[];
}

/**
 * The review a person's journey at `at` compares with: the last wave before `at`, when the person
 * was in the network on that date; undefined when there is no earlier wave or the person was not
 * in the network then (their first review since joining). Dates are ISO days.
 */
export function previousReviewAt(project: Project, person: string, at: IsoDate): IsoDate | undefined {
  const node = project.nodes.find((n) => n.id === person);
  let best: IsoDate | undefined;
  for (const wave of project.waves) if (wave.date < at && (best === undefined || wave.date > best)) best = wave.date;
  if (best === undefined || node === undefined || !isActiveAt(node, best)) return undefined;
  return best;
}

/**
 * The change for `person` from the review at `previousAt` (a wave date, or undefined for none) to
 * `at`. When the person was not in the network at `previousAt` (they joined after it), there is
 * nothing to compare: `previous` is undefined and `joined` gives their start date. Throws when
 * `person` is not a node of the project.
 */
export function journeyChange(project: Project, person: string, at: IsoDate, previousAt: IsoDate | undefined): JourneyChange {
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  if (!byId.has(person)) throw new Error(`core/journey: no node "${person}" in the project; choose a person on the map or in the nodes table`);
  const index = observationIndex(project);
  const observed = index.measures.filter((m) => observationsOf(index, person, m.measure).length > 0);
  const ordered = [...observed.filter((m) => m.measure === "use_status"), ...observed.filter((m) => m.measure !== "use_status")];
  const measures = ordered.map((m) => ({
    measure: m.measure,
    label: m.label,
    before: previousAt === undefined ? undefined : valueAt(index, person, m.measure, previousAt),
    now: valueAt(index, person, m.measure, at),
  }));
  const node = byId.get(person)!;
  if (previousAt !== undefined && !isActiveAt(node, previousAt)) {
    const joined = node.start !== undefined && node.start > previousAt ? node.start : undefined;
    return { person, at, previous: undefined, ...(joined ? { joined } : {}), gained: [], lost: [], changed: [], measures: measures.map((m) => ({ ...m, before: undefined })) };
  }
  if (previousAt === undefined) return { person, at, previous: undefined, gained: [], lost: [], changed: [], measures };
  const { gained, lost } = tieChanges(snapshotAt(project, at), snapshotAt(project, previousAt), person);
  // (by tie id, as the change indicators count them)
  const withAlter = (tie: Tie): ChangedTie => {
    const alter = tie.source === person ? tie.target : tie.source;
    return { tie, alter, alterKind: byId.get(alter)!.kind };
  };
  // A tie that ended on the day another tie to the same alter started (as an interview records a
  // changed answer: it ends the tie and starts a new one on the review's date) is a change of that
  // tie, not a tie lost and one gained.
  const gainedTies = gained.map(withAlter);
  const lostTies = lost.map(withAlter);
  const strongest = (ties: ChangedTie[]) => ties.reduce((a, b) => (b.tie.strength > a.tie.strength ? b : a));
  const changed: RecordedAgainTie[] = [];
  for (const alter of new Set(gainedTies.map((t) => t.alter))) {
    const ended = lostTies.filter((l) => l.alter === alter && l.tie.end !== undefined);
    const started = gainedTies.filter((g) => g.alter === alter && ended.some((l) => l.tie.end === g.tie.start));
    if (started.length === 0) continue;
    const was = strongest(ended.filter((l) => started.some((g) => g.tie.start === l.tie.end)));
    const is = strongest(started);
    changed.push({ before: was.tie, after: is.tie, alter, alterKind: is.alterKind });
  }
  const moved = new Set(changed.map((c) => c.alter));
  const label = project.waves.find((w) => w.date === previousAt)?.label ?? previousAt;
  return {
    person, at, previous: { date: previousAt, label },
    gained: gainedTies.filter((t) => !moved.has(t.alter)), lost: lostTies.filter((t) => !moved.has(t.alter)), changed, measures,
  };
}
