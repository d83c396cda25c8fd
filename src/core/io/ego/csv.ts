// Ego-network survey data in CSV files, recognised by their columns rather than their names:
// R egor's three-file layout (egos: `egoID` …; alters: `egoID`, `alterID` …; alter–alter ties:
// `egoID`, `Source`, `Target` …, also egor's `.egoID`, `.altID`, `.srcID`, `.tgtID`), the same
// two files renamed (`nodes.csv` with `id` and `egoID`), and Network Canvas's CSV export
// (`networkCanvasEgoUUID`, `networkCanvasUUID`, `networkCanvasSourceUUID` …, the person
// interviewed in `networkCanvasCaseID`, the interview's date in `sessionStart`).
import { parseDate } from "../../model/dates.ts";
import { looksLikeNumber } from "../csv/cells.ts";
import { isBlankRecord, parseDsv, stripBom } from "../csv/dsv.ts";
import type { ImportOptions, InputFile } from "../files.ts";
import type { GraphValue, GraphValueType } from "../graphRecords.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { projectFromInterviews, type Interview } from "./project.ts";

/** `.egoID`, `Ego ID`, `ego_id` → `egoid`. */
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Column aliases, most specific first (Network Canvas's own names before generic ones). */
const ALIASES = {
  ego: ["networkcanvasegouuid", "egoid", "egouuid", "ego"],
  case: ["networkcanvascaseid", "caseid"],
  alter: ["networkcanvasuuid", "alterid", "altid", "alter", "alteruuid"],
  source: ["networkcanvassourceuuid", "source", "srcid", "from", "alter1", "sourceid"],
  target: ["networkcanvastargetuuid", "target", "tgtid", "to", "alter2", "targetid"],
  date: ["sessionstart", "networkcanvassessionstart", "interviewdate", "date"],
  /** A plain `id` is an alter id only beside an ego id column (the renamed layout). */
  id: ["id", "nodeid"],
} as const;

type Role = keyof typeof ALIASES;

/** One CSV file read as a table, with the column of each role it has. */
interface EgoTable {
  file: InputFile;
  header: string[];
  rows: { row: number; cells: string[] }[];
  roles: Partial<Record<Role, number>>;
  types: GraphValueType[];
}

function readTable(file: InputFile): EgoTable | undefined {
  const parsed = parseDsv(stripBom(file.text));
  if (parsed.errors.length > 0) return undefined;
  const [head, ...body] = parsed.records.filter((r) => !isBlankRecord(r));
  if (head === undefined) return undefined;
  const header = head.cells.map((c) => c.trim());
  const roles: Partial<Record<Role, number>> = {};
  for (const role of Object.keys(ALIASES) as Role[]) {
    for (const alias of ALIASES[role]) {
      const i = header.findIndex((h) => squash(h) === alias);
      if (i >= 0) {
        roles[role] = i;
        break;
      }
    }
  }
  const rows = body.map((r) => ({ row: r.row, cells: r.cells }));
  const types = header.map((_, j): GraphValueType => {
    const cells = rows.map((r) => (r.cells[j] ?? "").trim()).filter((c) => c !== "");
    if (cells.length > 0 && cells.every((c) => looksLikeNumber(c))) return "number";
    if (cells.length > 0 && cells.every((c) => /^(true|false)$/i.test(c))) return "boolean";
    return "string";
  });
  return { file, header, rows, roles, types };
}

/** What each table is: egos (an ego id, no alter), alters (an ego id and an alter id) or alter–alter ties. */
function kindOf(t: EgoTable): "egos" | "alters" | "ties" | undefined {
  if (t.roles.ego === undefined) return undefined;
  if (t.roles.source !== undefined && t.roles.target !== undefined) return "ties";
  if (t.roles.alter !== undefined || t.roles.id !== undefined) return "alters";
  return "egos";
}

/**
 * The ego-network tables among `files`, when they are ego-network data: every file has an ego
 * id column, and one of them lists alters. Undefined otherwise (the files are then read as an
 * ordinary CSV project).
 */
function egoTables(files: readonly InputFile[]): { egos?: EgoTable; alters: EgoTable[]; ties: EgoTable[] } | undefined {
  const tables = files.map(readTable);
  if (tables.some((t) => t === undefined)) return undefined;
  const by = { egos: [] as EgoTable[], alters: [] as EgoTable[], ties: [] as EgoTable[] };
  for (const t of tables as EgoTable[]) {
    const kind = kindOf(t);
    if (kind === undefined) return undefined;
    by[kind].push(t);
  }
  // One egos file; alters and ties may come in several files (Network Canvas writes one per node or edge type).
  if (by.alters.length === 0 || by.egos.length > 1) return undefined;
  // Without a separate egos file, alters must repeat ids across egos or carry an explicit alter column: otherwise this is an ordinary nodes file that happens to have an ego column.
  if (by.egos.length === 0 && by.alters.some((a) => a.roles.alter === undefined)) {
    const ids = by.alters.flatMap((a) => a.rows.map((r) => (r.cells[a.roles.alter ?? a.roles.id!] ?? "").trim()));
    if (new Set(ids).size === ids.length) return undefined;
  }
  return { egos: by.egos[0], alters: by.alters, ties: by.ties };
}

/** True when the CSV files are ego-network survey data (see `egoTables`). */
export function isEgoCsv(files: readonly InputFile[]): boolean {
  return egoTables(files) !== undefined;
}

const baseName = (name: string) => name.split(/[\\/]/).pop()!;

/** The values of a row, without the columns that place it (ids, ends) and Network Canvas's bookkeeping columns. */
function valuesOf(t: EgoTable, row: { row: number; cells: string[] }, skip: readonly (number | undefined)[]): GraphValue[] {
  const where = `${baseName(t.file.name)} row ${row.row}`;
  const out: GraphValue[] = [];
  t.header.forEach((name, j) => {
    if (skip.includes(j) || /^networkcanvas/i.test(name) || name === "" ) return;
    const text = row.cells[j] ?? "";
    if (text.trim() === "" && t.types[j] !== "string") return;
    out.push({ name, type: t.types[j], text, where: `${where}, column "${name}"` });
  });
  return out;
}

/**
 * Imports ego-network survey CSV files as one project (`projectFromInterviews`). An interview is
 * a row of the egos' file (or, without one, each ego id in the alters' file); the person it is
 * about is its case id when there is one (Network Canvas), else its ego id.
 */
export function importEgoCsv(files: InputFile[], options: ImportOptions = {}): ImportResult {
  const tables = egoTables(files)!;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const file = files.map((f) => baseName(f.name)).join(" + ");
  const interviews = new Map<string, Interview>();
  const cell = (t: EgoTable, row: { cells: string[] }, role: Role) => (t.roles[role] === undefined ? "" : (row.cells[t.roles[role]!] ?? "").trim());
  const { egos } = tables;
  if (egos !== undefined) {
    for (const row of egos.rows) {
      const key = cell(egos, row, "ego");
      const where = `${baseName(egos.file.name)} row ${row.row}`;
      if (key === "") {
        problems.push({ file, where, message: "the ego has no id", fix: "Give every ego its id" });
        continue;
      }
      if (interviews.has(key)) {
        problems.push({ file, where, message: `ego id "${key}" is listed twice in the egos' file`, fix: "Give each interview its own ego id; for interviews of one person at several dates, add a caseID column naming the person and a date column" });
        continue;
      }
      const dateText = cell(egos, row, "date");
      const date = dateText === "" ? undefined : parseDate(dateText.replace(" ", "T").replace(/T(\d):/, "T0$1:"));
      if (dateText !== "" && date === undefined) problems.push({ file, where: `${where}, column "${egos.header[egos.roles.date!]}"`, message: `"${dateText}" is not a date`, fix: "Write the interview date as YYYY-MM-DD" });
      const person = cell(egos, row, "case") || key;
      interviews.set(key, { ego: person, where, egoValues: valuesOf(egos, row, [egos.roles.ego, egos.roles.case, egos.roles.date]), ...(date ? { date } : {}), alters: [], alterTies: [] });
    }
  }
  for (const alters of tables.alters) {
  const alterColumn = alters.roles.alter ?? alters.roles.id!;
  for (const row of alters.rows) {
    const key = cell(alters, row, "ego");
    const where = `${baseName(alters.file.name)} row ${row.row}`;
    let interview = interviews.get(key);
    if (interview === undefined) {
      if (egos !== undefined) {
        problems.push({ file, where, message: `the alter belongs to ego "${key}", who is not in ${baseName(egos.file.name)}`, fix: "Add the ego, or correct the ego id" });
        continue;
      }
      interview = { ego: key, where, egoValues: [], alters: [], alterTies: [] };
      interviews.set(key, interview);
    }
    const id = (row.cells[alterColumn] ?? "").trim();
    if (id === "") {
      problems.push({ file, where, message: "the alter has no id", fix: "Give every alter an id (unique within its ego's network)" });
      continue;
    }
    // Network Canvas also writes the node's number within the interview as nodeID; the UUID is the id.
    interview.alters.push({ id, where, values: valuesOf(alters, row, [alters.roles.ego, alterColumn, alters.roles.case, alters.roles.id === alterColumn ? undefined : alters.roles.id]) });
  }
  }
  for (const ties of tables.ties) {
    for (const row of ties.rows) {
      const key = cell(ties, row, "ego");
      const where = `${baseName(ties.file.name)} row ${row.row}`;
      const interview = interviews.get(key);
      if (interview === undefined) {
        problems.push({ file, where, message: `the tie belongs to ego "${key}", who has no alters`, fix: "Correct the ego id" });
        continue;
      }
      const skip = [ties.roles.ego, ties.roles.source, ties.roles.target, ties.roles.case, ties.roles.id];
      // Network Canvas writes both UUID columns and from/to numbers: the numbers are not values.
      for (const j of ties.header.map((h, i) => (["from", "to"].includes(squash(h)) ? i : -1))) if (j >= 0) skip.push(j);
      interview.alterTies.push({ source: cell(ties, row, "source"), target: cell(ties, row, "target"), where, values: valuesOf(ties, row, skip) });
    }
  }
  const title = baseName(files[0].name).replace(/\.[^.]*$/, "").replace(/[_-]?(egos?|alters?|aaties)$/i, "") || "ego networks";
  return projectFromInterviews(file, title, [...interviews.values()], options, problems, warnings);
}
