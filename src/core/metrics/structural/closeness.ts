// Node metric: closeness, how few steps a node is from everyone it can reach.
import { z } from "zod";
import { closenessFromDistances } from "../kernels/closeness.ts";
import { nodeMetric } from "./types.ts";

const params = z.object({
  /** Wasserman–Faust correction for disconnected graphs (networkx `wf_improved`). */
  wfImproved: z.boolean().default(true),
});

/** Closeness centrality, networkx `closeness_centrality` semantics. */
export const closenessMetric = nodeMetric({
  id: "closeness",
  label: "Closeness",
  meaning: "How few steps this person is from everyone else they can reach, counting how much of the network they can reach at all.",
  definition:
    "(r / Σ d(v,u)) × (r / (n − 1)) over the r nodes u reachable from v (Wasserman & Faust 1994); 0 for isolated nodes.",
  params,
  uses: "distances",
  compute: (cache, p) => {
    const { distanceSum, reach } = cache.shortestPaths("distances");
    const out = new Float64Array(cache.n);
    for (let i = 0; i < cache.n; i++) out[i] = closenessFromDistances(distanceSum![i], reach![i], cache.n, p.wfImproved);
    return out;
  },
});
