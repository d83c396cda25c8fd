// The metrics Worker: a host for the same core the CLI runs in Node, so the page never freezes
// while a report or a timeline is computed. Start it with
// `new Worker(new URL("./metricsWorker.ts", import.meta.url), { type: "module" })`.
import "./zodConfig.ts";
import { computeReport } from "../core/metrics/report.ts";
import { computeHubTimeline, computeTimeline, timelineDates } from "../core/timeline/index.ts";
import type { MetricsMessage, MetricsRequest } from "./protocol.ts";

const post = (message: MetricsMessage): void => (self as unknown as Worker).postMessage(message);

/** Handles one request: posts a progress line, then the result or the error (never throws). */
export function handle(request: MetricsRequest): MetricsMessage {
  const started = performance.now();
  try {
    if (request.kind === "timeline") {
      const timeline = computeTimeline(request.project, { every: request.every ?? "wave" });
      return { requestId: request.requestId, type: "timeline", timeline, ms: performance.now() - started };
    }
    if (request.kind === "hubs") {
      if (request.attribute === undefined) throw new Error("a hubs request needs the attribute whose groups to compare");
      const hubs = computeHubTimeline(request.project, request.attribute, timelineDates(request.project, request.every ?? "wave"));
      return { requestId: request.requestId, type: "hubs", hubs, ms: performance.now() - started };
    }
    const report = computeReport(request.project, request.at);
    return { requestId: request.requestId, type: "report", report, ms: performance.now() - started };
  } catch (error) {
    return { requestId: request.requestId, type: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

self.addEventListener("message", (event: MessageEvent<MetricsRequest>) => {
  const request = event.data;
  post({ requestId: request.requestId, type: "progress", message: request.kind === "report" ? "Computing metrics…" : "Computing the timeline…" });
  post(handle(request));
});
