// Command-line inputs: paths on disk (files, or folders holding a CSV project) read into the
// named texts the core importers take, with every unreadable path reported, never thrown.
import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./arguments.ts";
import type { CommandIO } from "./command.ts";
import { roleOf } from "../core/io/csv/columns.ts";
import { isEgoCsv } from "../core/io/ego/csv.ts";
import type { ImportOptions, InputFile } from "../core/io/files.ts";
import { readRawFiles, type RawFile } from "../core/io/text/inputs.ts";
import { parseMapping } from "../core/io/mapping/mapping.ts";
import { detectFormat, loadProject, MAX_FILE_BYTES } from "../core/io/load.ts";
import { formatProblem, type Problem } from "../core/io/problems.ts";
import type { Project } from "../core/model/schema.ts";
import { NODE_KINDS, type NodeKind } from "../core/model/vocabulary.ts";

/**
 * What reading the paths gave: the files, a problem for each path that could not be read, and
 * the paths of those (so a command does not go on to report the same file as missing).
 */
export interface ReadInputs {
  files: InputFile[];
  problems: Problem[];
  failed: string[];
}

async function readOne(path: string, raw: RawFile[], problems: Problem[]): Promise<void> {
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    problems.push({ file: path, where: "", message: `is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB this tool opens`, fix: "Split the data (for example by period or by service), or filter it before loading" });
    return;
  }
  raw.push({ name: path, bytes: new Uint8Array(await readFile(path)) });
}

/**
 * Reads a folder's CSV files into `raw` when together they are ego-network survey data (egor's
 * `egos.csv`, `alters.csv`, `aaties.csv`, or Network Canvas's CSV export: `isEgoCsv`), as the page's
 * "Open folder" does; returns false, reading nothing, when they are not.
 */
async function readEgoFolder(path: string, csvNames: readonly string[], raw: RawFile[], problems: Problem[]): Promise<boolean> {
  if (csvNames.length === 0) return false;
  const found: RawFile[] = [];
  const unreadable: Problem[] = [];
  for (const name of csvNames) await readOne(join(path, name), found, unreadable);
  const decoded = await readRawFiles(found);
  if (!isEgoCsv(decoded.files)) return false;
  raw.push(...found);
  problems.push(...unreadable);
  return true;
}

/**
 * Reads each path: a file as itself; a folder as the CSV project files in it (`nodes.csv`,
 * `ties.csv`, `edges.csv`, `links.csv`, `observations.csv`, `waves.csv`, any case, also .tsv/.txt;
 * and the page's export, `<project>-nodes.csv` and so on: see `roleOf`), or, when it has none of
 * those, as the ego-network survey files in it (`readEgoFolder`).
 * Files are named by the path as given, so problems point at them. Bytes become text through
 * `readRawFiles` (the page's way too): UTF-8, UTF-16 by its byte-order mark, Windows-1252 when
 * not UTF-8 (with a warning), XML by its declaration; an `.xlsx` workbook as one CSV per sheet.
 */
export async function readInputs(paths: readonly string[]): Promise<ReadInputs> {
  const raw: RawFile[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      problems.push({ file: path, where: "", message: "does not exist or cannot be read", fix: "Check the path" });
      continue;
    }
    if (!isFolder) {
      await readOne(path, raw, problems);
      continue;
    }
    const csvNames = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && detectFormat(e.name) === "csv")
      .map((e) => e.name)
      .sort();
    const names = csvNames.filter((name) => roleOf(name) !== undefined);
    if (names.length > 0) {
      for (const name of names) await readOne(join(path, name), raw, problems);
    } else if (!(await readEgoFolder(path, csvNames, raw, problems))) {
      problems.push({
        file: path,
        where: "",
        message: "is a folder with no nodes.csv or ties.csv (nor <name>-nodes.csv, <name>-ties.csv), and its CSV files are not ego-network survey data (egor's egos.csv, alters.csv, aaties.csv or Network Canvas's export)",
        fix: "Give the folder that holds the project's CSV files, or the files themselves",
      });
    }
  }
  // Decoded exactly as the page decodes (src/core/io/text/inputs.ts).
  const read = await readRawFiles(raw);
  const all = [...problems, ...read.problems];
  return { files: read.files, problems: all, failed: all.map((p) => p.file) };
}

/** Which project a file belongs to: its folder for CSV files (a workbook's sheets: the workbook), else itself. */
export function projectKey(name: string): string {
  return detectFormat(name) === "csv" ? `csv:${dirname(name)}` : `file:${name}`;
}

const PAJEK_NETWORK = /\.(net|paj)$/i;
const PAJEK_PART = /\.(clu|vec)$/i;
const stem = (name: string) => basename(name).replace(/\.[^.]+$/, "").toLowerCase();

