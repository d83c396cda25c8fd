// The community dashboard (for project leads): the network indicators over time as charts, with
// the value at the date shown and the change since the previous step, hubs (or any categorical
// attribute of service users) side by side, each chart downloadable as PNG / SVG / CSV, and the
// whole page printable as the programme report (print styles in styles.css). The numbers come
// from the metrics Worker running the core's timeline, as `npx recovery-networks timeline` does.
import type { IsoDate } from "../../../core/model/dates.ts";
import { today } from "../../../core/model/dates.ts";
import {
  categoricalAttributes,
  dashboardCsvValue,
  dashboardHeader,
  defaultStep,
  seriesCsv,
  stepsOffered,
  timelineCsv,
  type DashboardIndicator,
  type HubTimeline,
  type TimelineEvery,
} from "../../../core/timeline/index.ts";
import { CancelledError, MetricsClient } from "../../../worker/metricsClient.ts";
import { el } from "../../dom.ts";
import type { AppState, Store } from "../../store.ts";
import { downloadCsv, downloadPng, downloadSvg, fileStem } from "./chartDownload.ts";
import { programmeReport, type ReportData } from "./dashboardReport.ts";
import { indicatorChart, type ChartSeries } from "./indicatorChart.ts";
import { keepViewState, viewStateOf } from "../../viewState.ts";

/** The index of the last step on or before `at` (the last step when `at` is undefined or after all). */
export function currentStep(dates: readonly IsoDate[], at: IsoDate | undefined): number {
  if (at === undefined) return dates.length - 1;
  let index = 0;
  dates.forEach((d, i) => {
    if (d <= at) index = i;
  });
  return index;
}

