// Burt's constraint: how far a person's contacts are tied up with each other.
import { alters, simpleDegree } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** Σ_j (p_ij + Σ_q p_iq·p_qj)² (networkx 2.8 `constraint`, undirected and unweighted). */
export const constraint = personIndicator({
  id: "constraint",
  label: "Constraint",
  meaning: "How closed-in this person's network is: high when all their contacts depend on the same few people.",
  definition:
    "Burt's constraint as in networkx 2.8 constraint for an undirected, unweighted graph: " +
    "Σ_j (p_ij + Σ_q p_iq·p_qj)² over the distinct alters j of i, where p_uv = 1/deg(u) when u and v " +
    "are adjacent and 0 otherwise, deg counting distinct neighbours, and q runs over i's alters. " +
    "Parallel ties are collapsed and tie strength is not used. Undefined (null) for a person without ties.",
  params: NO_PARAMS,
  value: (person, graph) => {
    const own = alters(graph, person);
    if (own.length === 0) return Number.NaN;
    const pOwn = 1 / own.length;
    let total = 0;
    for (const j of own) {
      let indirect = 0;
      for (const q of own) {
        if (q !== j && graph.areNeighbors(q, j)) indirect += pOwn / simpleDegree(graph, q);
      }
      total += (pOwn + indirect) ** 2;
    }
    return total;
  },
});
