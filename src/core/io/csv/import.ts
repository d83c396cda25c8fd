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
import { hasGap, hull, mergeIntervals, type ModelInterval } from "../gexf/time.ts";
import { readIntervals, yearInterval } from "./time.ts";

const ROLES: CsvRole[] = ["nodes", "ties", "observations", "waves"];

/** A record as read, and where each of its fields came from. */
interface ReadRecord {
  value: Record<string, unknown>;
  row: number;
  /** Fields whose cell could not be read (already reported). */
  bad: Set<string>;
  /** A tie's intervals from a time-interval column, when it has more than one (one tie each). */
  spells?: ModelInterval[];
}

/** Per column, what was read by a convention and is said once in a warning (date-times, spells). */
class Notes {
  private readonly byColumn = new Map<string, { role: CsvRole; header: string; message: (n: number) => string; fix: string; rows: number[] }>();
  add(role: CsvRole, header: string, kind: string, row: number, message: (n: number) => string, fix: string): void {
    const key = `${role}|${header}|${kind}`;
    const entry = this.byColumn.get(key) ?? { role, header, message, fix, rows: [] };
    entry.rows.push(row);
    this.byColumn.set(key, entry);
  }
  warnings(tables: Map<CsvRole, Table>): Problem[] {
    return [...this.byColumn.values()].map((e) => ({
      file: tables.get(e.role)!.file,
      where: `row ${e.rows[0]}, column "${e.header}"`,
      message: e.message(e.rows.length),
      fix: e.fix,
    }));
  }
}

/**
 * Imports a CSV project. Files are recognised by name, case-insensitive: `nodes.csv`,
 * `ties.csv` (or `edges.csv`, `links.csv`), optional `observations.csv` and `waves.csv`; `.tsv`
 * and `.txt` too. All or nothing: any problem anywhere and no project is returned.
 */
