// The page side of the metrics Worker: `request` returns a promise of the result; a newer
// request cancels the older one by terminating its worker (the core has no pause points, so
// this is the only way to stop a long betweenness pass) and starting a fresh one.
import type { Report } from "../core/metrics/report.ts";
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import type { HubTimeline, TimelineEvery } from "../core/timeline/index.ts";
import type { MetricsMessage, MetricsRequest, TimelineResult } from "./protocol.ts";

/** Thrown (as the rejection) for a request replaced by a newer one. */
export class CancelledError extends Error {
  constructor() {
    super("replaced by a newer request");
    this.name = "CancelledError";
  }
}

/** Starts a metrics worker; injectable so tests or other hosts can supply their own. */
export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL("./metricsWorker.ts", import.meta.url), { type: "module" });

interface Pending {
  id: number;
  resolve: (value: MetricsMessage) => void;
  reject: (error: Error) => void;
}

/** One worker at a time, one request at a time; the newest request wins. */
export class MetricsClient {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private nextId = 1;

  /** `onProgress` receives the worker's progress lines (e.g. for the status bar). */
  constructor(
    private readonly factory: WorkerFactory = defaultFactory,
    private readonly onProgress: (message: string) => void = () => {},
  ) {}

  /** The report of the snapshot at `at`; rejects with `CancelledError` when a newer request comes. */
  async report(project: Project, at: IsoDate | undefined): Promise<Report> {
    const message = await this.request({ project, at, kind: "report" });
    if (message.type !== "report") throw new Error("the metrics worker answered a report request with " + message.type);
    return message.report;
  }

  /** The timeline at every wave/month/quarter; rejects with `CancelledError` when a newer request comes. */
  async timeline(project: Project, every: TimelineEvery = "wave"): Promise<TimelineResult> {
    const message = await this.request({ project, at: undefined, kind: "timeline", every });
    if (message.type !== "timeline") throw new Error("the metrics worker answered a timeline request with " + message.type);
    return message.timeline;
  }

  /** Each value of `attribute`'s indicators at every step; rejects with `CancelledError` when a newer request comes. */
  async hubs(project: Project, every: TimelineEvery, attribute: string): Promise<HubTimeline> {
    const message = await this.request({ project, at: undefined, kind: "hubs", every, attribute });
    if (message.type !== "hubs") throw new Error("the metrics worker answered a hubs request with " + message.type);
    return message.hubs;
  }

  /** Sends one request, cancelling any still running; resolves with the worker's final message. */
  request(body: Omit<MetricsRequest, "requestId">): Promise<MetricsMessage> {
    if (this.pending) {
      this.pending.reject(new CancelledError());
      this.pending = undefined;
      this.worker?.terminate();
      this.worker = undefined;
    }
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<MetricsMessage>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      worker.postMessage({ ...body, requestId: id } satisfies MetricsRequest);
    });
  }

  /** Stops the worker and rejects the pending request. */
  dispose(): void {
    this.pending?.reject(new CancelledError());
    this.pending = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }

  private spawn(): Worker {
    const worker = this.factory();
    worker.addEventListener("message", (event: MessageEvent<MetricsMessage>) => {
      const message = event.data;
      const pending = this.pending;
      if (!pending || message.requestId !== pending.id) return;
      if (message.type === "progress") return this.onProgress(message.message);
      this.pending = undefined;
      if (message.type === "error") pending.reject(new Error("Metrics failed: " + message.message));
      else pending.resolve(message);
    });
    worker.addEventListener("error", (event) => {
      const pending = this.pending;
      this.pending = undefined;
      this.worker = undefined;
      pending?.reject(new Error("The metrics worker stopped: " + (event.message || "unknown error")));
    });
    return worker;
  }
}
