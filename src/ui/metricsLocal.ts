// Metrics for the page when the metrics worker does not compute them: the full report for
// snapshots small enough to compute without freezing the page, else degree and strength alone,
// which are cheap; and how large a snapshot the worker takes on.
import { computeReport, type Report } from "../core/metrics/report.ts";
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import { snapshotAt } from "../core/model/snapshot.ts";

/**
 * Above this many nodes in the snapshot the page computes degree and strength only (the
 * worker does the rest). The full report takes about 0.35 s on the 419-node sample snapshot
 * and 0.6 s on the 602-node one, and grows faster than linearly (betweenness).
 */
export const FULL_REPORT_LIMIT = 1000;

/**
 * The most work (nodes × (nodes + ties), about one breadth-first search per node) the metrics
 * worker takes on by itself for a date: about 3 s on one core of a 2-core machine. A 5,000-node,
 * 15,000-tie snapshot (7.5e7) takes 2.7 s and a 2,755-node one from the scaled programme 0.6 s;
 * a 10,000-node, 30,000-tie one (4e8) would take 10 s per date, so it gets degree and strength.
 */
export const WORKER_REPORT_WORK = 1e8;

/** Whether the worker computes the full report for a snapshot of this size. */
export function fullReportInWorker(nodes: number, ties: number): boolean {
  return nodes * (nodes + ties) <= WORKER_REPORT_WORK;
}

/** Whether `report` holds degree and strength only (a snapshot too large for the full report). */
export function isPartialReport(report: Report): boolean {
  return !("density" in report.network);
}

/** A metrics report for the snapshot at `at`, full when the snapshot is small enough. */
export function localReport(project: Project, at: IsoDate | undefined): Report {
  const graph = snapshotAt(project, at);
  if (graph.order <= FULL_REPORT_LIMIT) return computeReport(project, at);
  const nodes: Report["nodes"] = {};
  graph.forEachNode((id) => {
    let strength = 0;
    graph.forEachEdge(id, (_e, tie) => {
      strength += tie.strength;
    });
    nodes[id] = { degree: graph.degree(id), strength };
  });
  return { at, previousAt: undefined, network: { nodes: graph.order, ties: graph.size }, nodes, flags: [], warnings: [] };
}
