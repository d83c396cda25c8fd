// Messages between the page and the metrics Worker (see metricsWorker.ts and metricsClient.ts).
import type { Report } from "../core/metrics/report.ts";
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import type { HubTimeline, TimelineEvery, TimelineStats, TimelineStep } from "../core/timeline/index.ts";

/**
 * What the page asks: the report of one snapshot, the timeline stepping `every` wave/month/quarter,
 * or the indicators of each value of `attribute` (each hub) at the same steps.
 */
export interface MetricsRequest {
  requestId: number;
  project: Project;
  /** The snapshot date of a report; ignored by a timeline. */
  at: IsoDate | undefined;
  kind: "report" | "timeline" | "hubs";
  /** Timeline steps (default `wave`). */
  every?: TimelineEvery;
  /** The categorical attribute of service users whose groups `hubs` compares (e.g. `hub`). */
  attribute?: string;
}

/** The timeline result: its steps and the work it did. */
export interface TimelineResult {
  steps: TimelineStep[];
  stats: TimelineStats;
}

/** What the worker posts back: progress while working, then the result or the error. */
export type MetricsMessage =
  | { requestId: number; type: "progress"; message: string }
  | { requestId: number; type: "report"; report: Report; ms: number }
  | { requestId: number; type: "timeline"; timeline: TimelineResult; ms: number }
  | { requestId: number; type: "hubs"; hubs: HubTimeline; ms: number }
  | { requestId: number; type: "error"; message: string };
