// Imports a project from its CSV files (nodes.csv, ties.csv, optional observations.csv and
// waves.csv): every cell read as its field or as a typed attribute, then the whole project
// validated with each problem placed at its file, row and column.
import { PROJECT_FORMAT, PROJECT_VERSION, type AttributeValue, type Project } from "../../model/schema.ts";
import { semanticProblems, validateProject, type Locator, type ProjectPath } from "../../model/validate.ts";
import { DEFAULT_STRENGTH, NODE_KINDS, type NodeKind } from "../../model/vocabulary.ts";
import { detectWeight } from "../../model/weight.ts";
import type { ImportOptions, InputFile } from "../files.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { inferValue, unguardFormula, valueAs, VALUE_TYPES, type ValueType } from "./cells.ts";
import { FIELDS, normaliseWord, readField, roleOf, ROLE_NAMES, type CsvRole } from "./columns.ts";
import { readTable, type Table } from "./table.ts";
import { pushAll } from "../../arrays.ts";

const ROLES: CsvRole[] = ["nodes", "ties", "observations", "waves"];

/** A record as read, and where each of its fields came from. */
interface ReadRecord {
  value: Record<string, unknown>;
  row: number;
  /** Fields whose cell could not be read (already reported). */
  bad: Set<string>;
}

/**
 * Imports a CSV project. Files are recognised by name, case-insensitive: `nodes.csv`,
 * `ties.csv` (or `edges.csv`, `links.csv`), optional `observations.csv` and `waves.csv`; `.tsv`
 * and `.txt` too. All or nothing: any problem anywhere and no project is returned.
 */
export function importCsv(files: InputFile[], options: ImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byRole = new Map<CsvRole, InputFile>();
  for (const file of files) {
    const role = roleOf(file.name);
    if (role === undefined) {
      problems.push({
        file: file.name,
        where: "",
        message: "is not one of a project's CSV files",
        fix: "Name the files nodes.csv and ties.csv (or edges.csv), with optional observations.csv and waves.csv; the page's export, <name>-nodes.csv, <name>-ties.csv and so on, is read too",
      });
    } else if (byRole.has(role)) {
      problems.push({
        file: file.name,
        where: "",
        message: `is a second ${role} file (the first is ${byRole.get(role)!.name})`,
        fix: "Give one project's files at a time",
      });
    } else byRole.set(role, file);
  }
  // A missing file is named where it should be: next to the files that were given.
  const given = files[0]?.name ?? "";
  const folder = given.includes("/") ? given.slice(0, given.lastIndexOf("/") + 1) : "";
  // Next to `kent-nodes.csv` (the page's export), the missing file is `kent-ties.csv`.
  const prefix = roleOf(given) === undefined ? "" : (/^(.*[-_])[A-Za-z]+\.[A-Za-z]+$/.exec(given.slice(folder.length))?.[1] ?? "");
  for (const role of ["nodes", "ties"] as const) {
    if (!byRole.has(role)) {
      problems.push({
        file: `${folder}${prefix}${role}.csv`,
        where: "",
        message: `is missing: a CSV project needs ${ROLE_NAMES[role].map((n) => `${n}.csv`).join(" or ")}`,
        fix: role === "ties" ? "Add ties.csv (a header row alone for a network with no ties)" : "Add nodes.csv with a row per person or group",
      });
    }
  }
  const tables = new Map<CsvRole, Table>();
  for (const [role, file] of byRole) {
    const read = readTable(file, role, warnings, options.kindAttribute ?? "kind");
    if ("problems" in read) pushAll(problems, read.problems);
    else tables.set(role, read.table);
  }
  if (problems.length > 0) return { ok: false, problems };

  const records = new Map<CsvRole, ReadRecord[]>();
  for (const role of ROLES) {
    const table = tables.get(role);
    records.set(role, table ? table.rows.map((_, i) => readRecord(table, i, options, problems)) : []);
  }
  const locate = csvLocator(tables, records);
  // CSV has no meta: the ties are weighed by a `weight` column (any case), else by a `strength` column, else not at all.
  const tieAttributes = records.get("ties")!.map((r) => ({ attributes: (r.value.attributes ?? {}) as Record<string, AttributeValue> }));
  const weight = detectWeight(tieAttributes, tables.get("ties")?.columns.some((c) => c.field === "strength") ?? false);
  const candidate = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    meta: { weight },
    nodes: records.get("nodes")!.map((r) => r.value),
    ties: records.get("ties")!.map((r) => r.value),
    observations: records.get("observations")!.map((r) => r.value),
    waves: records.get("waves")!.map((r) => r.value),
  };
  const result = validateProject(candidate, locate, warnings);
  if (result.ok && problems.length === 0) return result;
  // Cells already reported as unreadable stay in the candidate as text; drop the validator's repeat.
  const reported = new Set(problems.map((p) => `${p.file}|${p.where}`));
  const more = result.ok ? [] : result.problems.filter((p) => !reported.has(`${p.file}|${p.where}`));
  // The validator checks ids, references and intervals only once the schema passes; check them
  // now too (without the unreadable cells), so one run lists every problem.
  const readable = (role: CsvRole) => records.get(role)!.map((r) => Object.fromEntries(Object.entries(r.value).filter(([k]) => !r.bad.has(k))));
  const semantic = semanticProblems(
    { ...candidate, nodes: readable("nodes"), ties: readable("ties"), observations: readable("observations"), waves: readable("waves") } as unknown as Project,
    locate,
  );
  const all = [...problems, ...more];
  const placed = new Set(all.map((p) => `${p.file}|${p.where}`));
  return { ok: false, problems: inReadingOrder([...all, ...semantic.filter((p) => !placed.has(`${p.file}|${p.where}`))], tables) };
}

