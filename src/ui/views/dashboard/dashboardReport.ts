// The programme report the dashboard shows and prints: a dated heading with the data's date
// range, one card per indicator (value at the date shown, change since the previous step, a
// one-line definition, the chart and its downloads), hubs side by side, the numbers, and the
// definitions. Built from computed timelines only: nothing is computed here but arithmetic.
import type { IsoDate } from "../../../core/model/dates.ts";
import type { Project } from "../../../core/model/schema.ts";
import { dateRange } from "../../../core/model/snapshot.ts";
import {
  DASHBOARD_INDICATORS,
  denominatorText,
  formatChange,
  formatIndicator,
  SERVICE_USERS_KEY,
  sinceText,
  stepName,
  zeroAtStartNote,
  type DashboardIndicator,
  type HubTimeline,
  type TimelineEvery,
} from "../../../core/timeline/index.ts";
import { el } from "../../dom.ts";
import { indicatorChart, type ChartSeries } from "./indicatorChart.ts";

/** Line colours for hubs (Okabe–Ito, colour-blind safe; yellow left out: it does not print). */
const HUB_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
/** The whole programme's line: blue alone, dashed grey beside hubs. */
const PROGRAMME_COLOUR = "#0072B2";
const REFERENCE_COLOUR = "#6b7280";

/** What the report is drawn from. */
export interface ReportData {
  project: Project;
  every: TimelineEvery;
  /** Step dates, ascending. */
  dates: IsoDate[];
  /** The whole programme's network values at each step. */
  networks: Record<string, number>[];
  /** Each hub's values, when comparing. */
  hubs?: HubTimeline;
  /** The index of the step shown as "now". */
  current: number;
}

/** What a card's download buttons ask for. */
export interface CardActions {
  png(indicator: DashboardIndicator, series: ChartSeries[]): void;
  svg(indicator: DashboardIndicator, series: ChartSeries[]): void;
  csv(indicator: DashboardIndicator, series: ChartSeries[]): void;
}

/** The lines of an indicator's chart: the programme alone, or each hub with the programme dashed. */
export function chartSeries(data: ReportData, indicator: DashboardIndicator): ChartSeries[] {
  const programme = data.networks.map((n) => indicator.value(n));
  if (!data.hubs) return [{ name: "Whole programme", colour: PROGRAMME_COLOUR, values: programme }];
  const hubs = data.hubs;
  return [
    ...hubs.values.map((value, i) => ({
      name: value,
      colour: HUB_COLOURS[i % HUB_COLOURS.length],
      values: hubs.steps.map((s) => indicator.value(s.byValue[value])),
    })),
    { name: "Whole programme", colour: REFERENCE_COLOUR, values: programme, reference: true },
  ];
}

function stepLabel(project: Project, date: IsoDate): string {
  const name = stepName(project, date);
  return name === date ? date : `${name} (${date})`;
}

function card(data: ReportData, indicator: DashboardIndicator, actions: CardActions): HTMLElement {
  const { project, dates, networks, current } = data;
  const now = indicator.value(networks[current]);
  const before = current > 0 ? indicator.value(networks[current - 1]) : Number.NaN;
  const change = current > 0 ? formatChange(indicator, now, before) : undefined;
  const changeText =
    current === 0 ? "first step: no earlier period" : change === undefined ? "no comparable value at the previous step" : `${change} since ${sinceText(project, dates[current - 1])}`;
  const series = chartSeries(data, indicator);
  const chart = indicatorChart({ indicator, dates, waves: project.waves, series, current });
  const outOf = denominatorText(indicator, now, networks[current]);
  const zeroNote = zeroAtStartNote(indicator, networks.map((n) => indicator.value(n)), stepLabel(project, dates[0]));
  const button = (label: string, title: string, run: () => void) => {
    const b = el("button", { type: "button", title }, label);
    b.addEventListener("click", run);
    return b;
  };
  return el(
    "article",
    { class: "indicator-card", "data-indicator": indicator.key },
    el("h3", {}, indicator.label),
    el(
      "p",
      { class: "indicator-now" },
      ...(data.hubs ? [el("span", { class: "indicator-scope" }, "Whole programme")] : []),
      el("span", { class: "indicator-value", "data-value": String(now) }, formatIndicator(indicator, now)),
      ...(outOf === undefined ? [] : [" ", el("span", { class: "indicator-of" }, outOf)]),
      " ",
      el("span", { class: "indicator-change" }, changeText),
    ),
    el("p", { class: "indicator-definition" }, indicator.definition),
    ...(data.hubs ? [cardHubTable(data, indicator)] : []),
    el("div", { class: "indicator-chart" }, chart),
    ...(zeroNote === undefined ? [] : [el("p", { class: "indicator-note" }, zeroNote)]),
    el(
      "div",
      { class: "card-actions" },
      button("PNG ⤓", `Save the chart of ${indicator.label} as a PNG image`, () => actions.png(indicator, series)),
      button("SVG ⤓", `Save the chart of ${indicator.label} as an SVG drawing`, () => actions.svg(indicator, series)),
      button("CSV ⤓", `Save the numbers of ${indicator.label} as a CSV for Excel`, () => actions.csv(indicator, series)),
    ),
  );
}

