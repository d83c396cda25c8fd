// Ego density: how far the people around a person know each other.
import { alters, tiesAmongAlters } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** Ties among the alters / possible pairs of alters. */
export const egoDensity = personIndicator({
  id: "ego_density",
  label: "Ego density",
  meaning: "How far the people and groups around this person are linked to each other, from 0 to 1.",
  definition:
    "For the n distinct alters (people and groups) of the person, the number of alter pairs joined " +
    "by at least one tie divided by n(n−1)/2; 0 when n < 2. Undirected, unweighted, parallel ties collapsed.",
  params: NO_PARAMS,
  value: (person, graph) => {
    const n = alters(graph, person).length;
    return n < 2 ? 0 : tiesAmongAlters(graph, person) / ((n * (n - 1)) / 2);
  },
});
