// Date shifting for pseudonymised exports: every date of the project moves by one whole number of
// days, the same for the whole export, so intervals, orders, waves and "as of" values stay true
// while the real calendar dates (a birthday, the day someone entered treatment) are not shown.
import { addDays, isIsoDate } from "../model/dates.ts";
import type { AttributeValue, Attributes, Project } from "../model/schema.ts";

/** The most days a shift moves dates either way (a year), and the fewest (a month), so a shift is never ~0. */
export const MAX_SHIFT_DAYS = 365;
export const MIN_SHIFT_DAYS = 30;

/**
 * A shift of whole days in ±[MIN_SHIFT_DAYS, MAX_SHIFT_DAYS] from `random`, a number in [0, 1)
 * (the page passes a cryptographic random number; tests a fixed one).
 * @throws when `random` is outside [0, 1).
 */
export function randomShiftDays(random: number): number {
  if (!(random >= 0 && random < 1)) throw new Error(`privacy/shiftDates: random must be in [0, 1), got ${random}`);
  const span = MAX_SHIFT_DAYS - MIN_SHIFT_DAYS + 1;
  const k = Math.floor(random * 2 * span); // 0 … 2·span − 1
  return k < span ? -(MIN_SHIFT_DAYS + k) : MIN_SHIFT_DAYS + (k - span);
}

/** A value moved by `days` when it is an ISO date (`2014-01-31`) or starts with one (`2014-01-31T10:00:00Z`); anything else as it is. */
export function shiftValue<T extends AttributeValue>(value: T, days: number): T {
  if (typeof value !== "string") return value;
  const date = value.slice(0, 10);
  if (!isIsoDate(date) || (value.length > 10 && value[10] !== "T")) return value;
  return (addDays(date, days) + value.slice(10)) as T;
}

function shiftAttributes(attributes: Attributes, days: number): Attributes {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, shiftValue(v, days)]));
}

/**
 * A copy of `project` with every date moved by `days` whole days: node and tie start/end, node
 * spells, observation dates and date values, wave dates, review-mark dates, the meta's created and
 * modified, and attribute values that are ISO dates. The input is not changed.
 */
export function shiftProjectDates(project: Project, days: number): Project {
  if (!Number.isInteger(days)) throw new Error(`privacy/shiftDates: the shift must be a whole number of days, got ${days}`);
  const d = (date: string | undefined) => (date === undefined ? undefined : shiftValue(date, days));
  const span = <T extends { start?: string; end?: string }>(x: T): T => ({
    ...x,
    ...(x.start !== undefined ? { start: d(x.start) } : {}),
    ...(x.end !== undefined ? { end: d(x.end) } : {}),
  });
  const { meta } = project;
  return {
    ...project,
    meta: {
      ...meta,
      ...(meta.created !== undefined ? { created: d(meta.created) } : {}),
      ...(meta.modified !== undefined ? { modified: d(meta.modified) } : {}),
      ...(meta.attention ? { attention: { ...meta.attention, marks: meta.attention.marks.map((m) => ({ ...m, date: d(m.date)! })) } } : {}),
      attributes: shiftAttributes(meta.attributes, days),
    },
    nodes: project.nodes.map((n) => ({ ...span(n), ...(n.spells ? { spells: n.spells.map(span) } : {}), attributes: shiftAttributes(n.attributes, days) })),
    ties: project.ties.map((t) => ({ ...span(t), attributes: shiftAttributes(t.attributes, days) })),
    observations: project.observations.map((o) => ({ ...o, date: d(o.date)!, value: shiftValue(o.value, days) })),
    waves: project.waves.map((w) => ({ ...w, date: d(w.date)! })),
  };
}
