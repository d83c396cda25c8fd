// Family ties: family members and partners.
import { egoTies } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** Ties of type family or partner. */
export const familyTies = personIndicator({
  id: "family_ties",
  label: "Family ties",
  meaning: "How many ties this person has with family members or a partner.",
  definition:
    "The number of the person's ties of type family or partner, whatever their valence. " +
    "Parallel ties count separately.",
  params: NO_PARAMS,
  value: (person, graph) => egoTies(graph, person).filter((t) => t.tie.type === "family" || t.tie.type === "partner").length,
});
