// GEXF time onto the project's time model (DESIGN.md "Snapshot at time t"). GEXF intervals are
// closed at both ends unless `startopen`/`endopen` say otherwise; the model's are [start, end)
// with end exclusive. Dates convert directly (a closed end is the next day, exclusive); whole
// numbers 1000–9999 in `integer`/`long`/`double`/`float` time are years (a closed end year Y ends
// on 1 January of Y + 1); any other number has no place on the calendar and is a problem.
import { addDays, parseDate, type IsoDate } from "../../model/dates.ts";
import { looksLikeNumber } from "../csv/cells.ts";

/** How a file writes time: calendar dates (`date`, `dateTime`), numbers, or not said (each value decides). */
export type TimeFormat = "date" | "number" | "unstated";

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
export function timeFormatOf(text: string | null): TimeFormat | TimeError {
  if (text === null || text.trim() === "") return "unstated";
  const t = text.trim().toLowerCase();
  if (DATE_FORMATS.has(t)) return "date";
  if (NUMBER_FORMATS.has(t)) return "number";
  return { error: `timeformat "${text}" is not one of date, dateTime, integer, long, double, float`, fix: 'Write timeformat="date" and dates such as 2012-04-01' };
}

/** Reads one time value (`start`, `end`, a spell's or an attvalue's) in the graph's time format. */
export function readTime(text: string, format: TimeFormat, name: string): TimePoint | TimeError {
  const t = text.trim();
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

/** Writes intervals as text for an attribute: `[2012-01-01, 2012-03-01); [2012-06-01, …)`. */
export function formatIntervals(intervals: readonly ModelInterval[]): string {
  return intervals.map((i) => `[${i.start ?? "…"}, ${i.end ?? "…"})`).join("; ");
}
