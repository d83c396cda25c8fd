// Network metric: assortativity by kind, whether ties mostly join nodes of the same kind.
import { z } from "zod";
import { attributeAssortativity } from "../kernels/assortativity.ts";
import { networkMetric } from "./types.ts";

/** networkx `attribute_assortativity_coefficient(G, "kind")`. */
export const kindAssortativityMetric = networkMetric({
  id: "kind_assortativity",
  label: "Kind assortativity",
  meaning: "Whether ties mostly join the same kind of node (above 0: service users with service users, workers with workers) or mix kinds (below 0).",
  definition:
    "Newman's (2003) attribute assortativity of `kind`: (Σ e_ii − Σ a_i b_i) / (1 − Σ a_i b_i) on the mixing matrix; NaN when undefined (no ties, or one kind only).",
  params: z.object({}),
  compute: (cache) => attributeAssortativity(cache.csr, cache.kinds()),
});
