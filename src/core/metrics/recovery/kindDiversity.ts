// Diversity of kinds: whether a person's contacts come from many walks of life.
import { NODE_KINDS } from "../../model/vocabulary.ts";
import { alters } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** IQV = (k/(k−1))·(1−Σp²) over the alters' kinds, k = the 7 kinds of the model. */
export const kindDiversity = personIndicator({
  id: "kind_diversity",
  label: "Diversity of contacts (IQV)",
  meaning: "How varied this person's contacts are (peers, family, friends, workers, groups …), from 0 (all one kind) to 1.",
  definition:
    "The index of qualitative variation over the kinds of the person's distinct alters: " +
    `(k/(k−1))·(1−Σ p_c²), where p_c is the share of alters of kind c and k = ${NODE_KINDS.length}, ` +
    `the number of kinds possible (${NODE_KINDS.join(", ")}). 0 for a person without ties.`,
  params: NO_PARAMS,
  value: (person, graph) => {
    const own = alters(graph, person);
    if (own.length === 0) return 0;
    const counts = new Map<string, number>();
    for (const a of own) {
      const kind = graph.getNodeAttribute(a, "kind");
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    let sumSquares = 0;
    for (const c of counts.values()) sumSquares += (c / own.length) ** 2;
    const k = NODE_KINDS.length;
    return (k / (k - 1)) * (1 - sumSquares);
  },
});
