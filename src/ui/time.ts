// The steps of the time slider: the waves, or every month or quarter across the data. Pure,
// so stepping is tested without a page.
import { addMonths, type IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import { dateRange } from "../core/model/snapshot.ts";

/** How the play and step buttons move through time. */
export type StepUnit = "wave" | "month" | "quarter";

/** The dates a step can land on, ascending; waves fall back to months when there are none. */
export function stepDates(project: Project, unit: StepUnit): IsoDate[] {
  const range = dateRange(project);
  if (!range) return [];
  if (unit === "wave" && project.waves.length > 0) return [...new Set(project.waves.map((w) => w.date))].sort();
  const months = unit === "quarter" ? 3 : 1;
  const out: IsoDate[] = [];
  for (let d = range.first; d <= range.last; d = addMonths(range.first, out.length * months)) out.push(d);
  if (out[out.length - 1] !== range.last) out.push(range.last);
  return out;
}

/** The first step after `at`, or undefined at the end. */
export function nextStep(steps: readonly IsoDate[], at: IsoDate | undefined): IsoDate | undefined {
  return at === undefined ? steps[0] : steps.find((d) => d > at);
}

/** The last step before `at`, or undefined at the start. */
export function previousStep(steps: readonly IsoDate[], at: IsoDate | undefined): IsoDate | undefined {
  if (at === undefined) return steps[steps.length - 1];
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i] < at) return steps[i];
  return undefined;
}
