// The share of a person's ties that are professional (workers, services).
import { egoTies } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** Professional ties / all ties. */
export const professionalShare = personIndicator({
  id: "professional_share",
  label: "Share of professional ties",
  meaning: "The part of this person's ties that are with professionals, from 0 to 1; near 1 means few personal ties.",
  definition:
    "The number of the person's ties of type professional divided by the number of all their ties " +
    "(to people and groups, parallel ties counted separately); undefined (null) without ties.",
  params: NO_PARAMS,
  value: (person, graph) => {
    const ties = egoTies(graph, person);
    return ties.length === 0 ? Number.NaN : ties.filter((t) => t.tie.type === "professional").length / ties.length;
  },
});
