// Node metric: coreness, how deep in the densely knit core of the network a node sits.
import { z } from "zod";
import { coreNumbers } from "../kernels/kcore.ts";
import { nodeMetric } from "./types.ts";

/** Core number, networkx `core_number`. */
export const corenessMetric = nodeMetric({
  id: "coreness",
  label: "Coreness",
  meaning: "How deep in the closely knit core of the network this person is.",
  definition: "The largest k such that the node belongs to the k-core, the maximal subgraph with every degree ≥ k (Seidman 1983; Batagelj & Zaversnik 2003).",
  params: z.object({}),
  compute: (cache) => coreNumbers(cache.csr),
});
