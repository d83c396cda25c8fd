// Values as of a date (DESIGN.md "Values as of time t"): a node's measure at t is its latest
// observation of that measure dated on or before t, shown with that date; the node's own field
// (or attribute) of that name is the fallback when there is none. Every place that shows a value
// "now" (details, tables, colour and size, exports, the command line) reads it through here.
import type { IsoDate } from "./dates.ts";
import type { AttributeValue, Node, Observation, Project } from "./schema.ts";

/** A measure's value for one node, and where it came from. */
export interface ValueAt {
  value: AttributeValue;
  /** The observation's date; undefined when the value is the node's own field or attribute. */
  date: IsoDate | undefined;
}

/** One observed measure of a project. */
export interface MeasureInfo {
  /** The measure's name in the data: `barc10`, `use_status`. */
  measure: string;
  /** What a person reads: `BARC-10`, `Use status`. */
  label: string;
  /** True when every observed value of it is a number. */
  numeric: boolean;
}

/**
 * A project's observations by node and measure, each list sorted by date (equal dates keep the
 * project's order, so the later record of a day wins). Built once per project (`observationIndex`).
 */
export interface ObservationIndex {
  /** node id → measure → observations, oldest first. */
  bySubject: Map<string, Map<string, Observation[]>>;
  /** Every measure observed, sorted by name. */
  measures: MeasureInfo[];
  /** The project's nodes by id, for the fallback. */
  nodes: Map<string, Node>;
}

/** Plain labels of measures people know by another spelling; others get their name with spaces. */
const MEASURE_LABELS: Record<string, string> = {
  barc10: "BARC-10",
  use_status: "Use status",
};

/** What a person reads for `measure`: `barc10` → `BARC-10`, `days_abstinent` → `days abstinent`. */
export function measureLabel(measure: string): string {
  return MEASURE_LABELS[measure] ?? measure.replace(/_/g, " ");
}

/** Builds the index of `project`'s observations (linear in their number, plus the sort). */
export function buildObservationIndex(project: Project): ObservationIndex {
  const bySubject = new Map<string, Map<string, Observation[]>>();
  const numeric = new Map<string, boolean>();
  for (const o of project.observations) {
    let measures = bySubject.get(o.subject);
    if (measures === undefined) bySubject.set(o.subject, (measures = new Map()));
    let list = measures.get(o.measure);
    if (list === undefined) measures.set(o.measure, (list = []));
    list.push(o);
    numeric.set(o.measure, (numeric.get(o.measure) ?? true) && typeof o.value === "number");
  }
  // Array.prototype.sort is stable, so observations of one day keep the project's order.
  for (const measures of bySubject.values()) for (const list of measures.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const measures = [...numeric]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([measure, isNumber]) => ({ measure, label: measureLabel(measure), numeric: isNumber }));
  return { bySubject, measures, nodes: new Map(project.nodes.map((n) => [n.id, n])) };
}

// Projects are replaced, never edited in place (the page's store, the CLI's one load), so an
// index kept per project object stays right and is built once.
const INDEXES = new WeakMap<Project, ObservationIndex>();

/** The index of `project`'s observations, built on first use and kept for the project object. */
export function observationIndex(project: Project): ObservationIndex {
  let index = INDEXES.get(project);
  if (index === undefined) INDEXES.set(project, (index = buildObservationIndex(project)));
  return index;
}

/** The measures observed in `project`, sorted by name, with their labels and whether they are numbers. */
export function observedMeasures(project: Project): MeasureInfo[] {
  return observationIndex(project).measures;
}

/** The latest of `list` (sorted by date) dated on or before `at` (the last of all when `at` is undefined). */
function latestOnOrBefore(list: readonly Observation[], at: IsoDate | undefined): Observation | undefined {
  if (at === undefined) return list[list.length - 1];
  // Binary search for the last observation with date <= at.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].date <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : list[lo - 1];
}

/** The node's own value of `measure`: a model field of that name (`use_status`), else an attribute. */
function fallback(node: Node | undefined, measure: string): AttributeValue | undefined {
  if (node === undefined) return undefined;
  const field = (node as unknown as Record<string, unknown>)[measure];
  if (measure !== "attributes" && (typeof field === "string" || typeof field === "number" || typeof field === "boolean")) return field;
  return Object.hasOwn(node.attributes, measure) ? node.attributes[measure] : undefined;
}

/**
 * `nodeId`'s `measure` as of `at`: the latest observation of it dated on or before `at` (of two on
 * one day, the later in the file), with its date; else the node's own field or attribute of that
 * name (`use_status` as recorded on the node) with no date; else undefined. `at` undefined
 * (undated data) means the latest observation of all. Takes the project or its index.
 */
export function valueAt(source: Project | ObservationIndex, nodeId: string, measure: string, at: IsoDate | undefined): ValueAt | undefined {
  const index = "bySubject" in source ? source : observationIndex(source);
  const list = index.bySubject.get(nodeId)?.get(measure);
  const found = list === undefined ? undefined : latestOnOrBefore(list, at);
  if (found !== undefined) return { value: found.value, date: found.date };
  const own = fallback(index.nodes.get(nodeId), measure);
  return own === undefined ? undefined : { value: own, date: undefined };
}

/** Every observation of `nodeId`'s `measure`, oldest first (empty when there is none). */
export function observationsOf(source: Project | ObservationIndex, nodeId: string, measure: string): readonly Observation[] {
  const index = "bySubject" in source ? source : observationIndex(source);
  return index.bySubject.get(nodeId)?.get(measure) ?? [];
}

/**
 * The measures a node shows as of a date: `use_status` (a node field that observations update)
 * first when observed, then every other observed measure by name.
 */
export function measuresShown(project: Project): MeasureInfo[] {
  const all = observedMeasures(project);
  return [...all.filter((m) => m.measure === "use_status"), ...all.filter((m) => m.measure !== "use_status")];
}
