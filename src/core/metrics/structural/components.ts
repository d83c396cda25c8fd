// Network metrics: number of components, share in the largest, and isolates.
import { z } from "zod";
import { networkMetric } from "./types.ts";
import { maxOf } from "../../arrays.ts";

/** Number of connected components (isolates count as one each). */
export const componentsMetric = networkMetric({
  id: "components",
  label: "Components",
  meaning: "How many separate parts the network falls into, with no path between them.",
  definition: "Number of connected components of the undirected snapshot, isolated nodes included.",
  params: z.object({}),
  compute: (cache) => cache.components().sizes.length,
});

/** Share of nodes in the largest component. */
export const largestComponentShareMetric = networkMetric({
  id: "largest_component_share",
  label: "Largest component share",
  meaning: "The share of the network that is joined up in its largest connected part.",
  definition: "Size of the largest connected component divided by n; NaN for an empty snapshot.",
  params: z.object({}),
  compute: (cache) => (cache.n === 0 ? Number.NaN : maxOf(cache.components().sizes) / cache.n),
});

/** Number of nodes with no ties. */
export const isolatesMetric = networkMetric({
  id: "isolates",
  label: "Isolates",
  meaning: "How many people or groups have no ties at all.",
  definition: "Number of nodes of degree 0 (networkx `number_of_isolates`).",
  params: z.object({}),
  compute: (cache) => {
    const { offsets } = cache.csr;
    let count = 0;
    for (let i = 0; i < cache.n; i++) if (offsets[i + 1] === offsets[i]) count++;
    return count;
  },
});
