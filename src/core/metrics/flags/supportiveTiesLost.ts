// Flag: supportive ties lost since the previous wave.
import { egoTies } from "../recovery/ego.ts";
import { tieChanges } from "../recovery/tieChange.ts";
import { flag, plural } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

/**
 * Fires when at least `supportiveLostAtLeast` supportive ties were lost since the previous wave
 * and they were at least `supportiveLostShareAtLeast` of the supportive ties the person had then
 * (so losing 1 of 6 when a mentoring spell ends is not flagged by default, losing 2 of 4 is).
 */
export const supportiveTiesLost = flag({
  id: "supportive_ties_lost",
  label: "Supportive ties lost",
  meaning: "This person has lost a large part of their supportive relationships since the last review.",
  definition:
    "supportive_ties_lost ≥ supportiveLostAtLeast (default 1) and supportive_ties_lost / (supportive ties at the " +
    "previous wave) ≥ supportiveLostShareAtLeast (default 0.5): ties with valence supportive present at the " +
    "previous wave and absent now, matched by tie id. Never fires without a previous wave, nor for a person " +
    "who was not present at it (a new client has no earlier review to compare with).",
  params: flagSettingsSchema.pick({ supportiveLostAtLeast: true, supportiveLostShareAtLeast: true }),
  check: (person, graph, params, context) => {
    if (context.previous === undefined || !context.previous.hasNode(person)) return undefined;
    const lost = tieChanges(graph, context.previous, person).lost.filter((t) => t.valence === "supportive").length;
    const before = egoTies(context.previous, person).filter((t) => t.tie.valence === "supportive").length;
    if (lost < params.supportiveLostAtLeast || lost / before < params.supportiveLostShareAtLeast) return undefined;
    const since = context.previousAt ? ` since ${context.previousAt}` : " since the previous wave";
    return { text: `lost ${lost} of ${plural(before, "supportive tie")}${since}`, values: { lost, before } };
  },
});