export function importCsv(files: InputFile[], chosen: ImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // A mapped kind column reads like a generic one (unknown values get the default kind).
  const mapping = chosen.mapping;
  const options: ImportOptions = {
    ...chosen,
    kindAttribute: mapping?.nodes?.kind ?? chosen.kindAttribute,
    kindMap: mapping?.kinds !== undefined ? { ...chosen.kindMap, ...mapping.kinds } : chosen.kindMap,
  };
  const byRole = new Map<CsvRole, InputFile>();
  for (const file of files) {
    let role = roleOf(file.name);
    if (role === undefined && files.length === 1) {
      // One file alone: an edge list (docs/data-format.md, "An edge list alone").
      role = "ties";
      warnings.push({ file: file.name, where: "", message: "is a single file whose name does not say what it holds, so it was read as the ties (an edge list)", fix: "Name it ties.csv or edges.csv, and give nodes.csv beside it for the people's details" });
    }
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
    // Ties alone are an edge list: the nodes are taken from them (below).
    if (role === "nodes" && byRole.has("ties")) continue;
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
    const read = readTable(file, role, warnings, options.kindAttribute ?? "kind", mapping, !byRole.has("nodes"));
    if ("problems" in read) pushAll(problems, read.problems);
    else tables.set(role, read.table);
  }
  if (problems.length > 0) return { ok: false, problems };

  const records = new Map<CsvRole, ReadRecord[]>();
  const notes = new Notes();
  for (const role of ROLES) {
    const table = tables.get(role);
    records.set(role, table ? table.rows.map((_, i) => readRecord(table, i, options, problems, notes)) : []);
  }
  records.set("ties", splitSpells(records.get("ties")!));
  if (!tables.has("nodes")) {
    records.set("nodes", nodesFromTies(records.get("ties")!, options));
    const n = records.get("nodes")!.length;
    warnings.push({
      file: tables.get("ties")!.file,
      where: "",
      message: `is given without a nodes file, so the ${n} node${n === 1 ? " was" : "s were"} taken from the ties' sources and targets (each named by its id, of kind ${options.defaultKind ?? "community_member"})`,
      fix: "Give nodes.csv beside it to name the nodes and say their kinds",
    });
  }
  pushAll(warnings, notes.warnings(tables));
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
  const result = validateProject(candidate, locate, warnings, options.selfLoops);
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
    options.selfLoops,
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
function readRecord(table: Table, index: number, options: ImportOptions, problems: Problem[], notes: Notes): ReadRecord {
  const record = table.rows[index];
  const value: Record<string, unknown> = {};
  const bad = new Set<string>();
  let spells: ModelInterval[] | undefined;
  const attributes: Record<string, AttributeValue> = {};
  const fail = (header: string, message: string, fix: string) =>
    problems.push({ file: table.file, where: `row ${record.row}, column "${header}"`, message, fix });
  for (const column of table.columns) {
    const cell = unguardFormula(record.cells[column.index] ?? "");
    const quoted = record.quoted[column.index] ?? false;
    if (column.convention !== undefined) {
      const t = cell.trim();
      if (t === "") continue;
      if (column.convention === "direction") {
        const word = t.toLowerCase();
        if (word !== "mixed") value.directed = word === "directed";
        continue;
      }
      const read = column.convention === "year" ? yearInterval(t) : readIntervals(t);
      if ("error" in read) {
        fail(column.header, read.error, read.fix);
        bad.add("start");
        continue;
      }
      const intervals = Array.isArray(read) ? read : [read];
      if (intervals.length === 0) continue;
      const one = intervals.length === 1 || table.role !== "ties" ? hull(intervals) : undefined;
      if (one !== undefined) {
        if (one.start !== undefined) value.start = one.start;
        if (one.end !== undefined) value.end = one.end;
      } else spells = intervals;
      if (intervals.length > 1 && table.role === "nodes" && hasGap(intervals)) value.spells = mergeIntervals(intervals);
      if (intervals.length > 1 && table.role === "ties") {
        notes.add(table.role, column.header, "spells", record.row, (n) => `${n} tie${n === 1 ? " has" : "s have"} several intervals: each interval became its own tie (ids <id>-s1, <id>-s2, …)`, "Nothing to do, unless the intervals are one relationship");
      }
      if (column.convention === "year") {
        notes.add(table.role, column.header, "year", record.row, (n) => `read as the time of ${n} tie${n === 1 ? "" : "s"}: each exists from 1 January of its year to 1 January of the next`, "Give start and end columns for other dates");
      }
      continue;
    }
    if (column.field === "kind" && table.role === "nodes") {
      const read = kindOf(cell.trim(), options);
      if ("value" in read) {
        value.kind = read.value;
        if (read.defaulted) {
          const text = cell.trim();
          notes.add(table.role, column.header, "kind-default", record.row, (n) => `${n} node${n === 1 ? " has" : "s have"} a kind value that is not a kind nor mapped to one (the first, "${text}", here), so ${n === 1 ? "it has" : "they have"} the default kind ${read.value}`, "Map those values onto kinds (the page's mapping dialog; --map with \"kinds\"), or correct them");
        }
      } else {
        fail(column.header, read.error, read.fix);
        bad.add("kind");
      }
    } else if (column.field !== undefined) {
      const read = readField(column.field, FIELDS[table.role][column.field], cell, quoted);
      if ("value" in read) {
        value[column.field] = read.value;
        if (read.timeDropped) {
          notes.add(table.role, column.header, "time", record.row, (n) => `${n} date-time${n === 1 ? " was" : "s were"} read as ${n === 1 ? "its date" : "their dates"}: the time of day is dropped (the tool's time is in days)`, "Nothing to do, unless two events on one day must stay apart");
        }
      }
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
    if (Array.isArray(value.spells)) nodeSpells(value);
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
  return spells ? { value, row: record.row, bad, spells } : { value, row: record.row, bad };
}

/**
 * A node's `spells` column as the model holds it: spells without gaps between them are one
 * interval (start and end, no spells); start and end, when no column gives them, are the spells'
 * hull. Spells out of order or overlapping are left as written, for validation to report.
 */
function nodeSpells(value: Record<string, unknown>): void {
  const spells = value.spells as ModelInterval[];
  if (value.start === undefined && value.end === undefined) {
    const { start, end } = hull(spells);
    if (start !== undefined) value.start = start;
    if (end !== undefined) value.end = end;
  }
  if (spells.length <= 1 || !hasGap(spells)) {
    const { start, end } = hull(spells);
    if (value.start === start && value.end === end) delete value.spells;
  }
}

/** A tie with several intervals as one tie per interval, ids `<id>-s1`, `<id>-s2`, … (as the GEXF importer does with spells). */
function splitSpells(ties: ReadRecord[]): ReadRecord[] {
  return ties.flatMap((r) => {
    if (r.spells === undefined) return [r];
    return r.spells.map((interval, k) => {
      const value: Record<string, unknown> = { ...r.value, id: `${String(r.value.id)}-s${k + 1}` };
      delete value.start;
      delete value.end;
      if (interval.start !== undefined) value.start = interval.start;
      if (interval.end !== undefined) value.end = interval.end;
      return { value, row: r.row, bad: r.bad };
    });
  });
}

/** The nodes of an edge list given alone: each source and target id once, in order of first appearance. */
function nodesFromTies(ties: readonly ReadRecord[], options: ImportOptions): ReadRecord[] {
  const seen = new Map<string, ReadRecord>();
  for (const tie of ties) {
    for (const end of ["source", "target"] as const) {
      const id = tie.value[end];
      if (typeof id !== "string" || seen.has(id)) continue;
      seen.set(id, { value: { id, label: id, kind: options.defaultKind ?? "community_member", attributes: {} }, row: tie.row, bad: new Set() });
    }
  }
  return [...seen.values()];
}

/**
 * A node's kind from its cell: mapped through `kindMap`, or a kind in any spelling; empty is the
 * default kind. Our own kind column is strict; a generic column (`kindAttribute`, `kindMap`)
 * gives unknown values the default kind, as GEXF and GraphML do.
 */
function kindOf(text: string, options: ImportOptions): { value: NodeKind; defaulted?: true } | { error: string; fix: string } {
  const fallback: NodeKind = options.defaultKind ?? "community_member";
  if (text === "") return { value: fallback };
  const mapped = options.kindMap?.[text];
  if (mapped !== undefined) return { value: mapped };
  const word = normaliseWord(text);
  if ((NODE_KINDS as readonly string[]).includes(word)) return { value: word as NodeKind };
  if (options.kindAttribute !== undefined || options.kindMap !== undefined) return { value: fallback, defaulted: true };
  return {
    error: `"kind" is "${text}", which is not one of ${NODE_KINDS.join(", ")}`,
    fix: `Use one of ${NODE_KINDS.join(", ")} (any case; spaces for underscores are fine), or say which kind each value is: the page asks, and the command line takes --map with "kinds" (docs/data-format.md, "Column mapping")`,
  };
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

