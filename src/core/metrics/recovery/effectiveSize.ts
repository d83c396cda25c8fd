// Burt's effective size: the number of non-redundant contacts.
import { alters, tiesAmongAlters } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** n − 2t/n (networkx 2.8 `effective_size`, undirected and unweighted). */
export const effectiveSize = personIndicator({
  id: "effective_size",
  label: "Effective size",
  meaning: "How many of this person's contacts bring something different: contacts who all know each other count as fewer.",
  definition:
    "Burt's effective size as in networkx 2.8 effective_size for an undirected, unweighted graph " +
    "(Borgatti's simplification): n − 2t/n, where n is the number of distinct alters (people and " +
    "groups) and t the number of alter pairs joined by a tie. Parallel ties are collapsed and tie " +
    "strength is not used. Undefined (null) for a person without ties.",
  params: NO_PARAMS,
  value: (person, graph) => {
    const n = alters(graph, person).length;
    return n === 0 ? Number.NaN : n - (2 * tiesAmongAlters(graph, person)) / n;
  },
});
