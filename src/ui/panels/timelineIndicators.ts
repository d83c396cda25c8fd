// "Indicators over time": the network indicators at every wave, month or quarter, computed by
// the metrics Worker (the page keeps responding while it works) and saved as a JSON file for a
// report or for R / Python. A second click while it runs cancels and restarts.
import type { TimelineEvery } from "../../core/timeline/index.ts";
import { CancelledError, MetricsClient } from "../../worker/metricsClient.ts";
import { download, el } from "../dom.ts";
import type { Store } from "../store.ts";

/** The button; `every` reads the step the timeline is set to. Returns it and its dispose. */
export function timelineIndicatorsButton(store: Store, every: () => TimelineEvery): { button: HTMLButtonElement; dispose: () => void } {
  const button = el("button", { type: "button", class: "indicators-button", title: "Compute the network indicators at every step (wave, month or quarter) in the background and save them as JSON" }, "Indicators ⤓");
  let client: MetricsClient | undefined;
  const say = (message: string, phase: "ready" | "computing" = "ready") => store.set({ status: { ...store.get().status, phase, message } });
  button.addEventListener("click", () => {
    const { project } = store.get();
    const step = every();
    const started = performance.now();
    client ??= new MetricsClient();
    say(`Computing the indicators by ${step}`, "computing");
    button.setAttribute("aria-busy", "true");
    client.timeline(project, step).then(
      (timeline) => {
        button.removeAttribute("aria-busy");
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const rows = timeline.steps.map((s) => ({ date: s.date, ...s.network }));
        const stem = project.meta.title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
        download(`${stem}-indicators-by-${step}.json`, JSON.stringify(rows, null, 2), "application/json");
        say(`Indicators for ${rows.length} ${step === "month" ? "months" : `${step}s`} computed in ${seconds} s and saved`);
      },
      (error: unknown) => {
        if (error instanceof CancelledError) return;
        button.removeAttribute("aria-busy");
        say(error instanceof Error ? error.message : String(error));
      },
    );
  });
  return { button, dispose: () => client?.dispose() };
}
