// Flag: no supportive personal tie.
import { z } from "zod";
import { egoTies } from "../recovery/ego.ts";
import { isPerson } from "../recovery/sides.ts";
import { flag, plural } from "./flag.ts";

/** Fires when none of the person's personal ties (to people, not professional) is supportive. */
export const noSupportivePersonalTie = flag({
  id: "no_supportive_personal_tie",
  label: "No supportive personal tie",
  meaning: "Nobody in this person's personal life (family, friends, peers) is recorded as supporting their recovery.",
  definition:
    "The person has no tie with valence supportive to another person other than of type professional. " +
    "Ties to groups and professional ties do not count as personal.",
  params: z.object({}),
  check: (person, graph) => {
    const personal = egoTies(graph, person).filter((t) => isPerson(t.alterNode) && t.tie.type !== "professional");
    if (personal.some((t) => t.tie.valence === "supportive")) return undefined;
    return {
      text:
        personal.length === 0
          ? "no personal ties (only professional ties or groups, or none)"
          : `none of ${plural(personal.length, "personal tie")} is supportive`,
      values: { personal: personal.length, supportivePersonal: 0 },
    };
  },
});