/** One indicator's value in each hub and the whole programme at the date shown (a card's small table). */
function cardHubTable(data: ReportData, indicator: DashboardIndicator): HTMLElement {
  const hubs = data.hubs!;
  const at = hubs.steps[data.current];
  const cell = (network: Readonly<Record<string, number>>) => {
    const value = indicator.value(network);
    const outOf = denominatorText(indicator, value, network);
    if (outOf === "no service users at this date") return el("td", {}, "—");
    return el("td", {}, formatIndicator(indicator, value), ...(outOf === undefined ? [] : [el("span", { class: "hub-of" }, ` (${outOf.replace(/ service users?$/, "")})`)]));
  };
  const head = el("tr", {}, ...hubs.values.map((v) => el("th", { scope: "col" }, v)), el("th", { scope: "col" }, "Whole programme"));
  const row = el("tr", {}, ...hubs.values.map((v) => cell(at.byValue[v])), cell(data.networks[data.current]));
  return el(
    "table",
    { class: "report-table card-hubs", "data-indicator": indicator.key },
    el("caption", {}, `By ${hubs.attribute} at ${stepLabel(data.project, data.dates[data.current])}`),
    el("thead", {}, head),
    el("tbody", {}, row),
  );
}

function hubTable(data: ReportData): HTMLElement | undefined {
  const hubs = data.hubs;
  if (!hubs) return undefined;
  const at = hubs.steps[data.current];
  const head = el("tr", {}, el("th", { scope: "col" }, "Indicator"), ...hubs.values.map((v) => el("th", { scope: "col" }, v)), el("th", { scope: "col" }, "Whole programme"));
  const users = el(
    "tr",
    { class: "service-users" },
    el("th", { scope: "row" }, "Service users"),
    ...hubs.values.map((v) => el("td", {}, serviceUsers(at.byValue[v]))),
    el("td", {}, serviceUsers(data.networks[data.current])),
  );
  const rows = DASHBOARD_INDICATORS.map((d) =>
    el(
      "tr",
      { "data-indicator": d.key },
      el("th", { scope: "row" }, d.label),
      ...hubs.values.map((v) => el("td", {}, formatIndicator(d, d.value(at.byValue[v])))),
      el("td", {}, formatIndicator(d, d.value(data.networks[data.current]))),
    ),
  );
  const clients = hubs.values.map((v) => `${v}: ${at.byValue[v].kindServiceUser}`).join(", ");
  return el(
    "section",
    { class: "hub-compare" },
    el("h3", {}, `By ${hubs.attribute} at ${stepLabel(data.project, data.dates[data.current])}`),
    el("div", { class: "report-table-scroll", tabindex: "0" }, el("table", { class: "report-table" }, el("thead", {}, head), el("tbody", {}, users, ...rows))),
    el(
      "p",
      { class: "report-note" },
      `Service users per ${hubs.attribute}: ${clients}. A ${hubs.attribute}'s network is its service users, everyone they are tied to, and the ties among them; ` +
        `its service-user indicators count its own service users only.`,
    ),
  );
}

/** The number of service users in a step's network record, as the tables write it ("—" when unknown). */
function serviceUsers(network: Readonly<Record<string, number>>): string {
  const n = network[SERVICE_USERS_KEY];
  return n === undefined || !Number.isFinite(n) ? "—" : n.toLocaleString("en-GB");
}

