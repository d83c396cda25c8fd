// One entry point for every format: which format files are in (by extension), loading them into
// a project with every problem reported, and exporting a project in any format.
import { pushAll } from "../arrays.ts";
import type { Project } from "../model/schema.ts";
import { exportCsv } from "./csv/export.ts";
import { importCsv } from "./csv/import.ts";
import type { ExportOptions, FileFormat, ImportOptions, InputFile, InputFormat } from "./files.ts";
import { exportGexf } from "./gexf/export.ts";
import { importGexf } from "./gexf/import.ts";
import { exportGraphml } from "./graphml/export.ts";
import { importGraphml, readGraphmlInterviews } from "./graphml/import.ts";
import { projectFromInterviews } from "./ego/project.ts";
import { combineSlices, type Slice } from "./slices.ts";
import { exportJson, importJson } from "./json.ts";
import { exportPajek } from "./pajek/export.ts";
import { importPajek } from "./pajek/import.ts";
import { importEgoCsv, isEgoCsv } from "./ego/csv.ts";
import { importUcinet, isUcinetDl } from "./ucinet/import.ts";
import { importAdjacencyMatrix, isAdjacencyMatrix } from "./matrix/import.ts";
import type { ImportResult, Problem } from "./problems.ts";

/** The largest file the tool opens: 200 MB (a larger network would not fit in a browser tab). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const EXTENSIONS: Record<string, InputFormat> = {
  json: "json",
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  gexf: "gexf",
  graphml: "graphml",
  // An Excel workbook arrives here as one CSV file per sheet (src/core/io/xlsx/workbook.ts).
  xlsx: "csv",
  net: "pajek",
  paj: "pajek",
  clu: "pajek",
  vec: "pajek",
  dl: "ucinet",
};

/** The format of a file from its name's extension (any case); undefined for anything else. */
export function detectFormat(name: string): InputFormat | undefined {
  const match = /\.([A-Za-z]+)$/.exec(name);
  return match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

/** A file's size in bytes as UTF-8 (the text length is a lower bound; exact only when needed). */
function tooLarge(file: InputFile): boolean {
  if (file.text.length > MAX_FILE_BYTES) return true;
  if (file.text.length * 3 <= MAX_FILE_BYTES) return false;
  return new TextEncoder().encode(file.text).length > MAX_FILE_BYTES;
}

function fail(problems: Problem[]): ImportResult {
  return { ok: false, problems };
}

/**
 * Loads a project from files (see `loadFiles`), with what reading each file's bytes found
 * (`InputFile.warnings`: the encoding assumed, unreadable characters) first among the warnings.
 */
export function loadProject(files: InputFile[], options: ImportOptions = {}): ImportResult {
  const result = loadFiles(files, options);
  const notes = files.flatMap((f) => f.warnings ?? []);
  if (notes.length === 0) return result;
  return result.ok ? { ...result, warnings: [...notes, ...result.warnings] } : { ...result, warnings: [...notes, ...(result.warnings ?? [])] };
}

/**
 * Loads a project from files: one `.json` project; the `.csv`/`.tsv`/`.txt` files of one CSV
 * project (or ego-network survey files, an adjacency matrix, a UCINET DL saved as text); one
 * `.gexf`, `.graphml`, Pajek `.net`/`.paj` (with its `.clu`/`.vec`) or UCINET `.dl`; several
 * files of one of those formats as slices of one network (Network Canvas GraphML interviews as one
 * ego-network project). Mixed formats, unknown extensions and files over 200 MB are refused with
 * a problem each. All or nothing.
 */
function loadFiles(files: InputFile[], options: ImportOptions): ImportResult {
  if (files.length === 0) {
    return fail([{ file: "(no file)", where: "", message: "no file was given", fix: "Give a project file (.json, .gexf, .graphml) or the CSV files of a project" }]);
  }
  const problems: Problem[] = [];
  const formats = new Map<InputFormat, InputFile[]>();
  for (const file of files) {
    const format = detectFormat(file.name);
    if (tooLarge(file)) {
      problems.push({ file: file.name, where: "", message: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most this tool opens`, fix: "Split the data (for example by period or by service), or filter it before loading" });
    } else if (format === undefined) {
      problems.push({ file: file.name, where: "", message: "is not a format this tool reads", fix: "Give a .json project, the .csv files of a project, a .gexf, .graphml, Pajek .net or UCINET .dl file" });
    } else formats.set(format, [...(formats.get(format) ?? []), file]);
  }
  if (problems.length > 0) return fail(problems);
  if (formats.size > 1) {
    return fail([
      {
        file: files.map((f) => f.name).join(", "),
        where: "",
        message: `mixes formats (${[...formats.keys()].join(", ")}): one project is in one format`,
        fix: "Load one project at a time: one .json, .gexf or .graphml file, or the .csv files of one project",
      },
    ]);
  }
  const [[format, group]] = [...formats];
  if (format === "csv" && group.length === 1 && isUcinetDl(group[0].text)) return importUcinet(group[0], options);
  if (format === "csv" && group.length === 1 && isAdjacencyMatrix(group[0].text)) return importAdjacencyMatrix(group[0], options);
  if (format === "csv" && isEgoCsv(group)) return importEgoCsv(group, options);
  if (format === "csv") return importCsv(group, options);
  if (format === "pajek" && group.filter((f) => !/\.(clu|vec)$/i.test(f.name)).length > 1 && group.every((f) => !/\.(clu|vec)$/i.test(f.name))) return loadSeveral(group, format, options);
  if (format === "pajek") return importPajek(group, options);
  if (group.length > 1) return loadSeveral(group, format, options);
  const [file] = group;
  switch (format) {
    case "json":
      return importJson(file, options);
    case "gexf":
      return importGexf(file, options);
    case "graphml":
      return importGraphml(file, options);
    case "ucinet":
      return importUcinet(file, options);
  }
}

/**
 * Several files of a one-file format: Network Canvas interviews (GraphML, one per interview)
 * combine into one ego-network project; any other files are slices of one network, one per wave.
 */
function loadSeveral(group: InputFile[], format: InputFormat, options: ImportOptions): ImportResult {
  if (format === "graphml") {
    const read = group.map(readGraphmlInterviews);
    if (read.every((r) => r !== undefined)) {
      const problems = read.flatMap((r) => r!.problems);
      const warnings: Problem[] = [];
      return projectFromInterviews(group.map((f) => f.name.split(/[\\/]/).pop()).join(" + "), "interviews", read.flatMap((r) => r!.interviews), options, problems, warnings);
    }
  }
  const slices: Slice[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const file of group) {
    const result = loadProject([file], options);
    // A GEXF slice's own time (Gephi's time-slice export), read across all slices together.
    const time = format === "gexf" ? /<graph\b[^>]*\stimestamp\s*=\s*"([^"]*)"/.exec(file.text)?.[1] : undefined;
    if (result.ok) {
      slices.push({ name: file.name, project: result.project, ...(time !== undefined ? { time } : {}) });
      // Each file alone calls its timestamp a step of its own; the combined slices say it once, for all of them.
      pushAll(warnings, result.warnings.filter((w) => !(time !== undefined && w.message.startsWith("the times are"))));
    } else pushAll(problems, result.problems);
  }
  if (problems.length > 0) return fail(problems);
  return combineSlices(slices, warnings);
}

/**
 * The project in `format`: one file for JSON, GEXF and GraphML; `nodes.csv`, `ties.csv` and,
 * when not empty, `observations.csv` and `waves.csv` for CSV.
 */
export function exportProject(project: Project, format: FileFormat, options: ExportOptions = {}): InputFile[] {
  switch (format) {
    case "json":
      return [exportJson(project)];
    case "csv":
      return exportCsv(project);
    case "gexf":
      return [exportGexf(project, { version: options.gexfVersion })];
    case "graphml":
      return [exportGraphml(project)];
    case "pajek":
      return exportPajek(project);
  }
}
