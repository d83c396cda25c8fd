// Metrics, indicators and flags are descriptors (STYLE.md §4): an id, a label, a plain-language
// meaning, a formal definition, typed parameters with defaults, and a pure `fn`. Panels, the
// command line and docs/metrics.md are generated from them, so adding a metric is one file.
import type { z } from "zod";
import type { IsoDate } from "../model/dates.ts";
import type { RecoveryGraph } from "../model/graph.ts";
import type { Project } from "../model/schema.ts";

/** What a metric function may know besides the snapshot itself. */
export interface MetricContext {
  /** The whole project (observations, waves, every date). */
  project: Project;
  /** The snapshot date, undefined for undated data. */
  at: IsoDate | undefined;
  /** The snapshot at the previous wave (or previous step), for change indicators. */
  previous?: RecoveryGraph;
  /** The date of `previous`. */
  previousAt?: IsoDate;
}

/** Fields every descriptor has. */
export interface DescriptorBase<P extends z.ZodType> {
  /** Stable machine name, used in CLI output, CSV headers and URLs: `betweenness`. */
  id: string;
  /** Short human name: `Betweenness`. */
  label: string;
  /** One line a support worker understands: "links people who would otherwise not be linked". */
  meaning: string;
  /** The formal definition, as a researcher would cite it. */
  definition: string;
  /** Parameters with defaults and bounds; `params.parse({})` gives the defaults. */
  params: P;
}

/** A value per node, keyed by node id (compute, then assign: never written into the graph). */
export interface NodeMetricDescriptor<P extends z.ZodType = z.ZodType> extends DescriptorBase<P> {
  scope: "node";
  fn: (graph: RecoveryGraph, params: z.output<P>, context: MetricContext) => Map<string, number>;
}

/** One number for the whole snapshot. */
export interface NetworkMetricDescriptor<P extends z.ZodType = z.ZodType> extends DescriptorBase<P> {
  scope: "network";
  fn: (graph: RecoveryGraph, params: z.output<P>, context: MetricContext) => number;
}

/** The evidence behind a flag, shown to the worker so they can check it. */
export interface FlagEvidence {
  /** Plain words with the numbers: "2 of 3 ties are risk ties". */
  text: string;
  /** The numbers themselves, for tables and exports. */
  values: Record<string, number>;
}

/** An advisory isolation flag for a person; `fn` returns evidence when the flag fires. */
export interface FlagDescriptor<P extends z.ZodType = z.ZodType> extends DescriptorBase<P> {
  scope: "flag";
  fn: (
    person: string,
    graph: RecoveryGraph,
    params: z.output<P>,
    context: MetricContext,
  ) => FlagEvidence | undefined;
}

export type AnyDescriptor = NodeMetricDescriptor | NetworkMetricDescriptor | FlagDescriptor;
