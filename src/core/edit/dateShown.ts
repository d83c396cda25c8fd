// The date shown after an edit, an undo or a redo. Showing "now" (the project's latest date) is the
// usual way to look at a network, so a date that was "now" stays "now" when an edit moves it; any
// other date was chosen, and is kept.
import type { IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import { latestDate } from "../model/snapshot.ts";

/**
 * The date to show once `before` has become `after`, when `at` was shown: the latest date of
 * `after` when `at` was the latest date of `before` (or no date, as for an empty or undated
 * project, which gets a date with its first dated item); `at` otherwise. Undefined when `after`
 * has no dates and `at` followed "now".
 */
export function dateShownAfter(before: Project, after: Project, at: IsoDate | undefined): IsoDate | undefined {
  if (at !== undefined && at !== latestDate(before)) return at;
  return latestDate(after);
}