function numbersTable(data: ReportData): HTMLElement {
  const head = el("tr", {}, el("th", { scope: "col" }, "Step"), el("th", { scope: "col" }, "Service users"), ...DASHBOARD_INDICATORS.map((d) => el("th", { scope: "col" }, d.label)));
  const rows = data.dates.map((date, i) =>
    el(
      "tr",
      { "data-date": date, ...(i === data.current ? { class: "current" } : {}) },
      el("th", { scope: "row" }, stepLabel(data.project, date)),
      el("td", { class: "service-users" }, serviceUsers(data.networks[i])),
      ...DASHBOARD_INDICATORS.map((d) => el("td", {}, formatIndicator(d, d.value(data.networks[i])))),
    ),
  );
  return el(
    "section",
    { class: "report-numbers" },
    el("h3", {}, data.hubs ? "The numbers: whole programme" : "The numbers"),
    el("div", { class: "report-table-scroll", tabindex: "0" }, el("table", { class: "report-table numbers-table" }, el("thead", {}, head), el("tbody", {}, ...rows))),
  );
}

function definitions(): HTMLElement {
  const items = DASHBOARD_INDICATORS.flatMap((d) => [el("dt", {}, d.label), el("dd", {}, d.definition)]);
  return el(
    "section",
    { class: "report-definitions" },
    el("h3", {}, "Definitions"),
    el("dl", {}, ...items),
    el(
      "p",
      { class: "report-note" },
      "Service users are the people recorded as service users in the network at each date. A value shown as — has nothing to count at that date (for example, no service users). " +
        "The formal definitions, with their sources, are in the project's documentation (docs/metrics.md).",
    ),
  );
}

/**
 * The notes of the charts that start at 0, together under the report's heading (in print they
 * replace the notes under each chart, so that three rows of cards fill a page).
 */
function zeroNotes(data: ReportData): HTMLElement[] {
  const first = stepLabel(data.project, data.dates[0]);
  const notes = DASHBOARD_INDICATORS.flatMap((d) => {
    const note = zeroAtStartNote(d, data.networks.map((n) => d.value(n)), first);
    return note === undefined ? [] : [`${d.label}: ${note.replace(/^At [^,]*, /, "").replace(/; so the line starts at 0\.$/, ".")}`];
  });
  if (notes.length === 0) return [];
  return [el("p", { class: "report-note report-zero-note" }, `Why some lines start at 0 at ${first}: this is the data, not an error. `, ...notes.map((n) => `${n} `))];
}

/** "hub" → "hubs", "city" → "cities", "status" → "statuses": for the report's title. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The whole report as an element. */
export function programmeReport(data: ReportData, actions: CardActions, printedOn: IsoDate): HTMLElement {
  const { project, dates, current, every } = data;
  const range = dateRange(project);
  const stepWord = every === "wave" ? "review wave" : every;
  const parts = [
    range ? `Data from ${range.first} to ${range.last}` : "Undated data",
    `${dates.length} steps, one per ${stepWord}`,
    `values at ${stepLabel(project, dates[current])}`,
    `printed ${printedOn}`,
  ];
  // Each part on one line: a date never breaks at its hyphens.
  const meta = parts.flatMap((part, i) => [...(i > 0 ? [" · "] : []), el("span", {}, part)]);
  return el(
    "article",
    { class: "programme-report" },
    el(
      "header",
      { class: "report-head" },
      el("h2", {}, data.hubs ? `Programme report: community connectedness, ${plural(data.hubs.attribute)} compared` : "Programme report: community connectedness"),
      el("p", { class: "report-title" }, project.meta.title),
      el("p", { class: "report-meta" }, ...meta),
      el(
        "p",
        { class: "report-note" },
        "Each chart shows one network indicator at every step, with the review waves named on the time axis; the ringed point is the date shown. " +
          "The change is since the previous step. Service users are the people recorded as service users in the network at each date.",
      ),
    ),
    ...zeroNotes(data),
    el("section", { class: "indicator-grid" }, ...DASHBOARD_INDICATORS.map((d) => card(data, d, actions))),
    ...[hubTable(data)].filter((x): x is HTMLElement => x !== undefined),
    numbersTable(data),
    definitions(),
    ...(project.meta.source ? [el("p", { class: "report-note report-source" }, `Source: ${project.meta.source}`)] : []),
  );
}
