// Flag: supportive ties lost since the previous wave.
import { tieChanges } from "../recovery/tieChange.ts";
import { flag, plural } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

/** Fires when at least `supportiveLostAtLeast` supportive ties were lost since the previous wave. */
export const supportiveTiesLost = flag({
  id: "supportive_ties_lost",
  label: "Supportive ties lost",
  meaning: "This person has lost supportive relationships since the last review.",
  definition:
    "supportive_ties_lost ≥ supportiveLostAtLeast (default 1): ties with valence supportive present at " +
    "the previous wave and absent now, matched by tie id. Never fires without a previous wave.",
  params: flagSettingsSchema.pick({ supportiveLostAtLeast: true }),
  check: (person, graph, params, context) => {
    if (context.previous === undefined) return undefined;
    const lost = tieChanges(graph, context.previous, person).lost.filter((t) => t.valence === "supportive").length;
    if (lost < params.supportiveLostAtLeast) return undefined;
    const since = context.previousAt ? ` since ${context.previousAt}` : " since the previous wave";
    return { text: `lost ${plural(lost, "supportive tie")}${since}`, values: { lost } };
  },
});
