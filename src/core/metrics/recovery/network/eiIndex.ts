// The E–I index between the recovery community and the wider community.
import { NO_PARAMS, networkIndicator } from "../indicator.ts";
import { sideOf } from "../sides.ts";

/** (E − I) / (E + I) over ties whose two ends are each on a side (Krackhardt & Stern). */
export const eiIndex = networkIndicator({
  id: "ei_index",
  label: "E–I index (recovery ↔ wider community)",
  meaning:
    "Whether the recovery community looks outward (towards +1: most ties reach the wider community) " +
    "or inward (towards −1: most ties stay within their own side).",
  definition:
    "Krackhardt and Stern's E–I index (E − I)/(E + I). The recovery side is service users, peer " +
    "mentors and recovery-oriented groups; the wider-community side is family, friends, community " +
    "members and groups that are neither recovery-oriented nor treatment services. Workers and " +
    "treatment services are on neither side, and their ties are left out. E counts ties between the " +
    "two sides, I ties within a side; each tie counts, parallel ties separately. Undefined (null) " +
    "when no tie joins two sided nodes.",
  params: NO_PARAMS,
  value: (graph) => {
    let external = 0;
    let internal = 0;
    graph.forEachEdge((_id, _tie, _s, _t, source, target) => {
      const a = sideOf(source);
      const b = sideOf(target);
      if (a === undefined || b === undefined) return;
      if (a === b) internal++;
      else external++;
    });
    return external + internal === 0 ? Number.NaN : (external - internal) / (external + internal);
  },
});
