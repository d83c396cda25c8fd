// The time steps: the dates the time slider's step buttons, the Indicators export and the CLI
// `timeline` command step through — every wave, or every month or quarter from the first date in
// the data to the last. One definition, so the page and the command line agree.
import { addMonths, type IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import { dateRange } from "../model/snapshot.ts";

/** How a timeline steps through time. */
export const TIMELINE_STEPS = ["wave", "month", "quarter"] as const;
export type TimelineEvery = (typeof TIMELINE_STEPS)[number];

/**
 * The steps a project offers: `wave` only when it has waves (a project without waves steps by
 * month or quarter; nothing falls back silently), then `month` and `quarter`.
 */
export function stepsOffered(project: Project): TimelineEvery[] {
  return TIMELINE_STEPS.filter((every) => every !== "wave" || project.waves.length > 0);
}

/** The step a project starts with: by wave when it has waves, else by month. */
export function defaultStep(project: Project): TimelineEvery {
  return stepsOffered(project)[0];
}

/**
 * The step dates, ascending and unique. `wave`: each wave's date; empty for a project without
 * waves (see `stepsOffered`). `month` / `quarter`: the first date in the data, then every 1 / 3
 * calendar months after it (`addMonths`: 31 January + 1 month is 28 or 29 February), then the
 * last date in the data ("now") when it is not already a step; empty for undated data.
 */
export function timelineDates(project: Project, every: TimelineEvery): IsoDate[] {
  if (every === "wave") return [...new Set(project.waves.map((w) => w.date))].sort();
  const range = dateRange(project);
  if (range === undefined) return [];
  const months = every === "month" ? 1 : 3;
  const out: IsoDate[] = [];
  for (let k = 0; ; k++) {
    const date = addMonths(range.first, k * months);
    if (date > range.last) break;
    out.push(date);
  }
  if (out[out.length - 1] !== range.last) out.push(range.last);
  return out;
}

/** The first step after `at` (the first step when `at` is undefined), or undefined at the end. */
export function nextStep(steps: readonly IsoDate[], at: IsoDate | undefined): IsoDate | undefined {
  return at === undefined ? steps[0] : steps.find((d) => d > at);
}

/** The last step before `at` (the last step when `at` is undefined), or undefined at the start. */
export function previousStep(steps: readonly IsoDate[], at: IsoDate | undefined): IsoDate | undefined {
  if (at === undefined) return steps[steps.length - 1];
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i] < at) return steps[i];
  return undefined;
}
