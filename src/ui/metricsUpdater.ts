// Keeps `metrics` in the store in step with the project and the date. The metrics Worker
// computes each report, so stepping or playing through time never waits for betweenness on the
// page's thread; a newer date cancels the report still running, and the page computes the
// report itself if the worker cannot run. Snapshots too large for the worker to finish in a few
// seconds get degree and strength only (see metricsLocal.ts).
import { isActiveAt } from "../core/model/snapshot.ts";
import { CancelledError, MetricsClient } from "../worker/metricsClient.ts";
import { fullReportInWorker, localReport } from "./metricsLocal.ts";
import type { Report } from "../core/metrics/report.ts";
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import type { AppState, Store } from "./store.ts";

/**
 * Whether a report of `project` at `at` still fits the state: saving layout positions replaces the
 * project but not its structure; choosing another tie weight changes strength.
 */
function stillCurrent(state: AppState, project: Project, at: IsoDate | undefined): boolean {
  return state.at === at && state.project.ties === project.ties && state.project.meta.weight === project.meta.weight &&
    state.project.observations === project.observations && sameNodesBesidesPositions(state.project.nodes, project.nodes);
}

/**
 * True when two node lists differ at most in saved layout positions: saving the layout needs no new
 * report, but an edit of a kind, a date or a use status does (flags and indicators read them).
 */
export function sameNodesBesidesPositions(a: Project["nodes"], b: Project["nodes"]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const q = b[i];
    if (p === q) continue;
    if (p.id !== q.id || p.kind !== q.kind || p.start !== q.start || p.end !== q.end || p.use_status !== q.use_status ||
      p.group_type !== q.group_type || p.recovery_oriented !== q.recovery_oriented || p.label !== q.label || JSON.stringify(p.spells) !== JSON.stringify(q.spells)) return false;
  }
  return true;
}

/** Recomputes metrics when the project or date changes; returns the function that stops it. */
export function mountMetricsUpdater(store: Store, client: MetricsClient = new MetricsClient()): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Sets the status's phase (and its message when given) with the rest of `patch`, in one change. */
  const setStatus = (phase: "ready" | "computing", patch: Partial<AppState> = {}, message?: string) =>
    store.set({ ...patch, status: { ...store.get().status, phase, ...(message !== undefined && { message }) } });
  /**
   * Asks the worker for the report of the date shown; calls `done` or `failed` only if the answer
   * still fits the state (the date or project may have moved on) and was not replaced by a newer request.
   */
  const ask = (done: (metrics: Report) => void, failed: (error: unknown) => void) => {
    const { project, at } = store.get();
    const current = () => !stopped && stillCurrent(store.get(), project, at);
    client.report(project, at).then(
      (metrics) => {
        if (current()) done(metrics);
      },
      (error: unknown) => {
        if (!(error instanceof CancelledError) && current()) failed(error);
      },
    );
  };
  /** Computes the full report in the worker for the date shown (what `fullReportAsked` asks). */
  const computeAll = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { at } = store.get();
    const forDate = at ? ` for ${at}` : "";
    setStatus("computing", {}, `Computing every metric${forDate} in the background…`);
    const started = performance.now();
    ask(
      (metrics) => setStatus("ready", { metrics }, `Every metric${forDate} computed in ${((performance.now() - started) / 1000).toFixed(1)} s`),
      (error) => setStatus("ready", {}, `Could not compute every metric: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const { project, at } = store.get();
      setStatus("computing");
      const order = at === undefined ? project.nodes.length : project.nodes.filter((n) => isActiveAt(n, at)).length;
      const size = at === undefined ? project.ties.length : project.ties.filter((t) => isActiveAt(t, at)).length;
      if (!fullReportInWorker(order, size, store.settings)) {
        // Degree and strength only, from the page at once. The full report is not started by
        // itself: at 20,000 nodes it keeps a core busy for about 40 s, which on two cores held
        // up the layout and, with software WebGL, every frame of the map for 19 s.
        setStatus("ready", { metrics: localReport(project, at, store.settings) });
        return;
      }
      ask(
        (metrics) => setStatus("ready", { metrics }),
        // No worker here (or it failed): compute on the page, as small snapshots allow.
        () => setStatus("ready", { metrics: localReport(project, at, store.settings) }),
      );
    }, store.settings.metricsDelayMs);
  };
  schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    const structural = state.project !== previous.project && !stillCurrent(state, previous.project, state.at);
    if (state.at !== previous.at || structural) schedule();
    else if (state.fullReportAsked > previous.fullReportAsked) computeAll();
  });
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
