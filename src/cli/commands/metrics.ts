// `npx recovery-networks metrics <files…>`: every structural metric, recovery indicator and
// isolation flag of one snapshot, as JSON or CSV.
import { readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Command, CommandIO } from "../command.ts";
import { flagSettingsSchema, type FlagSettings } from "../../core/metrics/flags/index.ts";
import { computeStructuralInWorkers } from "../../core/metrics/parallel/structuralInWorkers.ts";
import { reportFromStructural, type Report, type ReportOptions } from "../../core/metrics/report.ts";
import { computeStructural } from "../../core/metrics/structural/index.ts";
import type { Project } from "../../core/model/schema.ts";
import { latestDate, snapshotAt } from "../../core/model/snapshot.ts";
import { parseDate, type IsoDate } from "../../core/model/dates.ts";
import { importOptions, loadInputs, parseFileArgs, type FileArgs } from "../readInputs.ts";
import { reportCsv, reportJson } from "./metricsOutput.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";
import { shortestPathWork } from "../../core/metrics/shortestPathWork.ts";

/** Output formats of the metrics and timeline commands. */
export type OutputFormat = "json" | "csv";

/** Options shared by the metrics and timeline commands. */
export interface OutputArgs extends FileArgs {
  format: OutputFormat;
  /** Write here instead of printing. */
  out?: string;
}

/**
 * Reads `files… [--format json|csv] [--out FILE] [--default-kind KIND]` plus the given value
 * options. Returns the arguments, or the usage problem in words.
 */
export function parseOutputArgs(args: string[], valueOptions: readonly string[]): OutputArgs | string {
  const parsed = parseFileArgs(args, [...valueOptions, "format", "out"]);
  if (typeof parsed === "string") return parsed;
  const { format = "json", out, ...options } = parsed.options;
  if (format !== "json" && format !== "csv") return `--format must be json or csv, not "${format}"`;
  return { files: parsed.files, options, format, out };
}

/**
 * Reads flag thresholds from a JSON file (`{"minPeople": 2, "kinds": ["service_user"]}`); on a
 * problem writes each one with its field and returns undefined.
 */
export async function loadFlagSettings(file: string, io: CommandIO): Promise<Partial<FlagSettings> | undefined> {
  let candidate: unknown;
  try {
    candidate = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    io.err(`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)}). Check the path and the file.`);
    return undefined;
  }
  const parsed = flagSettingsSchema.strict().safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      io.err(`${file}, ${issue.path.join(".") || "(whole file)"}: ${issue.message}. See the flag settings in docs/metrics.md.`);
    }
    return undefined;
  }
  return parsed.data;
}

/** Writes `text` to `out`, or prints it. */
export async function emit(text: string, out: string | undefined, io: CommandIO): Promise<void> {
  if (out === undefined) io.out(text);
  else {
    await writeFile(out, text.endsWith("\n") ? text : `${text}\n`);
    io.err(`Wrote ${out}`);
  }
}

/**
 * Below this much work (nodes × (nodes + ties), about one search per node) threads cost more to
 * start (≈ 0.2 s) than they save: the page's worker limit, where one thread takes about 3 s.
 */
const THREADS_WORTH_IT = 1e8;

/** The report, with the shortest-path pass on `workers` threads when that helps (or is asked for). */
async function reportWithThreads(project: Project, at: IsoDate | undefined, options: ReportOptions, workers: number | undefined): Promise<Report> {
  const date = at ?? latestDate(project);
  const graph = snapshotAt(project, date);
  const threads = workers ?? (shortestPathWork(graph) > THREADS_WORTH_IT ? Math.min(availableParallelism(), 8) : 1);
  const structural = threads > 1 ? await computeStructuralInWorkers(graph, options.structural, { workers: threads }) : computeStructural(graph, options.structural);
  return reportFromStructural(project, date, graph, structural, options);
}

export const metricsCommand: Command = {
  name: "metrics",
  summary: "Metrics, recovery indicators and isolation flags of a snapshot (JSON or CSV)",
  usage: [
    "Usage: npx recovery-networks metrics <files or folder…> [--at YYYY-MM-DD] [--format json|csv] [--out FILE] [--flag-settings FILE] [--workers N] [--weight ATTR] [--default-kind KIND]",
    "",
    "  --at       the snapshot date (default: the latest date in the data)",
    "  --flag-settings FILE   flag thresholds as JSON, e.g. {\"minPeople\": 2} (defaults: docs/metrics.md)",
    "  --format   json (default): {at, network, nodes, flags}; csv: one row per node, flags in a column",
    "  --out      write to FILE instead of printing",
    "  --workers N  threads for betweenness and closeness (default: one per core, at most 8, when the",
    "             snapshot is large enough to gain from them; 1: this thread only)",
    WEIGHT_USAGE,
    "",
    "Change indicators and flags compare with the latest wave before the date.",
    "Definitions: docs/metrics.md.",
  ].join("\n"),
  run: async (args, io) => {
    const parsed = parseOutputArgs(args, ["at", "flag-settings", "workers", "weight"]);
    if (typeof parsed === "string") {
      io.err(`recovery-networks metrics: ${parsed}.\n\n${metricsCommand.usage}`);
      return 2;
    }
    let at: IsoDate | undefined;
    if (parsed.options.at !== undefined) {
      at = parseDate(parsed.options.at);
      if (at === undefined) {
        io.err(`recovery-networks metrics: --at "${parsed.options.at}" is not a date. Write it as YYYY-MM-DD.`);
        return 2;
      }
    }
    let workers: number | undefined;
    if (parsed.options.workers !== undefined) {
      workers = Number(parsed.options.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        io.err(`recovery-networks metrics: --workers must be a whole number from 1 to 64, not "${parsed.options.workers}".`);
        return 2;
      }
    }
    let flags: Partial<FlagSettings> | undefined;
    if (parsed.options["flag-settings"] !== undefined) {
      flags = await loadFlagSettings(parsed.options["flag-settings"], io);
      if (flags === undefined) return 1;
    }
    const loaded = await loadInputs(parsed.files, io, importOptions(parsed));
    const project = loaded && applyWeightOption(loaded, parsed.options.weight, "metrics", io);
    if (project === undefined) return 1;
    const report = await reportWithThreads(project, at, { flags }, workers);
    for (const warning of report.warnings) io.err(`recovery-networks metrics: warning: ${warning.text}`);
    await emit(parsed.format === "json" ? reportJson(report) : reportCsv(report, project), parsed.out, io);
    return 0;
  },
};
