// Flag: no ties at all.
import { z } from "zod";
import { flag } from "./flag.ts";

/** Fires when the person has no tie in the snapshot. */
export const noTies = flag({
  id: "no_ties",
  label: "No ties at all",
  meaning: "This person has no recorded relationships at this date.",
  definition: "The person's degree in the snapshot is 0 (no tie of any type to anyone or any group).",
  params: z.object({}),
  check: (person, graph) => (graph.degree(person) === 0 ? { text: "no ties at this date", values: { ties: 0 } } : undefined),
});
