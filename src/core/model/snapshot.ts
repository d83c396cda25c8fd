// The network at a moment in time (DESIGN.md, "Snapshot at time t"): the nodes whose
// [start, end) holds t (or, for a node with spells, one of whose spells holds t), and the ties
// whose interval holds t and whose two ends are present.
import type { IsoDate } from "./dates.ts";
import { buildGraph, type RecoveryGraph } from "./graph.ts";
import type { Project } from "./schema.ts";

/** Anything with an optional half-open [start, end) interval of ISO dates. */
export interface Interval {
  start?: IsoDate;
  end?: IsoDate;
}

/** An interval that may be present in several separate spells (a node: `start`/`end` are then their hull). */
export interface Presence extends Interval {
  spells?: readonly Interval[];
}

function holds(item: Interval, date: IsoDate): boolean {
  return (item.start === undefined || item.start <= date) && (item.end === undefined || date < item.end);
}

/**
 * True when `date` lies in the half-open interval [start, end) (open ends are unbounded); for an
 * item with spells, when it lies in one of them (the gaps between spells are absences). This is
 * the one place that decides whether a node or a tie is present.
 */
export function isActiveAt(item: Presence, date: IsoDate): boolean {
  if (item.spells !== undefined && item.spells.length > 0) return item.spells.some((spell) => holds(spell, date));
  return holds(item, date);
}

/** The bounds of an item's intervals: its start and end, and each spell's. */
function boundsOf(item: Presence): (IsoDate | undefined)[] {
  return [item.start, item.end, ...(item.spells ?? []).flatMap((s) => [s.start, s.end])];
}

/**
 * Every date on which something in the project starts or ends, ascending and unique: the
 * only dates where a snapshot can differ from the one just before.
 */
export function changeDates(project: Project): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const item of [...project.nodes, ...project.ties]) for (const d of boundsOf(item)) if (d !== undefined) dates.add(d);
  return [...dates].sort();
}

/** The earliest and latest dates anywhere in the project (intervals, observations, waves). */
export function dateRange(project: Project): { first: IsoDate; last: IsoDate } | undefined {
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  const see = (d: IsoDate | undefined) => {
    if (d === undefined) return;
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  };
  for (const item of [...project.nodes, ...project.ties]) boundsOf(item).forEach(see);
  for (const o of project.observations) see(o.date);
  for (const w of project.waves) see(w.date);
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** "Now" (DESIGN.md): the latest date in the data; undefined when the project has no dates. */
export function latestDate(project: Project): IsoDate | undefined {
  return dateRange(project)?.last;
}

/**
 * The graph at `date`; without a date, the network "now" (or everything, for undated data). The
 * graph carries the project's tie weight (`meta.weight`) as its `weight` attribute.
 */
export function snapshotAt(project: Project, date?: IsoDate): RecoveryGraph {
  const at = date ?? latestDate(project);
  const weight = project.meta.weight;
  if (at === undefined) return buildGraph(project.nodes, project.ties, { weight });
  return buildGraph(
    project.nodes.filter((n) => isActiveAt(n, at)),
    project.ties.filter((t) => isActiveAt(t, at)),
    { at, weight },
  );
}
