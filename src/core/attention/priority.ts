// The documented priority of the "needs attention" list (docs/metrics.md "Needs attention"):
// which reason heads a client's row, which flags restate another's fact and merge into it, and
// the order of the rows. Not a count of flags: one isolated client outranks one with five
// lesser flags.
import type { FlagEvidence } from "../metrics/descriptor.ts";

/** One reason's place in the priority. */
export interface PriorityRule {
  /** The flag id. */
  flag: string;
  /** 1 is the most urgent. Rules of one tier are ordered as listed. */
  tier: number;
  /** Flags that restate this one's fact: merged into it when both fire. */
  absorbs: readonly string[];
  /** Within the rule, a larger value is more urgent (0 when the rule has no degree). */
  severity: (evidence: FlagEvidence) => number;
  /** Why the rule sits where it does, for the docs. */
  why: string;
}

const none = () => 0;

/** The rules in priority order (the order rows and reasons are sorted by). */
export const PRIORITY: readonly PriorityRule[] = [
  {
    flag: "no_ties",
    tier: 1,
    absorbs: ["only_professional", "no_supportive_personal_tie", "no_group", "no_recovery_support", "few_people"],
    severity: none,
    why: "Nobody at all, not even a worker: the client may have disengaged from the service.",
  },
  {
    flag: "supportive_ties_lost",
    tier: 2,
    absorbs: [],
    severity: (e) => (e.values.before > 0 ? e.values.lost / e.values.before : 0),
    why: "A recent change for the worse, while there is still time to act (Kelly & Stout: change in the network predicts outcomes); larger share lost first.",
  },
  {
    flag: "new_risk_ties",
    tier: 2,
    absorbs: [],
    severity: (e) => e.values.gained,
    why: "A recent change for the worse: new ties with people who put recovery at risk; more new risk ties first.",
  },
  {
    flag: "only_professional",
    tier: 3,
    absorbs: ["no_supportive_personal_tie", "no_group", "no_recovery_support", "few_people"],
    severity: none,
    why: "Only paid contact: no personal or community tie to build on.",
  },
  {
    flag: "risk_half_or_more",
    tier: 4,
    absorbs: [],
    severity: (e) => e.values.share,
    why: "A network dominated by risk ties; higher share first.",
  },
  {
    flag: "no_supportive_personal_tie",
    tier: 4,
    absorbs: [],
    severity: none,
    why: "Nobody in their personal life supports their recovery.",
  },
  {
    flag: "no_group",
    tier: 5,
    absorbs: ["no_recovery_support"],
    severity: none,
    why: "A thin network: context for a worker, not listed on its own by default.",
  },
  { flag: "no_recovery_support", tier: 5, absorbs: [], severity: none, why: "As above." },
  { flag: "few_people", tier: 5, absorbs: [], severity: none, why: "As above." },
];

const INDEX = new Map(PRIORITY.map((r, i) => [r.flag, i]));

/**
 * The rule of `flag` and its position in `PRIORITY`. Errors: throws for a flag without a rule
 * (a new flag must be given a place in the priority).
 */
export function ruleOf(flag: string): { rule: PriorityRule; index: number } {
  const index = INDEX.get(flag);
  if (index === undefined) throw new Error(`attention/priority: the flag "${flag}" has no place in PRIORITY; add it there`);
  return { rule: PRIORITY[index], index };
}

/** The ordering of rows, in words, for the docs and the view. */
export const ROW_ORDER =
  "Rows are ordered by their headline reason's place in the priority (the table above, top first); " +
  "then by its severity (a larger share lost, more new risk ties, a higher risk share first); then by " +
  "how long it has held (since an earlier review first); then by the number of other listed reasons " +
  "(more first); then by name. A client whose every listed reason was marked reviewed, with the facts " +
  "unchanged since, goes below the clients not yet reviewed.";
