// Node metric: strength, the sum of the strengths (1–5) of a node's ties.
import { z } from "zod";
import { strengths } from "../kernels/degree.ts";
import { nodeMetric } from "./types.ts";

/** Strength: sum of tie strengths, every tie counted (parallel ties too). */
export const strengthMetric = nodeMetric({
  id: "strength",
  label: "Strength",
  meaning: "How much contact and closeness this person has in total: the strengths of all their ties added up.",
  definition: "Sum of the `strength` of every tie at the node (weighted degree; a tie without a numeric strength counts 1).",
  params: z.object({}),
  compute: (cache) => strengths(cache.csr),
});
