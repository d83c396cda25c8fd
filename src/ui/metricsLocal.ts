// Metrics for the page when the metrics worker does not compute them: the full report for
// snapshots small enough to compute without freezing the page, else degree and strength alone,
// which are cheap; and how large a snapshot the worker takes on.
import { computeReport, type Report } from "../core/metrics/report.ts";
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import { snapshotAt } from "../core/model/snapshot.ts";
import { shortestPathWork } from "../core/metrics/shortestPathWork.ts";
import { toCsr } from "../core/metrics/csr.ts";
import { degrees, strengths } from "../core/metrics/kernels/degree.ts";
import { DEFAULT_SETTINGS, type PageSettings } from "./settings.ts";

/**
 * Whether the worker computes the full report for a snapshot of `nodes` and `ties`: when its
 * shortest-path work is at most `settings.workerReportWork`. A 5,000-node, 15,000-tie snapshot
 * (7.5e7) takes 2.7 s and a 2,755-node one from the scaled programme 0.6 s; a 10,000-node,
 * 30,000-tie one (4e8) would take 10 s per date, so it gets degree and strength.
 */
export function fullReportInWorker(nodes: number, ties: number, settings: Pick<PageSettings, "workerReportWork"> = DEFAULT_SETTINGS): boolean {
  return shortestPathWork({ order: nodes, size: ties }) <= settings.workerReportWork;
}

/** Whether `report` holds degree and strength only (a snapshot too large for the full report). */
export function isPartialReport(report: Report): boolean {
  return !("density" in report.network);
}

/**
 * A metrics report for the snapshot at `at`: full when it has at most `settings.fullReportLimit`
 * nodes (the full report takes about 0.35 s on the 419-node sample snapshot and 0.6 s on the
 * 602-node one, and grows faster than linearly), else degree and strength alone.
 */
export function localReport(project: Project, at: IsoDate | undefined, settings: Pick<PageSettings, "fullReportLimit"> = DEFAULT_SETTINGS): Report {
  const graph = snapshotAt(project, at);
  if (graph.order <= settings.fullReportLimit) return computeReport(project, at);
  // The same kernels as the full report, so degree counts distinct neighbours and strength
  // follows the project's tie weight.
  const csr = toCsr(graph);
  const degree = degrees(csr);
  const strength = strengths(csr);
  const nodes: Report["nodes"] = {};
  csr.ids.forEach((id, i) => {
    nodes[id] = { degree: degree[i], strength: strength[i] };
  });
  return { at, previousAt: undefined, network: { nodes: graph.order, ties: graph.size }, nodes, flags: [], warnings: [] };
}
