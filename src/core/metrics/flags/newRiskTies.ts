// Flag: new risk ties since the previous wave.
import { tieChanges } from "../recovery/tieChange.ts";
import { flag, plural } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

/** Fires when at least `newRiskAtLeast` risk ties were gained since the previous wave. */
export const newRiskTies = flag({
  id: "new_risk_ties",
  label: "New risk ties",
  meaning: "This person has new relationships that put their recovery at risk since the last review.",
  definition:
    "risk_ties_gained ≥ newRiskAtLeast (default 1): ties with valence risk present now and absent at the " +
    "previous wave, matched by tie id. Never fires without a previous wave, nor for a person who was not " +
    "present at it (a new client's ties are not new since a review they did not have).",
  params: flagSettingsSchema.pick({ newRiskAtLeast: true }),
  check: (person, graph, params, context) => {
    if (context.previous === undefined || !context.previous.hasNode(person)) return undefined;
    const gained = tieChanges(graph, context.previous, person).gained.filter((t) => t.valence === "risk").length;
    if (gained < params.newRiskAtLeast) return undefined;
    const since = context.previousAt ? ` since ${context.previousAt}` : " since the previous wave";
    return { text: `${plural(gained, "new risk tie")}${since}`, values: { gained } };
  },
});
