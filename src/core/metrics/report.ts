// The combined metrics report for one snapshot: structural metrics, recovery indicators and
// isolation flags, in the shape the `metrics` command prints and the page shows.
import type { IsoDate } from "../model/dates.ts";
import type { RecoveryGraph } from "../model/graph.ts";
import type { Project } from "../model/schema.ts";
import { latestDate, snapshotAt } from "../model/snapshot.ts";
import type { MetricContext } from "./descriptor.ts";
import { evaluateFlags, savedFlagSettings, type FlagSettings, type RaisedFlag } from "./flags/index.ts";
import { computeNetworkIndicators, computePersonIndicators } from "./recovery/index.ts";
import { computeStructural, type MetricWarning, type StructuralOptions, type StructuralResult } from "./structural/index.ts";

/** Output names that differ from the descriptor id (the rest are the id in camelCase). */
const RENAMED: Record<string, string> = { node_count: "nodes", tie_count: "ties" };

/** The key a descriptor id has in reports, JSON and CSV: `average_clustering` → `averageClustering`. */
export function outputKey(id: string): string {
  return RENAMED[id] ?? id.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Re-keys a record of descriptor ids by their output keys. */
export function withOutputKeys(values: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(values)) out[outputKey(id)] = value;
  return out;
}

/** The latest wave date strictly before `at`, the "previous wave" of the change indicators. */
export function previousWaveDate(project: Project, at: IsoDate | undefined): IsoDate | undefined {
  if (at === undefined) return undefined;
  let best: IsoDate | undefined;
  for (const wave of project.waves) if (wave.date < at && (best === undefined || wave.date > best)) best = wave.date;
  return best;
}

/** What `computeReport` can be told. */
export interface ReportOptions {
  /** Flag thresholds and kinds; the project's saved ones (`savedFlagSettings`), then the defaults, fill the rest. */
  flags?: Partial<FlagSettings>;
  /** Which structural metrics, with which parameters (default: all, with defaults). */
  structural?: StructuralOptions;
}

/** One snapshot's metrics. Undefined values (a share of nothing) are NaN, written as null in JSON. */
export interface Report {
  /** The snapshot date; undefined for undated data. */
  at: IsoDate | undefined;
  /** The previous wave compared against by the change indicators, if any. */
  previousAt: IsoDate | undefined;
  /** Network metrics and indicators by output key (`nodes`, `ties`, `density`, `eiIndex`, …). */
  network: Record<string, number>;
  /** Per node: structural metrics, then (people only) recovery indicators, by output key. */
  nodes: Record<string, Record<string, number>>;
  /** Every flag raised, in node then flag order. */
  flags: RaisedFlag[];
  /**
   * Metrics whose values are not to be taken as they are (PageRank or eigenvector centrality that
   * stopped before converging), in plain words; empty when there are none.
   */
  warnings: MetricWarning[];
}

/** The metric context of the snapshot at `at`: the previous wave's snapshot when there is one. */
export function reportContext(project: Project, at: IsoDate | undefined): MetricContext {
  const previousAt = previousWaveDate(project, at);
  return previousAt === undefined
    ? { project, at }
    : { project, at, previous: snapshotAt(project, previousAt), previousAt };
}

/**
 * Computes every metric, indicator and flag of the snapshot at `at` (default: the latest date
 * in the data, or the whole network for undated data).
 */
export function computeReport(project: Project, at?: IsoDate, options: ReportOptions = {}): Report {
  const date = at ?? latestDate(project);
  const graph: RecoveryGraph = snapshotAt(project, date);
  return reportFromStructural(project, date, graph, computeStructural(graph, options.structural), options);
}

/**
 * The report for `graph`, the snapshot of `project` at `date`, from structural metrics computed
 * elsewhere (for example with the shortest paths on worker threads: `computeStructuralInWorkers`).
 */
export function reportFromStructural(
  project: Project,
  date: IsoDate | undefined,
  graph: RecoveryGraph,
  structural: StructuralResult,
  options: ReportOptions = {},
): Report {
  const context = reportContext(project, date);
  const saved = savedFlagSettings(project);
  const betweenness = betweennessOf(structural.nodes);
  const network = withOutputKeys({ ...structural.network, ...computeNetworkIndicators(graph, context, betweenness) });
  const indicators = computePersonIndicators(graph, context);
  const nodes: Record<string, Record<string, number>> = {};
  graph.forEachNode((id) => {
    nodes[id] = withOutputKeys({ ...structural.nodes.get(id), ...indicators.get(id) });
  });
  return {
    at: date,
    previousAt: context.previousAt,
    network,
    nodes,
    flags: evaluateFlags(graph, context, { ...saved.settings, ...options.flags }),
    warnings: saved.problem === undefined ? structural.warnings : [...structural.warnings, { metric: "flags", text: saved.problem }],
  };
}

/** The structural betweenness, when it was computed. */
function betweennessOf(nodes: Map<string, Record<string, number>>): Map<string, number> | undefined {
  const out = new Map<string, number>();
  for (const [id, values] of nodes) {
    if (values.betweenness === undefined) return undefined;
    out.set(id, values.betweenness);
  }
  return out;
}
