// Flag: risk ties are half or more of the person's ties.
import { valenceCount } from "../recovery/tieValence.ts";
import { flag } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Fires when risk ties / all ties ≥ `riskShareAtLeast` (default one half). */
export const riskHalfOrMore = flag({
  id: "risk_half_or_more",
  label: "Risk ties are half or more",
  meaning: "At least half of this person's ties are with people or groups that put their recovery at risk.",
  definition:
    "The person has at least one tie, and the number of ties with valence risk divided by the number " +
    "of all their ties (each tie counted) is at least riskShareAtLeast (default 0.5).",
  params: flagSettingsSchema.pick({ riskShareAtLeast: true }),
  check: (person, graph, params) => {
    const { count, total } = valenceCount(graph, person, "risk");
    if (total === 0 || count / total < params.riskShareAtLeast) return undefined;
    return {
      text: `${count} of ${total} ties ${count === 1 ? "is a risk tie" : "are risk ties"} (${percent(count / total)}; threshold ${percent(params.riskShareAtLeast)})`,
      values: { risk: count, ties: total, share: count / total, threshold: params.riskShareAtLeast },
    };
  },
});
