// Node metric: strength, the sum of the weights of a node's ties (the project's chosen weight:
// the ties' strength 1–5 in a recovery project, the file's `weight` in a generic graph).
import { z } from "zod";
import { strengths } from "../kernels/degree.ts";
import { nodeMetric } from "./types.ts";

/** Strength: sum of tie weights (model/weight.ts), every tie counted (parallel ties too). */
export const strengthMetric = nodeMetric({
  id: "strength",
  label: "Strength",
  meaning: "How much contact and closeness this person has in total: the weights of all their ties added up (in a recovery project, their strengths).",
  definition:
    "Sum of the weight of every tie at the node, parallel ties included (weighted degree, as networkx 2.8 `degree(weight=…)`). The weight is the project's choice (`meta.weight`, docs/data-format.md): the tie's `strength` (1–5) in a recovery project, the file's `weight` attribute in a generic graph, or none (every tie counts 1). A tie without a numeric value of the chosen weight counts 1, and importing says how many there are.",
  params: z.object({}),
  compute: (cache) => strengths(cache.csr),
});
