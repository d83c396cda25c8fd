// Node metric: component, which connected part of the network a node belongs to.
import { z } from "zod";
import { nodeMetric } from "./types.ts";

/** Connected component number, 0, 1, … in the order of each component's first node. */
export const componentMetric = nodeMetric({
  id: "component",
  label: "Component",
  meaning: "Which separate part of the network this person is in; people in different parts have no path between them.",
  definition: "Index of the connected component, numbered in order of each component's first node in the snapshot.",
  params: z.object({}),
  compute: (cache) => cache.components().labels,
});
