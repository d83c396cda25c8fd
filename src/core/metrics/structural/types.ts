// Structural descriptors: a NodeMetricDescriptor / NetworkMetricDescriptor plus a `compute`
// that reads from a shared StructuralCache, so `computeStructural` can share work between them.
import type { z } from "zod";
import type { NetworkMetricDescriptor, NodeMetricDescriptor } from "../descriptor.ts";
import type { RecoveryGraph } from "../../model/graph.ts";
import { StructuralCache } from "./cache.ts";

/** A node metric that can compute from a shared cache (values indexed like `cache.csr.ids`). */
export interface StructuralNodeMetric<P extends z.ZodType = z.ZodType> extends NodeMetricDescriptor<P> {
  compute: (cache: StructuralCache, params: z.output<P>) => ArrayLike<number>;
  /** Which shared BFS outputs it uses, so one pass can serve several metrics. */
  uses?: "betweenness" | "distances";
}

/** A network metric that can compute from a shared cache. */
export interface StructuralNetworkMetric<P extends z.ZodType = z.ZodType> extends NetworkMetricDescriptor<P> {
  compute: (cache: StructuralCache, params: z.output<P>) => number;
}

/** Builds a node descriptor whose `fn` runs `compute` on a fresh cache. */
export function nodeMetric<P extends z.ZodType>(
  spec: Omit<StructuralNodeMetric<P>, "fn" | "scope">,
): StructuralNodeMetric<P> {
  return {
    ...spec,
    scope: "node",
    fn: (graph: RecoveryGraph, params: z.output<P>) => {
      const cache = new StructuralCache(graph);
      return cache.byId(spec.compute(cache, params));
    },
  };
}

/** Builds a network descriptor whose `fn` runs `compute` on a fresh cache. */
export function networkMetric<P extends z.ZodType>(
  spec: Omit<StructuralNetworkMetric<P>, "fn" | "scope">,
): StructuralNetworkMetric<P> {
  return {
    ...spec,
    scope: "network",
    fn: (graph: RecoveryGraph, params: z.output<P>) => spec.compute(new StructuralCache(graph), params),
  };
}
