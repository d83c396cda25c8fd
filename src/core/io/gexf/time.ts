// GEXF time onto the project's time model (DESIGN.md "Snapshot at time t"). GEXF intervals are
// closed at both ends unless `startopen`/`endopen` say otherwise; the model's are [start, end)
// with end exclusive. Dates convert directly (a closed end is the next day, exclusive); whole
// numbers 1000–9999 in `integer`/`long`/`double`/`float` time are years (a closed end year Y ends
// on 1 January of Y + 1); any other number has no place on the calendar and is a problem.
import { addDays, parseDate, type IsoDate } from "../../model/dates.ts";
import { looksLikeNumber } from "../csv/cells.ts";

/**
 * How a file writes time: calendar dates (`date`, `dateTime`), numbers, or not said (each value
 * decides); or numbered steps that are not years, each placed on a date (see `timeSteps`).
 */
export type TimeFormat = "date" | "number" | "unstated" | TimeSteps;

/** Time steps that are not calendar years (0, 1, 2 or 0.5, 1.5 …), each mapped onto a date. */
export interface TimeSteps {
  /** The date of each step value: the k-th smallest value (from 1) on 1 January of 2000 + k. */
  steps: Map<number, IsoDate>;
}

/** The most distinct time steps read as steps (one year each, from 2001): beyond it the dates would leave the calendar's four-digit years. */
export const MAX_TIME_STEPS = 5000;

/**
 * The step mapping for numeric times that are not all whole years 1000–9999: the distinct
 * values in order, the k-th on 1 January of 2000 + k (so step 1 is 2001-01-01). Undefined when
 * the times are dates or years (read as before), or are not all numbers, or are too many.
 */
export function timeSteps(texts: readonly string[], format: TimeFormat): TimeSteps | undefined {
  if (format === "date" || typeof format === "object") return undefined;
  const values = texts.map((t) => t.trim()).filter((t) => t !== "" && t !== "None" && !INFINITE.test(t));
  if (values.length === 0 || !values.every((t) => looksLikeNumber(t))) return undefined;
  const numbers = values.map(Number);
  if (numbers.every((n) => Number.isInteger(n) && n >= 1000 && n <= 9999)) return undefined;
  const distinct = [...new Set(numbers)].sort((a, b) => a - b);
  if (distinct.length > MAX_TIME_STEPS) return undefined;
  return { steps: new Map(distinct.map((n, i) => [n, `${2001 + i}-01-01`])) };
}

/** `Infinity`, `-Infinity`, `inf`: an unbounded end (GEXF 1.3 intervals write them). */
export const INFINITE = /^[+-]?(inf|infinity)$/i;

/** Reads GEXF 1.3's `timestamps="<[2012.0, 2013.0]>"` (also `<[a];[b]>`): the instants. */
export function parseTimestampList(text: string): string[] {
  return text
    .replace(/^\s*<|>\s*$/g, "")
    .split(/[[\];,\s]+/)
    .filter((t) => t !== "");
}

/** Reads GEXF 1.3's `intervals="<[2012.0, 2013.0]; (2014.0, 2015.0]>"`: each interval with its open ends; undefined when it cannot be read. */
export function parseIntervalList(text: string): RawInterval[] | undefined {
  const body = text.trim().replace(/^</, "").replace(/>$/, "").trim();
  if (body === "") return [];
  const out: RawInterval[] = [];
  for (const part of body.split(";")) {
    const m = /^\s*([[(])\s*([^,]*?)\s*,\s*([^\])]*?)\s*([\])])\s*$/.exec(part);
    if (!m) return undefined;
    const interval: RawInterval = { startOpen: m[1] === "(", endOpen: m[4] === ")" };
    if (!INFINITE.test(m[2]) && m[2] !== "") interval.start = m[2];
    if (!INFINITE.test(m[3]) && m[3] !== "") interval.end = m[3];
    out.push(interval);
  }
  return out;
}

/** A point in time as the model reads it: a date, and the unit one step after it moves (a day, or a year). */
export interface TimePoint {
  date: IsoDate;
  unit: "day" | "year";
}

/** The time of an element as written: start and end texts and whether each end is open. */
export interface RawInterval {
  start?: string;
  end?: string;
  startOpen?: boolean;
  endOpen?: boolean;
}

/** The model's half-open interval; an absent end is unbounded. */
export interface ModelInterval {
  start?: IsoDate;
  end?: IsoDate;
}

/** What is wrong with a time, with what to do. */
export interface TimeError {
  error: string;
  fix: string;
}

const DATE_FORMATS = new Set(["date", "datetime"]);
const NUMBER_FORMATS = new Set(["integer", "long", "double", "float"]);
const NUMBER_FIX = 'Write dates instead (timeformat="date", start="2012-04-01"), or whole years from 1000 to 9999';

/** The graph's `timeformat` (any case; absent is "unstated"), or what is wrong with it. */
export function timeFormatOf(text: string | null): "date" | "number" | "unstated" | TimeError {
  if (text === null || text.trim() === "") return "unstated";
  const t = text.trim().toLowerCase();
  if (DATE_FORMATS.has(t)) return "date";
  if (NUMBER_FORMATS.has(t)) return "number";
  return { error: `timeformat "${text}" is not one of date, dateTime, integer, long, double, float`, fix: 'Write timeformat="date" and dates such as 2012-04-01' };
}

