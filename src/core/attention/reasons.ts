// One client's raised flags merged into reasons: a flag that restates another's fact ("no ties at
// all" implies "no supportive personal tie", "no group membership", "fewer than 3 people" …) is
// folded into it, and the reasons are put in priority order (priority.ts).
import type { FlagEvidence } from "../metrics/descriptor.ts";
import { DEFAULT_FLAG_SETTINGS, FLAGS, type FlagSettings, type RaisedFlag } from "../metrics/flags/index.ts";
import { ruleOf } from "./priority.ts";
import { ruleLabel } from "./words.ts";

/**
 * The label of a flag id as `settings` make it ("No ties at all", "Fewer than 5 people"; see
 * ruleLabel); the id itself for an unknown one. `settings` default to the flag defaults.
 */
export function flagLabel(flag: string, settings: FlagSettings = DEFAULT_FLAG_SETTINGS): string {
  return ruleLabel(flag, settings);
}

/** A flag folded into another reason because it restates the same fact. */
export interface RestatedFlag {
  flag: string;
  label: string;
  evidence: FlagEvidence;
}

/** One reason a client needs attention: a flag with the flags it restates. */
export interface MergedReason {
  /** The leading flag's id. */
  flag: string;
  /** Its label: "No ties at all". */
  label: string;
  /** Its evidence: plain words with the numbers. */
  evidence: FlagEvidence;
  /** The priority tier (1 most urgent). */
  tier: number;
  /** The rule's position in PRIORITY (lower is more urgent). */
  rank: number;
  /** The rule's severity of this evidence (larger is more urgent). */
  severity: number;
  /** The flags merged into this reason, in FLAGS order. */
  restates: RestatedFlag[];
  /** True when the reason puts the client on the list (its flag is in the `listOn` setting). */
  listed: boolean;
}

const FLAG_ORDER = new Map(FLAGS.map((f, i) => [f.id, i]));

/**
 * Merges the flags raised for one client into reasons: listed reasons first (flags in `listOn`;
 * default: every flag), most urgent first (PRIORITY order, then severity), then the others. A
 * flag is folded into an earlier reason whose rule absorbs it, so a listed flag is only ever
 * folded into a listed one. Labels follow `settings` (flagLabel). Errors: throws when a flag has
 * no place in PRIORITY.
 */
export function mergeReasons(raised: readonly RaisedFlag[], listOn?: ReadonlySet<string>, settings: FlagSettings = DEFAULT_FLAG_SETTINGS): MergedReason[] {
  const listed = (flag: string) => listOn === undefined || listOn.has(flag);
  const sorted = [...raised].sort(
    (a, b) => Number(listed(b.flag)) - Number(listed(a.flag)) || ruleOf(a.flag).index - ruleOf(b.flag).index,
  );
  const out: MergedReason[] = [];
  for (const r of sorted) {
    const { rule, index } = ruleOf(r.flag);
    const host = out.find((m) => ruleOf(m.flag).rule.absorbs.includes(r.flag));
    if (host) {
      host.restates.push({ flag: r.flag, label: flagLabel(r.flag, settings), evidence: r.evidence });
      continue;
    }
    out.push({
      flag: r.flag,
      label: flagLabel(r.flag, settings),
      evidence: r.evidence,
      tier: rule.tier,
      rank: index,
      severity: rule.severity(r.evidence),
      restates: [],
      listed: listed(r.flag),
    });
  }
  for (const m of out) m.restates.sort((a, b) => (FLAG_ORDER.get(a.flag) ?? 0) - (FLAG_ORDER.get(b.flag) ?? 0));
  return out.sort((a, b) => Number(b.listed) - Number(a.listed) || a.rank - b.rank || b.severity - a.severity);
}