/**
 * The Pajek network a `.clu`/`.vec` file given alone belongs to, among the `.net`/`.paj` files
 * given: the one in its folder whose name starts its name (`net.net` for `net-age.clu`, as
 * `convert --to pajek` writes them; the longest such name), else the only one in its folder.
 */
function pajekNetworkOf(part: string, networks: readonly string[]): string | undefined {
  const here = networks.filter((n) => dirname(n) === dirname(part));
  const named = here.filter((n) => stem(part).startsWith(stem(n))).sort((a, b) => stem(b).length - stem(a).length);
  return named[0] ?? (here.length === 1 ? here[0] : undefined);
}

/**
 * Splits inputs into projects, for commands that check several at once: each JSON, GEXF,
 * GraphML or Pajek network is a project (a `.clu`/`.vec` file with its network: `pajekNetworkOf`);
 * CSV files are one project per folder.
 */
export function groupProjects(files: readonly InputFile[]): InputFile[][] {
  const networks = files.map((f) => f.name).filter((name) => PAJEK_NETWORK.test(name));
  const groups = new Map<string, InputFile[]>();
  for (const file of files) {
    const network = PAJEK_PART.test(file.name) ? pajekNetworkOf(file.name, networks) : undefined;
    const key = projectKey(network ?? file.name);
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()];
}

/**
 * Reads the paths and loads them as one project; on any problem writes each one (file, place,
 * what to do) to `io.err` and returns undefined. Warnings are written too, prefixed `warning:`.
 */
export async function loadInputs(paths: readonly string[], io: CommandIO, options: ImportOptions = {}): Promise<Project | undefined> {
  const read = await readInputs(paths);
  if (read.problems.length > 0) {
    io.err(read.problems.map(formatProblem).join("\n"));
    return undefined;
  }
  const result = loadProject(read.files, options);
  if (!result.ok) {
    io.err([...(result.warnings ?? []).map((w) => `warning: ${formatProblem(w)}`), ...result.problems.map(formatProblem)].join("\n"));
    return undefined;
  }
  if (result.warnings.length > 0) io.err(result.warnings.map((w) => `warning: ${formatProblem(w)}`).join("\n"));
  return result.project;
}

/** The options every input command takes: the kind of nodes that have none, a column mapping, what to do with self-loops, which graph of a GraphML file. */
export const INPUT_OPTIONS = { "default-kind": { type: "string" }, map: { type: "string" }, "self-loops": { type: "string" }, graph: { type: "string" } } as const;

/** The usage lines of `INPUT_OPTIONS`, for each command's help (after its --default-kind line). */
export const INPUT_USAGE = [
  "  --map FILE            a column mapping (JSON) for CSV and .xlsx files whose columns are not",
  "                        the expected names: {\"ties\": {\"source\": \"from_person\", …}} (docs/data-format.md)",
  "  --self-loops drop|refuse  a tie from a node to itself, in any format: left out with a warning",
  "                        (drop, the default) or a problem (refuse)",
  "  --graph ID|N          which graph to read from a GraphML file holding several: its id, or its",
  "                        number counting from 1 in the file's order",
].join("\n");

/** The input paths among the positional arguments; throws `UsageError` when there are none. */
export function inputPaths(positionals: readonly string[]): string[] {
  if (positionals.length === 0) throw new UsageError("give at least one input file or folder");
  return [...positionals];
}

/**
 * The import options from `--default-kind`, `--map FILE` (read and checked here) and
 * `--self-loops`. Throws `UsageError` for a kind not in the vocabulary, a mapping file that
 * cannot be read or is not a mapping (with what is wrong), a self-loop choice other than
 * drop or refuse, or an empty `--graph`.
 */
export function importOptions(values: { "default-kind"?: string; map?: string; "self-loops"?: string; graph?: string }): ImportOptions {
  const options: ImportOptions = {};
  const kind = values["default-kind"];
  if (kind !== undefined) {
    if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--default-kind must be one of ${NODE_KINDS.join(", ")}, not "${kind}"`);
    options.defaultKind = kind as NodeKind;
  }
  if (values.map !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(values.map, "utf8"));
    } catch (error) {
      throw new UsageError(`--map ${values.map}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `is not JSON (${(error as Error).message})`}`);
    }
    const parsed = parseMapping(json);
    if ("error" in parsed) throw new UsageError(`--map ${values.map}: ${parsed.error}`);
    options.mapping = parsed.mapping;
  }
  const loops = values["self-loops"];
  if (loops !== undefined) {
    if (loops !== "drop" && loops !== "refuse") throw new UsageError(`--self-loops must be drop or refuse, not "${loops}"`);
    options.selfLoops = loops;
  }
  if (values.graph !== undefined) {
    if (values.graph.trim() === "") throw new UsageError("--graph needs a graph's id or its number (1 for the first)");
    options.graph = values.graph.trim();
  }
  return options;
}