/** Reads one time value (`start`, `end`, a spell's or an attvalue's) in the graph's time format. */
export function readTime(text: string, format: TimeFormat, name: string): TimePoint | TimeError {
  const t = text.trim();
  if (typeof format === "object") {
    const date = looksLikeNumber(t) ? format.steps.get(Number(t)) : undefined;
    if (date !== undefined) return { date, unit: "year" };
    return { error: `"${name}" is "${t}", which is not one of the graph's numeric time steps`, fix: NUMBER_FIX };
  }
  const date = format === "number" ? undefined : parseDate(t);
  if (date !== undefined) return { date, unit: "day" };
  if (format !== "date" && looksLikeNumber(t)) {
    const n = Number(t);
    if (Number.isInteger(n) && n >= 1000 && n <= 9999) return { date: `${n}-01-01`, unit: "year" };
    return { error: `"${name}" is ${t}, a time that cannot be placed on the calendar (this tool reads whole numbers from 1000 to 9999 as years)`, fix: NUMBER_FIX };
  }
  if (format === "number") return { error: `"${name}" is "${t}", which is not a number although the graph's timeformat is a number`, fix: NUMBER_FIX };
  return { error: `"${name}" is "${t}", which is not a date`, fix: "Write the date as YYYY-MM-DD (for example 2012-04-01), or a date and time such as 2012-04-01T09:30:00" };
}

/** The point one step (a day or a year) after `point`. */
function next(point: TimePoint): IsoDate {
  if (point.unit === "day") return addDays(point.date, 1);
  return `${Number(point.date.slice(0, 4)) + 1}-01-01`;
}

/**
 * A GEXF interval as the model's [start, end): a closed start stays, an open start moves one
 * step later; a closed end moves one step later (it is included), an open end stays.
 * Refuses an end before the start, and an interval that holds no day at all.
 */
export function toModelInterval(raw: RawInterval, format: TimeFormat): ModelInterval | TimeError[] {
  const errors: TimeError[] = [];
  const out: ModelInterval = {};
  let start: TimePoint | undefined;
  let end: TimePoint | undefined;
  if (raw.start !== undefined) {
    const read = readTime(raw.start, format, "start");
    if ("error" in read) errors.push(read);
    else start = read;
  }
  if (raw.end !== undefined) {
    const read = readTime(raw.end, format, "end");
    if ("error" in read) errors.push(read);
    else end = read;
  }
  if (start) out.start = raw.startOpen ? next(start) : start.date;
  if (end) out.end = raw.endOpen ? end.date : next(end);
  if (start && end && out.start! >= out.end!) {
    const before = end.date < start.date;
    errors.push({
      error: before
        ? `end ${raw.end!.trim()} is before start ${raw.start!.trim()}`
        : `the interval from ${raw.start!.trim()} to ${raw.end!.trim()} holds no day (its open ends leave nothing between them)`,
      fix: "Swap the times, correct them, or leave end out if it has not ended",
    });
  }
  return errors.length ? errors : out;
}

/** The GEXF (closed) end for a model end: the day before the exclusive end. */
export function toGexfEnd(end: IsoDate): IsoDate {
  return addDays(end, -1);
}

/** The smallest interval that holds all of `intervals` (unbounded if any of them is). */
export function hull(intervals: readonly ModelInterval[]): ModelInterval {
  const out: ModelInterval = {};
  if (intervals.every((i) => i.start !== undefined)) out.start = intervals.map((i) => i.start!).sort()[0];
  if (intervals.every((i) => i.end !== undefined)) out.end = intervals.map((i) => i.end!).sort().pop();
  return out;
}

/** True when the intervals, taken together, leave a gap inside their hull. */
export function hasGap(intervals: readonly ModelInterval[]): boolean {
  const sorted = [...intervals].sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
  let reach: IsoDate | undefined = sorted[0]?.end;
  let unbounded = sorted.length > 0 && sorted[0].end === undefined;
  for (const interval of sorted.slice(1)) {
    if (unbounded) return false;
    if (interval.start !== undefined && reach !== undefined && interval.start > reach) return true;
    if (interval.end === undefined) unbounded = true;
    else if (reach === undefined || interval.end > reach) reach = interval.end;
  }
  return false;
}

/** The intervals with overlapping or touching ones merged, in order (two timestamps on one day are one day). */
export function mergeIntervals(intervals: readonly ModelInterval[]): ModelInterval[] {
  const sorted = [...intervals].sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
  const out: ModelInterval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (last.end === undefined || (i.start !== undefined && i.start <= last.end) || i.start === undefined)) {
      if (last.end !== undefined && (i.end === undefined || i.end > last.end)) last.end = i.end;
      if (i.end === undefined) delete last.end;
    } else out.push({ ...i });
  }
  return out;
}

/** Writes intervals as text for an attribute: `[2012-01-01, 2012-03-01); [2012-06-01, …)`. */
export function formatIntervals(intervals: readonly ModelInterval[]): string {
  return intervals.map((i) => `[${i.start ?? "…"}, ${i.end ?? "…"})`).join("; ");
}
