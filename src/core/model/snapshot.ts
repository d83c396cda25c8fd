// The network at a moment in time (DESIGN.md, "Snapshot at time t"): the nodes whose
// [start, end) holds t, and the ties whose interval holds t and whose two ends are present.
import type { IsoDate } from "./dates.ts";
import { buildGraph, type RecoveryGraph } from "./graph.ts";
import type { Project } from "./schema.ts";

/** Anything with an optional half-open [start, end) interval of ISO dates. */
export interface Interval {
  start?: IsoDate;
  end?: IsoDate;
}

/** True when `date` lies in the half-open interval [start, end); open ends are unbounded. */
export function isActiveAt(item: Interval, date: IsoDate): boolean {
  return (item.start === undefined || item.start <= date) && (item.end === undefined || date < item.end);
}

/**
 * Every date on which something in the project starts or ends, ascending and unique: the
 * only dates where a snapshot can differ from the one just before.
 */
export function changeDates(project: Project): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const item of [...project.nodes, ...project.ties]) {
    if (item.start !== undefined) dates.add(item.start);
    if (item.end !== undefined) dates.add(item.end);
  }
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
  for (const item of [...project.nodes, ...project.ties]) {
    see(item.start);
    see(item.end);
  }
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
