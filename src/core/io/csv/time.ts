// Time conventions of spreadsheets read into the model's [start, end) intervals: Gephi's interval
// notation in a time column (`<[2012.0, 2014.0]>`, several separated by `;`), read the way the
// GEXF importer reads spells (src/core/io/gexf/time.ts), and a `year` column.
import { toModelInterval, type ModelInterval, type TimeError } from "../gexf/time.ts";

const ONE = /^([[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])$/;
const UNBOUNDED = new Set(["", "-infinity", "infinity", "+infinity", "-inf", "inf"]);

/**
 * Reads Gephi's interval notation: `<[2012.0, 2014.0]>`, `<[2012.0, 2014.0]; [2016.0, 2018.0]>`,
 * `[2012-04-01, 2012-06-30)`; the angle brackets are optional. `[`/`]` close an end (it is
 * included), `(`/`)` open it; `Infinity` or empty is unbounded. Whole numbers 1000–9999 are years,
 * dates are dates (as in GEXF). Returns the intervals, or what is wrong.
 */
export function readIntervals(text: string): ModelInterval[] | TimeError {
  const inner = text.trim().replace(/^</, "").replace(/>$/, "").trim();
  if (inner === "") return [];
  const out: ModelInterval[] = [];
  for (const part of inner.split(";")) {
    const m = ONE.exec(part.trim());
    if (m === null) return { error: `"${text.trim()}" is not an interval like <[2012, 2014]> or <[2012-04-01, 2012-06-30]>`, fix: "Write each interval as [start, end], several separated by ;" };
    const [, open, start, end, close] = m;
    const raw = {
      start: UNBOUNDED.has(start.toLowerCase()) ? undefined : start,
      end: UNBOUNDED.has(end.toLowerCase()) ? undefined : end,
      startOpen: open === "(",
      endOpen: close === ")",
    };
    const interval = toModelInterval(raw, "unstated");
    if (Array.isArray(interval)) return interval[0];
    out.push(interval);
  }
  return out;
}

/** A `year` cell (a whole number 1000–9999) as the interval from 1 January of it to 1 January of the next year. */
export function yearInterval(text: string): ModelInterval | TimeError {
  const t = text.trim().replace(/\.0+$/, "");
  if (/^\d{4}$/.test(t) && Number(t) >= 1000) return { start: `${t}-01-01`, end: `${Number(t) + 1}-01-01` };
  return { error: `"year" is "${text.trim()}", which is not a year`, fix: "Write a year such as 2015, or leave the cell empty" };
}
