// Network size: how many different people a person is linked to.
import { alters } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";
import { isPerson } from "./sides.ts";

/** The number of distinct people (not groups) the person has at least one tie with. */
export const networkSize = personIndicator({
  id: "network_size",
  label: "Network size (people)",
  meaning: "How many different people this person is connected to.",
  definition:
    "The number of distinct alters of a person kind (every kind but group) in the snapshot. " +
    "Parallel ties to the same person count once.",
  params: NO_PARAMS,
  value: (person, graph) => alters(graph, person).filter((a) => isPerson(graph.getNodeAttributes(a))).length,
});
