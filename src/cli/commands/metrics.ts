// `npx recovery-networks metrics <files…>`: every structural metric, recovery indicator and
// isolation flag of one snapshot, as JSON or CSV.
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { UsageError } from "../arguments.ts";
import { defineCommand, type CommandIO } from "../command.ts";
import { computeStructuralInWorkers } from "../parallel/structuralInWorkers.ts";
import { flagSettingsSchema, type FlagSettings } from "../../core/metrics/flags/index.ts";
import { reportFromStructural, type Report, type ReportOptions } from "../../core/metrics/report.ts";
import type { Project } from "../../core/model/schema.ts";
import { latestDate, snapshotAt } from "../../core/model/snapshot.ts";
import { parseDate, type IsoDate } from "../../core/model/dates.ts";
import { importOptions, INPUT_OPTIONS, INPUT_USAGE, inputPaths, loadInputs } from "../readInputs.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";
import { shortestPathWork } from "../../core/metrics/shortestPathWork.ts";
import { emit, OUTPUT_OPTIONS, outputFormat, reportCsv, reportJson } from "./metricsOutput.ts";

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

/**
 * Below this much work (nodes × (nodes + ties), about one search per node) threads cost more to
 * start (≈ 0.2 s) than they save: the page's worker limit, where one thread takes about 3 s.
 */
const THREADS_WORTH_IT = 1e8;

/**
 * The report, with the shortest-path pass on `workers` threads when that helps (or is asked for).
 * The pass runs in fixed source ranges added in order, on threads or in this one, so the output
 * is the same bytes for any `workers`.
 */
async function reportWithThreads(project: Project, at: IsoDate | undefined, options: ReportOptions, workers: number | undefined): Promise<Report> {
  const date = at ?? latestDate(project);
  const graph = snapshotAt(project, date);
  const threads = workers ?? (shortestPathWork(graph) > THREADS_WORTH_IT ? Math.min(availableParallelism(), 8) : 1);
  const structural = await computeStructuralInWorkers(graph, options.structural, { workers: threads });
  return reportFromStructural(project, date, graph, structural, options);
}

const USAGE = [
  "Usage: npx recovery-networks metrics <files or folder…> [--at YYYY-MM-DD] [--format json|csv] [--out FILE] [--flag-settings FILE] [--workers N] [--weight ATTR] [--default-kind KIND] [--map FILE] [--self-loops drop|refuse] [--graph ID|N]",
  "",
  "  --at       the snapshot date (default: the latest date in the data)",
  "  --flag-settings FILE   flag thresholds as JSON, e.g. {\"minPeople\": 2}, over those the project keeps (its Needs attention settings), over the defaults (docs/metrics.md)",
  "  --format   json (default): {at, network, nodes, flags, measures}; csv: one row per node, each",
  "             observed measure as of the date with the date recorded, flags in a column",
  "  --out      write to FILE instead of printing",
  "  --workers N  threads for betweenness and closeness (default: one per core, at most 8, when the",
  "             snapshot is large enough to gain from them; 1: this thread only). The output is the",
  "             same whatever the number.",
  WEIGHT_USAGE,
  "  --default-kind KIND   the kind of nodes without one (default community_member)",
  INPUT_USAGE,
  "",
  "Change indicators and flags compare with the latest wave before the date.",
  "Definitions: docs/metrics.md.",
].join("\n");

export const metricsCommand = defineCommand({
  usage: USAGE,
  options: { at: { type: "string" }, "flag-settings": { type: "string" }, workers: { type: "string" }, ...OUTPUT_OPTIONS, weight: { type: "string" }, ...INPUT_OPTIONS },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    const paths = inputPaths(positionals);
    const format = outputFormat(values);
    let at: IsoDate | undefined;
    if (values.at !== undefined) {
      at = parseDate(values.at);
      if (at === undefined) throw new UsageError(`--at "${values.at}" is not a date: write it as YYYY-MM-DD`);
    }
    let workers: number | undefined;
    if (values.workers !== undefined) {
      workers = Number(values.workers);
      if (!/^\d+$/.test(values.workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
    }
    const imports = importOptions(values);
    let flags: Partial<FlagSettings> | undefined;
    if (values["flag-settings"] !== undefined) {
      flags = await loadFlagSettings(values["flag-settings"], io);
      if (flags === undefined) return 1;
    }
    const loaded = await loadInputs(paths, io, imports);
    const project = loaded && applyWeightOption(loaded, values.weight, "metrics", io);
    if (project === undefined) return 1;
    const report = await reportWithThreads(project, at, { flags }, workers);
    for (const warning of report.warnings) io.err(`recovery-networks metrics: warning: ${warning.text}`);
    await emit(format === "json" ? reportJson(report, project) : reportCsv(report, project), values.out, io);
    return 0;
  },
});