/** Problems as a reader meets them: file by file (nodes, ties, observations, waves), row by row. */
function inReadingOrder(problems: Problem[], tables: Map<CsvRole, Table>): Problem[] {
  const fileRank = new Map(ROLES.map((role, i) => [tables.get(role)?.file ?? `${role}.csv`, i]));
  const row = (p: Problem) => Number(/^row (\d+)/.exec(p.where)?.[1] ?? 0);
  // Array.prototype.sort is stable, so problems in one cell keep the order they were found in.
  return problems.sort((a, b) => (fileRank.get(a.file) ?? ROLES.length) - (fileRank.get(b.file) ?? ROLES.length) || row(a) - row(b));
}

/** Reads one data row into a node, tie, observation or wave candidate. */
function readRecord(table: Table, index: number, options: ImportOptions, problems: Problem[]): ReadRecord {
  const record = table.rows[index];
  const value: Record<string, unknown> = {};
  const bad = new Set<string>();
  const attributes: Record<string, AttributeValue> = {};
  const fail = (header: string, message: string, fix: string) =>
    problems.push({ file: table.file, where: `row ${record.row}, column "${header}"`, message, fix });
  for (const column of table.columns) {
    const cell = unguardFormula(record.cells[column.index] ?? "");
    const quoted = record.quoted[column.index] ?? false;
    if (column.field === "kind" && table.role === "nodes") {
      const read = kindOf(cell.trim(), options);
      if ("value" in read) value.kind = read.value;
      else {
        fail(column.header, read.error, read.fix);
        bad.add("kind");
      }
    } else if (column.field !== undefined) {
      const read = readField(column.field, FIELDS[table.role][column.field], cell, quoted);
      if ("value" in read) value[column.field] = read.value;
      else if ("error" in read) {
        fail(column.header, read.error, read.fix);
        bad.add(column.field);
      }
    }
    if (column.attribute !== undefined) {
      const { name, type } = column.attribute;
      if (cell.trim() === "" && !(quoted && type !== "number" && type !== "boolean")) continue;
      const read = type === undefined ? inferValue(cell) : valueAs(cell, type);
      if (read === undefined) fail(column.header, `"${cell.trim()}" is not a ${type}`, `Write a ${type === "number" ? "number" : "true or false"}, or leave the cell empty`);
      else attributes[name] = read;
    }
  }
  if (table.role === "nodes") {
    if (value.label === undefined && value.id !== undefined) value.label = value.id;
    value.kind ??= options.defaultKind ?? "community_member";
    value.attributes = attributes;
  } else if (table.role === "ties") {
    if (!table.columns.some((c) => c.field === "id")) value.id = `t${index + 1}`;
    value.type ??= "other";
    value.valence ??= "neutral";
    value.strength ??= DEFAULT_STRENGTH;
    value.attributes = attributes;
  } else if (table.role === "waves") {
    if (value.label === undefined && value.id !== undefined) value.label = value.id;
  } else {
    observationValue(value, table, record.row, problems);
  }
  return { value, row: record.row, bad };
}

