// Keeps `metrics` in the store in step with the project and the date. The metrics Worker
// computes each report, so stepping or playing through time never waits for betweenness on the
// page's thread; a newer date cancels the report still running, and the page computes the
// report itself if the worker cannot run. Snapshots too large for the worker to finish in a few
// seconds get degree and strength only (see metricsLocal.ts).
import { isActiveAt } from "../core/model/snapshot.ts";
import { CancelledError, MetricsClient } from "../worker/metricsClient.ts";
import { fullReportInWorker, localReport } from "./metricsLocal.ts";
import type { Store } from "./store.ts";

/** Milliseconds of quiet before metrics are recomputed. */
export const METRICS_DELAY_MS = 150;

/** Recomputes metrics when the project or date changes; returns the function that stops it. */
export function mountMetricsUpdater(store: Store, client: MetricsClient = new MetricsClient()): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const setPhase = (phase: "ready" | "computing") => store.set({ status: { ...store.get().status, phase } });
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const { project, at } = store.get();
      // The date or project may have moved on while computing; keep only a current answer.
      const current = () => !stopped && store.get().project === project && store.get().at === at;
      setPhase("computing");
      const order = at === undefined ? project.nodes.length : project.nodes.filter((n) => isActiveAt(n, at)).length;
      const size = at === undefined ? project.ties.length : project.ties.filter((t) => isActiveAt(t, at)).length;
      if (!fullReportInWorker(order, size)) {
        // Degree and strength only, from the page at once. The full report is not started by
        // itself: at 20,000 nodes it keeps a core busy for about 40 s, which on two cores held
        // up the layout and, with software WebGL, every frame of the map for 19 s.
        store.set({ metrics: localReport(project, at), status: { ...store.get().status, phase: "ready" } });
        return;
      }
      client.report(project, at).then(
        (metrics) => {
          if (current()) store.set({ metrics, status: { ...store.get().status, phase: "ready" } });
        },
        (error: unknown) => {
          if (error instanceof CancelledError || !current()) return;
          // No worker here (or it failed): compute on the page, as small snapshots allow.
          store.set({ metrics: localReport(project, at), status: { ...store.get().status, phase: "ready" } });
        },
      );
    }, METRICS_DELAY_MS);
  };
  schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    const projectChanged = state.project !== previous.project;
    // Saving layout positions replaces the project but not its structure: metrics stay valid.
    const structural = projectChanged && (state.project.nodes.length !== previous.project.nodes.length || state.project.ties !== previous.project.ties);
    if (state.at !== previous.at || structural) schedule();
  });
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
