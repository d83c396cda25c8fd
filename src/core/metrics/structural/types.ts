// Structural descriptors: a NodeMetricDescriptor / NetworkMetricDescriptor plus a `compute`
// that reads from a shared StructuralCache, so `computeStructural` can share work between them.
import type { z } from "zod";
import type { NetworkMetricDescriptor, NodeMetricDescriptor } from "../descriptor.ts";
import type { RecoveryGraph } from "../../model/graph.ts";
import { StructuralCache } from "./cache.ts";

/**
 * Says, in plain words for the page and the command line, that a metric's values are not to be
 * taken as they are (an iteration that stopped before it converged).
 */
export type Warn = (text: string) => void;

/** "1 iteration", "1,000 iterations": a count for a warning. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}

/** A warning about one metric's values in one snapshot. */
export interface MetricWarning {
  /** The metric's descriptor id: `pagerank`. */
  metric: string;
  /** Plain words: what happened and what the values are. */
  text: string;
}

/** A node metric that can compute from a shared cache (values indexed like `cache.csr.ids`). */
export interface StructuralNodeMetric<P extends z.ZodType = z.ZodType> extends NodeMetricDescriptor<P> {
  /** The values; calls `warn` when they are not to be trusted as they are. */
  compute: (cache: StructuralCache, params: z.output<P>, warn: Warn) => ArrayLike<number>;
  /** Which shared BFS outputs it uses, so one pass can serve several metrics. */
  uses?: "betweenness" | "distances";
}

/** A network metric that can compute from a shared cache. */
export interface StructuralNetworkMetric<P extends z.ZodType = z.ZodType> extends NetworkMetricDescriptor<P> {
  compute: (cache: StructuralCache, params: z.output<P>) => number;
}

/**
 * Builds a node descriptor whose `fn` runs `compute` on a fresh cache. `fn` returns values only
 * and drops warnings: use `computeStructural`, which collects them, where they must be shown.
 */
export function nodeMetric<P extends z.ZodType>(
  spec: Omit<StructuralNodeMetric<P>, "fn" | "scope">,
): StructuralNodeMetric<P> {
  return {
    ...spec,
    scope: "node",
    fn: (graph: RecoveryGraph, params: z.output<P>) => {
      const cache = new StructuralCache(graph);
      return cache.byId(spec.compute(cache, params, () => {}));
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
