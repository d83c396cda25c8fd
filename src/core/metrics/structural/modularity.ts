// Network metric: modularity of the seeded Louvain partition.
import { modularity } from "../kernels/modularity.ts";
import { louvainParams } from "./community.ts";
import { networkMetric } from "./types.ts";

/** Modularity of the `community` partition (same seed and resolution give the same partition). */
export const modularityMetric = networkMetric({
  id: "modularity",
  label: "Modularity",
  meaning: "How clearly the network splits into separate close-knit groups (above about 0.3 is a clear split).",
  definition:
    "Q = Σ_c [L_c/m − γ(d_c/2m)²] (Newman 2006, networkx `modularity`) of the seeded Louvain partition; NaN when there are no ties.",
  params: louvainParams,
  compute: (cache, p) => modularity(cache.csr, cache.louvain(p.seed, p.resolution), p.resolution),
});
