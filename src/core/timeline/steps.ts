// The dates a timeline steps through: every wave, or every month or quarter from the first
// date in the data to the last.
import { addMonths, type IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import { dateRange } from "../model/snapshot.ts";

/** How a timeline steps through time. */
export const TIMELINE_STEPS = ["wave", "month", "quarter"] as const;
export type TimelineEvery = (typeof TIMELINE_STEPS)[number];

/**
 * The step dates, ascending and unique. `wave`: each wave's date. `month` / `quarter`: the first
 * date in the data, then every 1 / 3 calendar months after it, up to and including the last date.
 * Empty for a project without waves (`wave`) or without dates.
 */
export function timelineDates(project: Project, every: TimelineEvery): IsoDate[] {
  if (every === "wave") return [...new Set(project.waves.map((w) => w.date))].sort();
  const range = dateRange(project);
  if (range === undefined) return [];
  const months = every === "month" ? 1 : 3;
  const out: IsoDate[] = [];
  for (let k = 0; ; k++) {
    const date = addMonths(range.first, k * months);
    if (date > range.last) return out;
    out.push(date);
  }
}
