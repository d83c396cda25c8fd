// The shape of a per-person recovery indicator: a value for one person, mapped over every
// person in the snapshot. The per-person form lets the timeline recompute only the people
// whose ego network changed.
import { z } from "zod";
import type { RecoveryGraph } from "../../model/graph.ts";
import type { MetricContext, NetworkMetricDescriptor, NodeMetricDescriptor } from "../descriptor.ts";
import { isPerson } from "./sides.ts";

/** Indicators without parameters. */
export const NO_PARAMS = z.object({});

/** A per-person indicator: `fn` gives every person's value, `value` one person's. */
export interface PersonIndicatorDescriptor extends NodeMetricDescriptor {
  /** The value for one person (a node of a person kind in `graph`). */
  value: (person: string, graph: RecoveryGraph, params: unknown, context: MetricContext) => number;
  /** True when the value depends on `context.previous` (ties gained or lost). */
  change?: boolean;
}

/** What an indicator file writes: the descriptor fields, with its own parameter type. */
export interface PersonIndicatorSpec<P extends z.ZodType> {
  id: string;
  label: string;
  meaning: string;
  definition: string;
  params: P;
  change?: boolean;
  value: (person: string, graph: RecoveryGraph, params: z.output<P>, context: MetricContext) => number;
}

/**
 * Builds a per-person indicator. Values are only given for people (groups are left out);
 * undefined quantities (a share of zero ties) are NaN, written as null in JSON.
 */
export function personIndicator<P extends z.ZodType>(spec: PersonIndicatorSpec<P>): PersonIndicatorDescriptor {
  const value = (person: string, graph: RecoveryGraph, params: unknown, context: MetricContext) =>
    spec.value(person, graph, params as z.output<P>, context);
  return {
    ...spec,
    scope: "node",
    value,
    fn: (graph, params, context) => {
      const out = new Map<string, number>();
      graph.forEachNode((id, node) => {
        if (isPerson(node)) out.set(id, value(id, graph, params, context));
      });
      return out;
    },
  };
}

/** What a network indicator file writes. */
export interface NetworkIndicatorSpec<P extends z.ZodType> {
  id: string;
  label: string;
  meaning: string;
  definition: string;
  params: P;
  value: (graph: RecoveryGraph, params: z.output<P>, context: MetricContext) => number;
}

/** Builds a network indicator descriptor (parameter type erased so descriptors share one list). */
export function networkIndicator<P extends z.ZodType>(spec: NetworkIndicatorSpec<P>): NetworkMetricDescriptor {
  const { value, ...rest } = spec;
  return { ...rest, scope: "network", fn: (graph, params, context) => value(graph, params as z.output<P>, context) };
}
