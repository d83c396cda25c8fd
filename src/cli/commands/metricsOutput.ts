// How the `metrics` and `timeline` commands write their results: JSON with undefined values as
// null, and CSV with one row per node (or per step), undefined values as empty cells; printed, or
// written to the file `--out` names.
import { writeFile } from "node:fs/promises";
import { UsageError } from "../arguments.ts";
import type { CommandIO } from "../command.ts";
import type { Report } from "../../core/metrics/report.ts";
import type { Project } from "../../core/model/schema.ts";
import { observationIndex, valueAt } from "../../core/model/valuesAt.ts";
import type { TimelineStep } from "../../core/timeline/index.ts";

/** The `--format json|csv` and `--out FILE` options of the metrics and timeline commands. */
export const OUTPUT_OPTIONS = { format: { type: "string" }, out: { type: "string" } } as const;

/** Output formats of the metrics and timeline commands. */
export type OutputFormat = "json" | "csv";

/** The `--format` value (default json); throws `UsageError` for any other. */
export function outputFormat(values: { format?: string }): OutputFormat {
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv") throw new UsageError(`--format must be json or csv, not "${format}"`);
  return format;
}

/** Writes `text` to `out` (and says so on `io.err`), or prints it when `out` is undefined. */
export async function emit(text: string, out: string | undefined, io: CommandIO): Promise<void> {
  if (out === undefined) io.out(text);
  else {
    await writeFile(out, text.endsWith("\n") ? text : `${text}\n`);
    io.err(`Wrote ${out}`);
  }
}

/**
 * Each node's observed measures as of `report.at` (DESIGN.md "Values as of time t"): node id →
 * measure → `{ value, date }`, `date` null when the value is the node's own field. Nodes in the
 * report only; measures a node has no value for are left out; empty for a project without observations.
 */
export function measuresAt(report: Report, project: Project): Record<string, Record<string, { value: string | number | boolean; date: string | null }>> {
  const index = observationIndex(project);
  const out: Record<string, Record<string, { value: string | number | boolean; date: string | null }>> = {};
  if (index.measures.length === 0) return out;
  for (const id of Object.keys(report.nodes)) {
    const values: Record<string, { value: string | number | boolean; date: string | null }> = {};
    for (const m of index.measures) {
      const v = valueAt(index, id, m.measure, report.at);
      if (v !== undefined) values[m.measure] = { value: v.value, date: v.date ?? null };
    }
    if (Object.keys(values).length > 0) out[id] = values;
  }
  return out;
}

/**
 * The JSON the `metrics` command prints: `at`, `network`, `nodes`, `flags`, `measures` (each
 * node's observed measures as of `at` with their dates, see `measuresAt`) only when the project
 * has observations, and `warnings` (`[{metric, text}]`) only when a metric did not converge.
 */
export function reportJson(report: Report, project?: Project): string {
  const { at, network, nodes, flags, warnings } = report;
  const measures = project && project.observations.length > 0 ? { measures: measuresAt(report, project) } : {};
  return JSON.stringify({ at: at ?? null, network, nodes, flags, ...measures, ...(warnings.length > 0 ? { warnings } : {}) }, null, 2);
}

/** One CSV field: numbers as written by JavaScript (NaN empty), text quoted when needed. */
function field(value: string | number | undefined): string {
  if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of records as CSV: the `lead` columns, every other key in first-seen order, then `trail`. */
export function toCsv(rows: Record<string, string | number | undefined>[], lead: string[], trail: string[] = []): string {
  const columns = [...lead];
  const seen = new Set([...lead, ...trail]);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  columns.push(...trail);
  const lines = [columns.map(field).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * The `metrics` CSV: one row per node with `node`, `kind`, each observed measure as of the date
 * and the date it was recorded (`use_status`, `use_status_date`, `barc10`, `barc10_date`; the
 * date empty for a node's own field), every metric and indicator, and the node's flags (ids
 * joined by "; ") in a `flags` column.
 */
export function reportCsv(report: Report, project: Project): string {
  const kinds = new Map(project.nodes.map((n) => [n.id, n.kind]));
  const index = observationIndex(project);
  const lead = ["node", "kind", ...index.measures.flatMap((m) => [m.measure, `${m.measure}_date`])];
  const flags = new Map<string, string[]>();
  for (const f of report.flags) flags.set(f.node, [...(flags.get(f.node) ?? []), f.flag]);
  const rows = Object.entries(report.nodes).map(([id, values]) => {
    const measures: Record<string, string | number | undefined> = {};
    for (const m of index.measures) {
      const v = valueAt(index, id, m.measure, report.at);
      measures[m.measure] = typeof v?.value === "boolean" ? String(v.value) : v?.value;
      measures[`${m.measure}_date`] = v?.date;
    }
    return { ...values, node: id, kind: kinds.get(id), ...measures, flags: (flags.get(id) ?? []).join("; ") };
  });
  return toCsv(rows, lead, ["flags"]);
}

/** The timeline rows the `timeline` command prints: `date` then the network values. */
export function timelineRows(steps: readonly TimelineStep[]): Record<string, string | number>[] {
  return steps.map((s) => ({ date: s.date, ...s.network }));
}

/** The `timeline` JSON: an array of rows, undefined values as null. */
export function timelineJson(steps: readonly TimelineStep[]): string {
  return JSON.stringify(timelineRows(steps), null, 2);
}
