// A reason in plain words with its evidence, and how long it has held, as a row of the "needs
// attention" list says them: "lost 2 of 4 supportive ties since the last review (Q11)".
import type { FlagEvidence } from "../metrics/descriptor.ts";
import { DEFAULT_FLAG_SETTINGS, FLAGS, type FlagSettings } from "../metrics/flags/index.ts";
import type { ReviewPoint } from "./history.ts";

const LABELS = new Map(FLAGS.map((f) => [f.id, f.label]));

/** A share 0–1 in words: 0.5 → "half", 0.3 → "30 %". */
function shareWords(share: number): string {
  if (share === 0.5) return "half";
  if (share === 1) return "all";
  return `${Math.round(share * 100)} %`;
}

/**
 * The name of a rule as its thresholds make it ("Risk ties are 30 % or more", "Fewer than 5
 * people", "Fewer than 2 groups"), so a changed threshold changes the name everywhere it is
 * shown (the list, the rules table, the details panel, the CLI). Flags whose name does not
 * depend on a threshold keep the descriptor's label; an unknown flag id is returned as is.
 * `settings` defaults to DEFAULT_FLAG_SETTINGS (which give the descriptors' own labels).
 */
export function ruleLabel(flag: string, settings: Pick<FlagSettings, "riskShareAtLeast" | "minPeople" | "minGroups"> = DEFAULT_FLAG_SETTINGS): string {
  switch (flag) {
    case "risk_half_or_more":
      return settings.riskShareAtLeast === 1 ? "All ties are risk ties" : `Risk ties are ${shareWords(settings.riskShareAtLeast)} or more`;
    case "few_people":
      return `Fewer than ${plural(settings.minPeople, "person", "people")}`;
    case "no_group":
      return settings.minGroups === 1 ? "No group membership" : `Fewer than ${plural(settings.minGroups, "group")}`;
    default:
      return LABELS.get(flag) ?? flag;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Q11 (2015-01-01)", or the date alone for a point that is not a wave. */
export function pointName(point: ReviewPoint): string {
  return point.wave === undefined ? point.date : `${point.wave} (${point.date})`;
}

/**
 * The reason in plain words with its numbers, without the rule's name (it is shown beside them:
 * "No supportive personal tie: none of their 2 personal ties supports recovery"). The one wording
 * used by the list, the details panel and the CLI. `previous` is the review the change reasons
 * compare with. Falls back to the flag's own evidence text for a flag without its own words.
 */
export function reasonWords(flag: string, evidence: FlagEvidence, previous: ReviewPoint | undefined): string {
  const v = evidence.values;
  const last = previous ? `since the last review, ${pointName(previous)}` : "since the last review";
  switch (flag) {
    case "no_ties":
      return "no ties with anyone at this date, including workers";
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
        ? "no family member, friend or peer is recorded"
        : v.personal === 1
          ? "their one personal tie does not support recovery"
          : `none of their ${v.personal} personal ties supports recovery`;
    case "few_people":
      return `linked to ${plural(v.people, "person", "people")}, fewer than ${v.minPeople}`;
    case "no_group":
      return v.groups === 0 || v.groups === undefined ? "belongs to no group" : `belongs to ${plural(v.groups, "group")}, fewer than ${v.minGroups}`;
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
