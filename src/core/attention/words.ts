// A reason in plain words with its evidence, and how long it has held, as a row of the "needs
// attention" list says them: "lost 2 of 4 supportive ties since the last review (Q11)".
import type { FlagEvidence } from "../metrics/descriptor.ts";
import type { ReviewPoint } from "./history.ts";

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Q11 (2015-01-01)", or the date alone for a point that is not a wave. */
export function pointName(point: ReviewPoint): string {
  return point.wave === undefined ? point.date : `${point.wave} (${point.date})`;
}

/**
 * The reason in plain words with its numbers. `previous` is the review the change reasons
 * compare with. Falls back to the flag's own evidence text for a flag without its own words.
 */
export function reasonWords(flag: string, evidence: FlagEvidence, previous: ReviewPoint | undefined): string {
  const v = evidence.values;
  const last = previous ? `since the last review, ${pointName(previous)}` : "since the last review";
  switch (flag) {
    case "no_ties":
      return "no tie with anyone, not even a worker";
    case "supportive_ties_lost":
      return `lost ${v.lost} of ${plural(v.before, "supportive tie")} ${last}`;
    case "new_risk_ties":
      return `${plural(v.gained, "new risk tie")} ${last}`;
    case "only_professional":
      return v.ties === 1 ? "only a professional tie: nobody else" : `only professional ties: all ${v.ties} of their ties`;
    case "risk_half_or_more":
      return `${v.risk} of ${v.ties} ties ${v.risk === 1 ? "is a risk tie" : "are risk ties"} (people they use with, or who put recovery at risk)`;
    case "no_supportive_personal_tie":
      return v.personal === 0
        ? "no supportive personal tie: no family, friend or peer at all"
        : `no supportive personal tie: none of ${plural(v.personal, "personal tie")} supports recovery`;
    default:
      return evidence.text;
  }
}

/**
 * How long a reason has held, in words: "since Q9 (2014-07-01), 3 reviews", or "new at this
 * review" when it holds at the last point only.
 */
export function heldWords(since: ReviewPoint | undefined, reviews: number): string {
  if (since === undefined) return "";
  if (reviews <= 1) return "new at this review";
  return `since ${pointName(since)}, ${reviews} reviews`;
}
