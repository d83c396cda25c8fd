// One person's history for a review (the Journey view): their indicators and observed measures at
// every review point while they are in the network, and their use status over time. The review
// points are the timeline's steps (waves, or quarters for a project without waves); the
// indicators are the recovery indicators' own `value` functions, on the snapshot at each point.
import type { IsoDate } from "../model/dates.ts";
import type { Node, Project } from "../model/schema.ts";
import { isActiveAt, snapshotAt } from "../model/snapshot.ts";
import { observationIndex, observationsOf, valueAt, type MeasureInfo, type ValueAt } from "../model/valuesAt.ts";
import { computePersonIndicators, RECOVERY_NODE_INDICATORS, type PersonIndicatorDescriptor } from "../metrics/recovery/index.ts";
import { timelineDates } from "../timeline/steps.ts";

/** The indicators a review looks at, in the order the Journey view charts them. */
export const JOURNEY_INDICATOR_IDS = ["network_size", "supportive_share", "risk_ties", "groups", "recovery_groups"] as const;

/** The descriptors of `JOURNEY_INDICATOR_IDS` (labels, meanings, `value`). */
export const JOURNEY_INDICATORS: readonly PersonIndicatorDescriptor[] = JOURNEY_INDICATOR_IDS.map((id) => {
  const d = RECOVERY_NODE_INDICATORS.find((x) => x.id === id);
  if (!d) throw new Error(`core/journey: no recovery indicator "${id}" (see src/core/metrics/recovery/index.ts)`);
  return d;
});

/** One review point of the person's history. */
export interface ReviewPoint {
  date: IsoDate;
  /** The wave's label ("Q8") when the date is a wave's; else the date. */
  label: string;
  /** Indicator id → value at this date (NaN when undefined: a share of no ties). */
  indicators: Record<string, number>;
  /** Measure → its value as of this date with the date recorded; absent when there is none. */
  measures: Record<string, ValueAt>;
}

/** A change of use status: the status from `date` on. */
export interface StatusChange {
  date: IsoDate;
  value: string;
}

/** A person's history at every review point while they were in the network. */
export interface PersonHistory {
  node: Node;
  /** The review points in date order (waves while present; quarters for a project without waves). */
  reviews: ReviewPoint[];
  /** The measures observed for this person (BARC-10, use status …). */
  measures: MeasureInfo[];
  /**
   * Use status from the person's start (or first record) on: the value as entered or first
   * recorded, then each recorded change (repeats of the same status left out). Empty when never recorded.
   */
  useStatus: StatusChange[];
}

/** The review dates of `node`: the timeline's wave dates (quarters without waves) inside its [start, end). */
export function reviewDates(project: Project, node: Node): IsoDate[] {
  const dates = timelineDates(project, project.waves.length > 0 ? "wave" : "quarter");
  return dates.filter((d) => isActiveAt(node, d));
}

/**
 * The history of `person` (a node id). Each review point's indicators are computed on the
 * snapshot at its date, for this person only. Throws when `person` is not a node of the project.
 */
export function personHistory(project: Project, person: string): PersonHistory {
  const node = project.nodes.find((n) => n.id === person);
  if (!node) throw new Error(`core/journey: no node "${person}" in the project; choose a person on the map or in the nodes table`);
  const index = observationIndex(project);
  const waveLabels = new Map(project.waves.map((w) => [w.date, w.label]));
  const measures = index.measures.filter((m) => observationsOf(index, person, m.measure).length > 0);
  const reviews = reviewDates(project, node).map((date): ReviewPoint => {
    const graph = snapshotAt(project, date);
    const indicators = computePersonIndicators(graph, { project, at: date }, [person], JOURNEY_INDICATORS).get(person)!;
    const values: Record<string, ValueAt> = {};
    for (const m of measures) {
      const v = valueAt(index, person, m.measure, date);
      if (v !== undefined) values[m.measure] = v;
    }
    return { date, label: waveLabels.get(date) ?? date, indicators, measures: values };
  });
  return { node, reviews, measures, useStatus: statusChanges(project, node) };
}

/**
 * The date a journey is shown at for the date `at`: `at` itself while the person is in the
 * network; else their last review on or before it (`moved`: a client who has left is reviewed at
 * their last review); undefined before their first review.
 */
export function journeyDate(history: PersonHistory, at: IsoDate): { date: IsoDate; moved: false } | { date: IsoDate; moved: true; review: ReviewPoint } | undefined {
  if (isActiveAt(history.node, at)) return { date: at, moved: false };
  let last: ReviewPoint | undefined;
  for (const r of history.reviews) if (r.date <= at) last = r;
  return last === undefined ? undefined : { date: last.date, moved: true, review: last };
}

/** The use-status steps of `node`: its status at its start, then each recorded change. */
function statusChanges(project: Project, node: Node): StatusChange[] {
  const out: StatusChange[] = [];
  const push = (date: IsoDate, value: string) => {
    if (out.length === 0 || out[out.length - 1].value !== value) out.push({ date, value });
  };
  const records = observationsOf(project, node.id, "use_status");
  const first = node.start ?? records[0]?.date;
  if (first !== undefined) {
    const initial = valueAt(project, node.id, "use_status", first);
    if (initial !== undefined) push(first, String(initial.value));
  }
  for (const o of records) if (first === undefined || o.date > first) push(o.date, String(o.value));
  return out;
}
