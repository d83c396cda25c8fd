// The timeline as a CSV a lead opens in Excel: one row per step, a "Date" and a "Wave" column,
// then one column per value headed by its label (with its unit). Two column sets, one definition:
// "all" (every network value at full precision, the share of isolated service users after their
// count: `npx recovery-networks timeline --format csv`, for researchers) and "dashboard" (the
// number of service users and the dashboard's indicators, shares in % to one decimal: the
// dashboard's "Numbers ⤓ CSV", and the CLI with `--columns dashboard`).
import type { IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import { DASHBOARD_INDICATORS, type DashboardIndicator, ISOLATED_SHARE_KEY, isolatedShare, NETWORK_DESCRIPTORS, SERVICE_USERS_KEY, stepName } from "./dashboard.ts";

/** Which columns a timeline CSV has: every network value, or the dashboard's indicators. */
export type TimelineColumns = "all" | "dashboard";

/**
 * A dashboard indicator's CSV header, with the unit of its cells: "Service users in a group (%)",
 * "Isolated service users (%)" (for the label "Isolated service users (share)"), "Density (0 to 1)", "Components".
 */
export function dashboardHeader(indicator: Pick<DashboardIndicator, "label" | "unit">): string {
  if (indicator.unit === "share") return `${indicator.label.replace(/ \(share\)$/, "")} (%)`;
  if (indicator.unit === "ratio") return `${indicator.label} (0 to 1)`;
  return indicator.label;
}

/**
 * A dashboard indicator's value as its CSV cell: shares as percentages to one decimal (0.53164 →
 * 53.2), ratios to four significant figures (0.0057236 → 0.005724), counts as they are; NaN stays
 * NaN (an empty cell).
 */
export function dashboardCsvValue(indicator: Pick<DashboardIndicator, "unit">, value: number): number {
  if (!Number.isFinite(value)) return Number.NaN;
  if (indicator.unit === "share") return Math.round(value * 1000) / 10;
  if (indicator.unit === "ratio") return Number(value.toPrecision(4));
  return value;
}

/** A row of the timeline: its date and its network values by output key. */
export interface TimelineRow {
  date: IsoDate;
  network: Readonly<Record<string, number>>;
}

/** A column: the key of its value and its header. */
export interface TimelineColumn {
  key: string;
  header: string;
}

/** Output keys whose values are shares or proportions from 0 to 1. */
function isShare(key: string): boolean {
  return /share|Share/.test(key) || key === "density";
}

/**
 * The header of a network value: its descriptor's label, with "(0–1)" for shares and
 * density, e.g. "Service users in a group (0–1)". Throws for a key no descriptor has.
 */
export function timelineHeader(key: string): string {
  if (key === ISOLATED_SHARE_KEY) return "Share of service users isolated (0–1)";
  const d = NETWORK_DESCRIPTORS.get(key);
  if (d === undefined) throw new Error(`core/timeline/timelineCsv: no network metric has the output key "${key}"`);
  return isShare(key) ? `${d.label} (0–1)` : d.label;
}

/** The value columns of `rows`: every network key in first-seen order, the isolated share after its count. */
export function timelineColumns(rows: readonly TimelineRow[]): TimelineColumn[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row.network)) {
      if (seen.has(key)) continue;
      seen.add(key);
      keys.push(key);
      if (key === "isolatedServiceUsers") keys.push(ISOLATED_SHARE_KEY);
    }
  }
  return keys.map((key) => ({ key, header: timelineHeader(key) }));
}

/** One CSV field: numbers as JavaScript writes them (NaN and undefined empty), text quoted when needed. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function valueOf(row: TimelineRow, key: string): number | undefined {
  return key === ISOLATED_SHARE_KEY ? isolatedShare(row.network) : row.network[key];
}

/** A column of the dashboard set: its header and how its cell is read from a row's network. */
interface CsvColumn {
  header: string;
  cell: (row: TimelineRow) => number | undefined;
}

function csvColumns(rows: readonly TimelineRow[], which: TimelineColumns): CsvColumn[] {
  if (which === "all") return timelineColumns(rows).map((c) => ({ header: c.header, cell: (row) => valueOf(row, c.key) }));
  return [
    { header: "Service users", cell: (row) => row.network[SERVICE_USERS_KEY] },
    ...DASHBOARD_INDICATORS.map((d) => ({ header: dashboardHeader(d), cell: (row: TimelineRow) => dashboardCsvValue(d, d.value(row.network)) })),
  ];
}

/**
 * The CSV: a header line `Date,Wave,<value headers…>` (with a `lead` column first when given,
 * e.g. a hub), then one line per row; "Wave" is the wave's label on that date, empty between
 * waves; undefined values empty. `columns` "all" (the default): every network value at full
 * precision; "dashboard": "Service users" and the dashboard's indicators (`dashboardHeader`,
 * `dashboardCsvValue`). Ends with a newline. Throws when `lead` has not one value per row.
 */
export function timelineCsv(
  project: Project,
  rows: readonly TimelineRow[],
  lead: { header: string; values: readonly string[] } = { header: "", values: [] },
  columns: TimelineColumns = "all",
): string {
  if (lead.header !== "" && lead.values.length !== rows.length) {
    throw new Error(`core/timeline/timelineCsv: ${lead.values.length} "${lead.header}" values for ${rows.length} rows; give one per row`);
  }
  const cols = csvColumns(rows, columns);
  const head = [...(lead.header === "" ? [] : [lead.header]), "Date", "Wave", ...cols.map((c) => c.header)];
  const lines = [head.map(csvField).join(",")];
  rows.forEach((row, i) => {
    const name = stepName(project, row.date);
    const cells = [...(lead.header === "" ? [] : [lead.values[i]]), row.date, name === row.date ? "" : name, ...cols.map((c) => c.cell(row))];
    lines.push(cells.map(csvField).join(","));
  });
  return `${lines.join("\n")}\n`;
}

/**
 * One indicator's numbers as CSV: `Date,Wave`, then one column per series headed
 * "<series>: <header>" (just `header` for a single series), one line per date; numbers at full
 * precision, undefined values empty. Throws when a series has not one value per date.
 */
export function seriesCsv(project: Project, dates: readonly IsoDate[], header: string, series: readonly { name: string; values: readonly number[] }[]): string {
  for (const s of series) {
    if (s.values.length !== dates.length) throw new Error(`core/timeline/timelineCsv: "${s.name}" has ${s.values.length} values for ${dates.length} dates`);
  }
  const heads = series.length === 1 ? [header] : series.map((s) => `${s.name}: ${header}`);
  const lines = [["Date", "Wave", ...heads].map(csvField).join(",")];
  dates.forEach((date, i) => {
    const name = stepName(project, date);
    lines.push([date, name === date ? "" : name, ...series.map((s) => s.values[i])].map(csvField).join(","));
  });
  return `${lines.join("\n")}\n`;
}
