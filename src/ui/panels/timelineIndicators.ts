// "Indicators over time": the network indicators at every wave, month or quarter, computed by
// the metrics Worker (the page keeps responding while it works) and saved as a CSV that opens in
// Excel: readable headers and the wave names (core/timeline/timelineCsv.ts, the same file as
// `npx recovery-networks timeline --format csv` and the dashboard's "Numbers ⤓ CSV"). A second
// click while it runs cancels and restarts.
import { timelineCsv, type TimelineEvery } from "../../core/timeline/index.ts";
import { CancelledError, MetricsClient } from "../../worker/metricsClient.ts";
import { el } from "../dom.ts";
import type { Store } from "../store.ts";
import { downloadCsv, fileStem } from "../views/dashboard/chartDownload.ts";

/** The button; `every` reads the step the timeline is set to. Returns it and its dispose. */
export function timelineIndicatorsButton(store: Store, every: () => TimelineEvery): { button: HTMLButtonElement; dispose: () => void } {
  const button = el("button", { type: "button", class: "indicators-button", title: "Compute the network indicators at every step (wave, month or quarter) in the background and save them as a CSV for Excel" }, "Indicators ⤓");
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
        downloadCsv(`${fileStem(project.meta.title)}-indicators-by-${step}`, timelineCsv(project, timeline.steps));
        const n = timeline.steps.length;
        say(`Indicators for ${n} ${step === "month" ? "months" : `${step}s`} computed in ${seconds} s and saved as CSV`);
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
