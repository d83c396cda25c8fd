// Two-step reach to a recovery-oriented group: is there a recovery group within reach?
import { z } from "zod";
import { personIndicator } from "./indicator.ts";
import { isRecoveryGroup } from "./sides.ts";

/** 1 when a recovery-oriented group lies within `steps` ties of the person. */
export const recoveryReach = personIndicator({
  id: "recovery_reach",
  label: "Recovery group within reach",
  meaning: "1 if this person belongs to a recovery group or knows someone who does, 0 if not.",
  definition:
    "1 when a recovery-oriented group is at distance 1 to `steps` (default 2) from the person along " +
    "ties of any type and valence, otherwise 0.",
  params: z.object({
    steps: z.number().int().min(1).max(6).default(2).describe("How many ties away a group may be"),
  }),
  value: (person, graph, params) => {
    const seen = new Set([person]);
    let frontier = [person];
    for (let step = 0; step < params.steps && frontier.length > 0; step++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const neighbour of graph.neighbors(node)) {
          if (seen.has(neighbour)) continue;
          if (isRecoveryGroup(graph.getNodeAttributes(neighbour))) return 1;
          seen.add(neighbour);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    return 0;
  },
});
