// `npx recovery-networks metrics <files…>`: every structural metric, recovery indicator and
// isolation flag of one snapshot, as JSON or CSV.
import { readFile, writeFile } from "node:fs/promises";
import type { Command, CommandIO } from "../command.ts";
import { formatProblem } from "../../core/io/problems.ts";
import { flagSettingsSchema, type FlagSettings } from "../../core/metrics/flags/index.ts";
import { computeReport } from "../../core/metrics/report.ts";
import { parseDate, type IsoDate } from "../../core/model/dates.ts";
import type { Project } from "../../core/model/schema.ts";
import { jsonLocator, validateProject } from "../../core/model/validate.ts";
import { reportCsv, reportJson } from "./metricsOutput.ts";

/** Output formats of the metrics and timeline commands. */
export type OutputFormat = "json" | "csv";

/** Options shared by the metrics and timeline commands, and where each came from. */
export interface OutputArgs {
  files: string[];
  format: OutputFormat;
  out?: string;
  /** Command-specific options: name (without `--`) → value. */
  options: Record<string, string>;
}

/**
 * Reads `files… [--format json|csv] [--out FILE]` plus the given value options. Returns the
 * arguments, or the usage problem in words.
 */
export function parseOutputArgs(args: string[], valueOptions: readonly string[]): OutputArgs | string {
  const parsed: OutputArgs = { files: [], format: "json", options: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      parsed.files.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[i + 1];
    if (name !== "format" && name !== "out" && !valueOptions.includes(name)) return `unknown option "${arg}"`;
    if (value === undefined || value.startsWith("--")) return `"${arg}" needs a value`;
    i++;
    if (name === "format") {
      if (value !== "json" && value !== "csv") return `--format must be json or csv, not "${value}"`;
      parsed.format = value;
    } else if (name === "out") parsed.out = value;
    else parsed.options[name] = value;
  }
  if (parsed.files.length === 0) return "give at least one input file";
  return parsed;
}

/**
 * Reads and validates the input files into one project; on failure writes every problem (file,
 * place, what to do) to `io.err` and returns undefined.
 */
export async function loadProjectFiles(files: string[], io: CommandIO): Promise<Project | undefined> {
  if (files.length !== 1 || !files[0].toLowerCase().endsWith(".json")) {
    io.err("Give one project file (.json) to analyse.");
    return undefined;
  }
  const name = files[0];
  let candidate: unknown;
  try {
    candidate = JSON.parse(await readFile(name, "utf8"));
  } catch (error) {
    io.err(`${name}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)}). Check the path and that the file is a project file.`);
    return undefined;
  }
  const result = validateProject(candidate, jsonLocator(name));
  if (!result.ok) {
    io.err(result.problems.map(formatProblem).join("\n"));
    return undefined;
  }
  return result.project;
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

export const metricsCommand: Command = {
  name: "metrics",
  summary: "Metrics, recovery indicators and isolation flags of a snapshot (JSON or CSV)",
  usage: [
    "Usage: npx recovery-networks metrics <files…> [--at YYYY-MM-DD] [--format json|csv] [--out FILE] [--flag-settings FILE]",
    "",
    "  --at       the snapshot date (default: the latest date in the data)",
    "  --flag-settings FILE   flag thresholds as JSON, e.g. {\"minPeople\": 2} (defaults: docs/metrics.md)",
    "  --format   json (default): {at, network, nodes, flags}; csv: one row per node, flags in a column",
    "  --out      write to FILE instead of printing",
    "",
    "Change indicators and flags compare with the latest wave before the date.",
    "Definitions: docs/metrics.md.",
  ].join("\n"),
  run: async (args, io) => {
    const parsed = parseOutputArgs(args, ["at", "flag-settings"]);
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
    let flags: Partial<FlagSettings> | undefined;
    if (parsed.options["flag-settings"] !== undefined) {
      flags = await loadFlagSettings(parsed.options["flag-settings"], io);
      if (flags === undefined) return 1;
    }
    const project = await loadProjectFiles(parsed.files, io);
    if (project === undefined) return 1;
    const report = computeReport(project, at, { flags });
    await emit(parsed.format === "json" ? reportJson(report) : reportCsv(report, project), parsed.out, io);
    return 0;
  },
};