/** Mounts the dashboard in `container`; returns the function that removes it and stops its workers. */
export function mountDashboard(container: HTMLElement, store: Store): () => void {
  container.classList.add("dashboard-view");
  const stepSelect = el("select", { "aria-label": "Step by" });
  const compareSelect = el("select", { "aria-label": "Compare by" });
  const csvButton = el("button", { type: "button", title: "Save every indicator at every step as a CSV for Excel (readable headers, wave names)" }, "Numbers ⤓ CSV");
  const printButton = el("button", { type: "button", title: "Print the programme report, or save it as PDF from the print dialogue" }, "Print report");
  const status = el("span", { class: "dashboard-status", role: "status" });
  const toolbar = el(
    "div",
    { class: "dashboard-toolbar" },
    el("label", {}, "Step ", stepSelect),
    el("label", {}, "Compare ", compareSelect),
    csvButton,
    printButton,
    status,
  );
  const body = el("div", { class: "dashboard-body" });
  container.append(toolbar, body);

  const timelineClient = new MetricsClient();
  const hubClient = new MetricsClient();
  let data: Omit<ReportData, "current"> | undefined;
  let generation = 0;

  const stem = () => fileStem(store.get().project.meta.title);
  const every = () => stepSelect.value as TimelineEvery;
  const chartFor = (indicator: DashboardIndicator, series: ChartSeries[]) => {
    const state = store.get();
    const dates = data?.dates ?? [];
    const title = data?.hubs ? `${indicator.label}, by ${data.hubs.attribute}` : indicator.label;
    return indicatorChart({ indicator, dates, waves: state.project.waves, series, current: currentStep(dates, state.at), title });
  };
  const name = (indicator: DashboardIndicator) => `${stem()}-${indicator.key}-by-${every()}${data?.hubs ? `-by-${data.hubs.attribute}` : ""}`;
  const actions = {
    png: (indicator: DashboardIndicator, series: ChartSeries[]) => void downloadPng(name(indicator), chartFor(indicator, series)),
    svg: (indicator: DashboardIndicator, series: ChartSeries[]) => downloadSvg(name(indicator), chartFor(indicator, series)),
    csv: (indicator: DashboardIndicator, series: ChartSeries[]) => {
      const rounded = series.map((s) => ({ name: s.name, values: s.values.map((v) => dashboardCsvValue(indicator, v)) }));
      downloadCsv(name(indicator), seriesCsv(store.get().project, data?.dates ?? [], dashboardHeader(indicator), rounded));
    },
  };

  const render = (state: AppState) => {
    if (!data || data.dates.length === 0) return;
    body.replaceChildren(programmeReport({ ...data, current: currentStep(data.dates, state.at) }, actions, today()));
  };

  const fillControls = (state: AppState) => {
    const offered = stepsOffered(state.project);
    const wanted = state.stepBy ?? stepSelect.value;
    const keep = offered.find((s) => s === wanted) ?? defaultStep(state.project);
    stepSelect.replaceChildren(...offered.map((s) => el("option", { value: s }, `by ${s}`)));
    stepSelect.value = keep;
    const attributes = categoricalAttributes(state.project);
    // The first time, the comparison chosen before another tab (the store's viewState).
    const kept = compareSelect.options.length > 0 ? compareSelect.value : (viewStateOf(store, "dashboard")?.compare ?? "");
    compareSelect.replaceChildren(el("option", { value: "" }, "nothing (whole programme)"), ...attributes.map((a) => el("option", { value: a }, `by ${a}`)));
    compareSelect.value = attributes.includes(kept) ? kept : "";
  };

  const compute = () => {
    const { project } = store.get();
    const step = every();
    const attribute = compareSelect.value;
    const mine = ++generation;
    body.setAttribute("aria-busy", "true");
    status.textContent = `Computing the indicators by ${step}${attribute ? ` and by ${attribute}` : ""}…`;
    if (stepsOffered(project).length === 0 || !step) {
      body.replaceChildren(el("p", { class: "hint" }, "This network has no dates, so it has no indicators over time."));
      status.textContent = "";
      return;
    }
    const hubs: Promise<HubTimeline | undefined> = attribute ? hubClient.hubs(project, step, attribute) : Promise.resolve(undefined);
    Promise.all([timelineClient.timeline(project, step), hubs]).then(
      ([timeline, byHub]) => {
        if (mine !== generation) return;
        data = { project, every: step, dates: timeline.steps.map((s) => s.date), networks: timeline.steps.map((s) => s.network), hubs: byHub };
        body.removeAttribute("aria-busy");
        status.textContent = data.dates.length === 0 ? "" : `${data.dates.length} steps by ${step}`;
        if (data.dates.length === 0) body.replaceChildren(el("p", { class: "hint" }, "No steps: this project has no waves. Step by month or quarter."));
        else render(store.get());
      },
      (error: unknown) => {
        if (error instanceof CancelledError || mine !== generation) return;
        body.removeAttribute("aria-busy");
        status.textContent = error instanceof Error ? error.message : String(error);
      },
    );
  };

  fillControls(store.get());
  compute();
  // The step unit is the store's, shared with the timeline under the map: choosing here moves
  // that one too, and the subscription below recomputes.
  stepSelect.addEventListener("change", () => store.set({ stepBy: stepSelect.value as TimelineEvery }));
  compareSelect.addEventListener("change", () => {
    keepViewState(store, "dashboard", { compare: compareSelect.value });
    compute();
  });
  printButton.addEventListener("click", () => window.print());
  csvButton.addEventListener("click", () => {
    if (!data) return;
    const { project } = store.get();
    const rows = data.dates.map((date, i) => ({ date, network: data!.networks[i] }));
    const hubs = data.hubs;
    if (!hubs) {
      downloadCsv(`${stem()}-indicators-by-${data.every}`, timelineCsv(project, rows, undefined, "dashboard"));
      return;
    }
    const all = [...rows, ...hubs.values.flatMap((v) => hubs.steps.map((s) => ({ date: s.date, network: s.byValue[v] })))];
    const lead = [...rows.map(() => "Whole programme"), ...hubs.values.flatMap((v) => hubs.steps.map(() => v))];
    downloadCsv(`${stem()}-indicators-by-${data.every}-by-${hubs.attribute}`, timelineCsv(project, all, { header: hubs.attribute, values: lead }, "dashboard"));
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project) {
      data = undefined;
      fillControls(state);
      compute();
    } else if (state.stepBy !== previous.stepBy && state.stepBy !== stepSelect.value) {
      fillControls(state);
      compute();
    } else if (state.stepBy !== previous.stepBy) compute();
    else if (state.at !== previous.at) render(state);
  });
  return () => {
    unsubscribe();
    timelineClient.dispose();
    hubClient.dispose();
    container.replaceChildren();
    container.classList.remove("dashboard-view");
  };
}