/**
 * A node's kind from its cell: mapped through `kindMap`, or a kind in any spelling; empty is the
 * default kind. Our own kind column is strict; a generic column (`kindAttribute`, `kindMap`)
 * gives unknown values the default kind, as GEXF and GraphML do.
 */
function kindOf(text: string, options: ImportOptions): { value: NodeKind } | { error: string; fix: string } {
  const fallback: NodeKind = options.defaultKind ?? "community_member";
  if (text === "") return { value: fallback };
  const mapped = options.kindMap?.[text];
  if (mapped !== undefined) return { value: mapped };
  const word = normaliseWord(text);
  if ((NODE_KINDS as readonly string[]).includes(word)) return { value: word as NodeKind };
  if (options.kindAttribute !== undefined || options.kindMap !== undefined) return { value: fallback };
  return { error: `"kind" is "${text}", which is not one of ${NODE_KINDS.join(", ")}`, fix: `Use one of ${NODE_KINDS.join(", ")} (any case; spaces for underscores are fine)` };
}

/** An observation's value: typed by `value_type` when the row gives one, otherwise inferred. */
function observationValue(value: Record<string, unknown>, table: Table, row: number, problems: Problem[]): void {
  const typeColumn = table.columns.find((c) => c.field === "value_type");
  const declared = value.value_type === undefined ? undefined : String(value.value_type).trim().toLowerCase();
  delete value.value_type;
  if (value.value === undefined) return;
  const text = String(value.value);
  if (declared === undefined || declared === "") {
    value.value = inferValue(text);
    return;
  }
  if (!(VALUE_TYPES as readonly string[]).includes(declared)) {
    problems.push({ file: table.file, where: `row ${row}, column "${typeColumn!.header}"`, message: `"${declared}" is not a value type`, fix: "Write string, number or boolean, or leave it empty to infer the type" });
    return;
  }
  const typed = valueAs(text, declared as ValueType);
  if (typed === undefined) {
    const valueColumn = table.columns.find((c) => c.field === "value")!;
    problems.push({ file: table.file, where: `row ${row}, column "${valueColumn.header}"`, message: `"${text.trim()}" is not a ${declared}`, fix: `Write a ${declared}, or change value_type` });
  } else value.value = typed;
}

/** Maps `["ties", 4, "valence"]` to `{file: "ties.csv", where: 'row 6, column "valence"'}`. */
function csvLocator(tables: Map<CsvRole, Table>, records: Map<CsvRole, ReadRecord[]>): Locator {
  return (path: ProjectPath) => {
    const [collection, index, field, key] = path;
    const table = tables.get(collection as CsvRole);
    if (table === undefined) return { file: tables.get("nodes")?.file ?? "nodes.csv", where: "" };
    const record = typeof index === "number" ? records.get(table.role)![index] : undefined;
    if (record === undefined) return { file: table.file, where: "" };
    const column =
      field === "attributes"
        ? table.columns.find((c) => c.attribute?.name === key)
        : table.columns.find((c) => c.field === field);
    return { file: table.file, where: column ? `row ${record.row}, column "${column.header}"` : `row ${record.row}` };
  };
}

