// Reviewed marks: a worker notes that they have looked at one reason for one client. "The facts"
// of a reason are its evidence numbers (and, for a change since the last review, which review it
// is compared with); the mark is shown while they are the same and lapses when they change.
import type { FlagEvidence } from "../metrics/descriptor.ts";
import type { IsoDate } from "../model/dates.ts";
import type { ReviewMark } from "../model/schema.ts";

/** Evidence values that are thresholds (settings), not facts about the client. */
const SETTING_VALUES: ReadonlySet<string> = new Set(["threshold", "minPeople", "minGroups"]);

/** Reasons whose facts are a change since the previous review. */
const CHANGE_REASONS: ReadonlySet<string> = new Set(["supportive_ties_lost", "new_risk_ties"]);

/**
 * The fingerprint of a reason's facts: `no_ties|ties=0`, `supportive_ties_lost|before=4;lost=2|2015-01-01`.
 * The evidence numbers in name order, thresholds left out (changing a setting does not change
 * the facts); for a change since the last review, that review's date too.
 */
export function factsFingerprint(flag: string, evidence: FlagEvidence, previousAt: IsoDate | undefined): string {
  const facts = Object.keys(evidence.values)
    .filter((k) => !SETTING_VALUES.has(k))
    .sort()
    .map((k) => `${k}=${Number(evidence.values[k].toFixed(6))}`)
    .join(";");
  return CHANGE_REASONS.has(flag) ? `${flag}|${facts}|${previousAt ?? ""}` : `${flag}|${facts}`;
}

/**
 * The mark that still holds for this client's reason: the latest-dated mark with the same
 * client, reason and fingerprint; undefined when there is none or the facts changed since.
 */
export function standingMark(marks: readonly ReviewMark[], client: string, reason: string, fingerprint: string): ReviewMark | undefined {
  let best: ReviewMark | undefined;
  for (const m of marks) {
    if (m.client !== client || m.reason !== reason || m.fingerprint !== fingerprint) continue;
    if (best === undefined || m.date >= best.date) best = m;
  }
  return best;
}

/**
 * The marks with `mark` added, replacing an earlier mark of the same client and reason (one mark
 * per reason: the newest review is the one that counts). Returns a new array.
 */
export function withMark(marks: readonly ReviewMark[], mark: ReviewMark): ReviewMark[] {
  return [...marks.filter((m) => m.client !== mark.client || m.reason !== mark.reason), mark];
}

/** The marks without the one for this client and reason. Returns a new array. */
export function withoutMark(marks: readonly ReviewMark[], client: string, reason: string): ReviewMark[] {
  return marks.filter((m) => m.client !== client || m.reason !== reason);
}
