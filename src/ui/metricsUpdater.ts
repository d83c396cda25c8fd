// Keeps `metrics` in the store in step with the project and the date. Until the metrics worker
// answers, the page computes them itself (see metricsLocal.ts), after a short pause so that
// dragging the time slider or playing through time stays smooth.
import { localReport } from "./metricsLocal.ts";
import type { Store } from "./store.ts";

/** Milliseconds of quiet before metrics are recomputed. */
export const METRICS_DELAY_MS = 150;

/** Recomputes metrics when the project or date changes; returns the function that stops it. */
export function mountMetricsUpdater(store: Store): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const { project, at } = store.get();
      store.set({ status: { ...store.get().status, phase: "computing" } });
      const metrics = localReport(project, at);
      // The date or project may have moved on while computing; keep only a current answer.
      if (store.get().project === project && store.get().at === at) {
        store.set({ metrics, status: { ...store.get().status, phase: "ready" } });
      }
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
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
