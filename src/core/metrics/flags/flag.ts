// The shape of one isolation flag file: typed parameters in, evidence out (or nothing).
import type { z } from "zod";
import type { RecoveryGraph } from "../../model/graph.ts";
import type { FlagDescriptor, FlagEvidence, MetricContext } from "../descriptor.ts";

/** What a flag file writes: the descriptor fields with its own parameter type. */
export interface FlagSpec<P extends z.ZodType> {
  id: string;
  label: string;
  meaning: string;
  definition: string;
  params: P;
  check: (person: string, graph: RecoveryGraph, params: z.output<P>, context: MetricContext) => FlagEvidence | undefined;
}

/** Builds a flag descriptor (parameter type erased so flags share one list). */
export function flag<P extends z.ZodType>(spec: FlagSpec<P>): FlagDescriptor {
  const { check, ...rest } = spec;
  return { ...rest, scope: "flag", fn: (person, graph, params, context) => check(person, graph, params as z.output<P>, context) };
}

/** "1 tie", "3 ties". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
