// One CSV file read into a table: its header mapped onto the model's fields and attributes, its
// data rows with their spreadsheet row numbers, and every problem with the header or the quoting.
import { FORBIDDEN_KEYS } from "../../model/schema.ts";
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";
import { FIELDS, HAS_ATTRIBUTES, REQUIRED, type CsvRole } from "./columns.ts";
import { isBlankRecord, parseDsv, type DsvRecord } from "./dsv.ts";
import { looksLikeNumber, parseHeader, unguardFormula, type ValueType } from "./cells.ts";
import { ALIASES, squash, type ColumnMapping } from "../mapping/mapping.ts";

/** A column of a table: a model field, an attribute, or ignored. */
export interface Column {
  /** Position in the row. */
  index: number;
  /** The header as written (trimmed), used in every problem message. */
  header: string;
  /** The model field this column holds (lower case), when it is one. */
  field?: string;
  /** The attribute this column holds, with its declared type when the header has one. */
  attribute?: { name: string; type?: ValueType };
  /**
   * A convention read into fields: `direction` (Gephi's `Type` column, Directed/Undirected/Mixed,
   * read as `directed`), `year` (start 1 January, end 1 January of the next year) or `interval`
   * (Gephi's `<[start, end]>` notation, read into start and end).
   */
  convention?: "direction" | "year" | "interval";
}

export interface Table {
  role: CsvRole;
  file: string;
  columns: Column[];
  /** Non-blank data rows, in file order. */
  rows: DsvRecord[];
}

/** A header's target from the mapping (`target → header`, headers any case). */
function mappedTarget(mapping: Record<string, string> | undefined, header: string): string | undefined {
  if (mapping === undefined) return undefined;
  const lower = header.trim().toLowerCase();
  return Object.keys(mapping).find((target) => mapping[target].trim().toLowerCase() === lower);
}

/** Sets a column to a target name: a model field, the tie attribute `weight`, or a convention. */
function target(column: Column, name: string): void {
  if (name === "weight") column.attribute = { name: "weight" };
  else if (name === "year" || name === "interval") column.convention = name;
  else column.field = name;
}

/** The model field a header names: any case; a typed header (`label:string`) is always an attribute. */
function fieldOf(role: CsvRole, name: string, type: ValueType | undefined, kindColumn: string): string | undefined {
  if (type !== undefined) return undefined;
  const lower = name.toLowerCase();
  if (role === "nodes" && lower === kindColumn.toLowerCase()) return "kind";
  if (role === "nodes" && lower === "kind") return undefined; // kind comes from another column
  return Object.hasOwn(FIELDS[role], lower) ? lower : undefined;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/** Reads one file of a CSV project. All its problems are returned; a table only when there are none. */
export function readTable(
  file: InputFile,
  role: CsvRole,
  warnings: Problem[],
  kindColumn = "kind",
  mapping?: ColumnMapping,
  alone = false,
): { table: Table } | { problems: Problem[] } {
  const problem = (where: string, message: string, fix: string): Problem => ({ file: file.name, where, message, fix });
  const parsed = parseDsv(file.text);
  const mapped = role === "nodes" || role === "ties" ? mapping?.[role] : undefined;
  const aliases = role === "nodes" || role === "ties" ? ALIASES[role] : {};
  const problems: Problem[] = parsed.errors.map((e) => problem(`row ${e.row}`, e.message, e.fix));
  const header = parsed.records[0];
  if (header === undefined || isBlankRecord(header)) {
    const expected = [...REQUIRED[role], ...Object.keys(FIELDS[role]).filter((f) => !REQUIRED[role].includes(f))];
    problems.push(problem("", "the file is empty: it needs a header row", `Start the file with a header row naming its columns, e.g. ${expected.join(",")}`));
    return { problems };
  }
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  header.cells.forEach((cell, index) => {
    const text = unguardFormula(cell).trim();
    const where = `row 1, column ${index + 1}`;
    if (text === "") return; // checked below: data under a blank header
    const { name, type } = parseHeader(text);
    const column: Column = { index, header: text, field: fieldOf(role, name, type, kindColumn) };
    // A mapped kind column is the importer's kindAttribute (fieldOf reads it, and keeps it as an attribute too).
    const chosen = mappedTarget(mapped, text);
    if (chosen !== undefined && chosen !== "kind") {
      column.field = undefined;
      target(column, chosen);
      const key = chosen === "weight" ? "attr:weight" : `target:${chosen}`;
      if (seen.has(key)) {
        problems.push(problem(where, `column "${text}" repeats column "${seen.get(key)}"`, "Keep one of them, or rename one"));
        return;
      }
      columns.push(column);
      seen.set(key, text);
      if (column.field !== undefined) seen.set(`field:${column.field}`, text);
      return;
    } else if (column.field === undefined && type === undefined) {
      // An alias, when no column has the field's own name and the mapping does not place it.
      const squashed = squash(name);
      const alias = Object.keys(aliases).find(
        (t) =>
          aliases[t].includes(squashed) &&
          !(mapped !== undefined && Object.hasOwn(mapped, t)) &&
          !(Object.hasOwn(FIELDS[role], t) && header.cells.some((c) => parseHeader(unguardFormula(c).trim()).name.toLowerCase() === t)) &&
          !columns.some((c) => c.field === t || c.convention === t) &&
          !seen.has(`target:${t}`),
      );
      if (alias !== undefined) {
        target(column, alias);
        if (column.field !== undefined || column.convention !== undefined) {
          columns.push(column);
          seen.set(`target:${alias}`, text);
          return;
        }
      }
    }
    // A generic kind column (options.kindAttribute) stays an attribute too, as other formats keep it.
    const isAttribute = HAS_ATTRIBUTES[role] && (column.field === undefined || (column.field === "kind" && name.toLowerCase() !== "kind"));
    if (isAttribute) {
      if (FORBIDDEN_KEYS.has(name)) {
        problems.push(problem(where, `"${name}" cannot be a column name (it would reach into the program's objects)`, "Rename the column"));
        return;
      }
      column.attribute = { name, type };
    } else if (column.field === undefined) {
      warnings.push(problem(`row 1, column "${text}"`, `${role} files have no column "${name}"; its cells are ignored`, `Their columns are ${Object.keys(FIELDS[role]).join(", ")}`));
      return;
    }
    const key = column.field !== undefined ? `field:${column.field}` : `attr:${name}`;
    if (seen.has(key)) {
      problems.push(problem(where, `column "${text}" repeats column "${seen.get(key)}"`, "Keep one of them, or rename one"));
      return;
    }
    seen.set(key, text);
    columns.push(column);
  });
  const found = header.cells.map((c) => c.trim()).filter((c) => c !== "");
  let missing = REQUIRED[role].filter((f) => !columns.some((c) => c.field === f));
  let firstData = 1;
  if (role === "ties" && alone && missing.length === 2 && problems.length === 0 && mapped === undefined && headerless(parsed.records, columns)) {
    // An edge list without a header: source, target and, when a number, the weight.
    columns.length = 0;
    columns.push({ index: 0, header: "column 1", field: "source" }, { index: 1, header: "column 2", field: "target" });
    const width = header.cells.length;
    if (width === 3) columns.push({ index: 2, header: "column 3", attribute: { name: "weight" } });
    firstData = 0;
    missing = [];
    warnings.push(
      problem(
        "row 1",
        `has no header row (row 1 is "${header.cells.join(DELIMITER_NAMES[parsed.delimiter] === "tab" ? "\t" : parsed.delimiter)}", not column names), so it was read as an edge list: column 1 the source, column 2 the target${width === 3 ? ", column 3 the weight" : ""}`,
        "Add a header row (source,target) to say what the columns are",
      ),
    );
  }
  if (missing.length > 0) {
    problems.push(
      problem(
        "row 1",
        `no ${missing.map((m) => `"${m}"`).join(" or ")} column (found ${found.length ? found.map((f) => `"${f}"`).join(", ") : "no column names"}; expected ${REQUIRED[role].join(", ")}${
          Object.keys(FIELDS[role]).length > REQUIRED[role].length ? ` and optionally ${Object.keys(FIELDS[role]).filter((f) => !REQUIRED[role].includes(f) && f !== "value_type").join(", ")}` : ""
        })`,
        `Make the first row of ${role}.csv the header, with columns named as expected (any case; cells separated by commas, semicolons or tabs), or say which column is which: the page asks, and the command line takes --map mapping.json (docs/data-format.md, "Column mapping")`,
      ),
    );
  }
  const rows = parsed.records.slice(firstData).filter((r) => !isBlankRecord(r));
  if (firstData === 1) checkWidths(rows);
  if (problems.length > 0) return { problems };
  decimalCommas(parsed.delimiter, columns, rows, role, (where, message, fix) => warnings.push(problem(where, message, fix)));
  gephiDirection(columns, rows, role, (where, message, fix) => warnings.push(problem(where, message, fix)));
  return { table: { role, file: file.name, columns, rows } };

  function checkWidths(rows: DsvRecord[]): void {
  for (const record of rows) {
    const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== "");
    if (extra.length > 0) {
      problems.push(
        problem(
          `row ${record.row}`,
          `the row has ${record.cells.length} cells but the header has ${header.cells.length} columns`,
          `Put cells that contain a ${DELIMITER_NAMES[parsed.delimiter]} in double quotes, or add a header for the extra column`,
        ),
      );
    }
    header.cells.forEach((h, k) => {
      if (h.trim() === "" && (record.cells[k] ?? "").trim() !== "") {
        problems.push(problem(`row ${record.row}, column ${k + 1}`, "this cell is under a column with no header", "Give the column a header, or empty the cell"));
      }
    });
  }
  }
}

type Note = (where: string, message: string, fix: string) => void;

/**
 * True when row 1 of a ties file given without a nodes file is data, not a header: 2 or 3 cells, none a column name this
 * tool knows, every row as wide, and (for 3) the third cell of every row a number.
 */
function headerless(records: readonly DsvRecord[], columns: readonly Column[]): boolean {
  const rows = records.filter((r) => !isBlankRecord(r));
  const width = rows[0]?.cells.length ?? 0;
  if (width < 2 || width > 3 || columns.some((c) => c.field !== undefined || c.convention !== undefined)) return false;
  if (!rows.every((r) => r.cells.length === width && r.cells.slice(0, 2).every((c) => c.trim() !== ""))) return false;
  return width === 2 || rows.every((r) => looksLikeNumber(r.cells[2]) || looksLikeNumber(r.cells[2].replace(",", ".")));
}

const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;

/**
 * Decimal commas (`12,5`), as Excel writes numbers in most of Europe, in a file whose cells are
 * separated by semicolons or tabs: a number field or untyped attribute column whose every
 * non-empty cell is a number, with a decimal comma or without, is read with decimal points;
 * one warning names the columns. A comma file cannot hold them unquoted, so it is left alone.
 */
function decimalCommas(delimiter: string, columns: readonly Column[], rows: readonly DsvRecord[], role: CsvRole, note: Note): void {
  if (delimiter === ",") return;
  const changed: string[] = [];
  for (const column of columns) {
    const numeric = column.field !== undefined ? FIELDS[role][column.field]?.kind === "number" : column.attribute !== undefined && column.attribute.type !== "string";
    if (!numeric) continue;
    const cells = rows.map((r) => r.cells[column.index] ?? "").filter((c) => c.trim() !== "");
    if (!cells.some((c) => DECIMAL_COMMA.test(c)) || !cells.every((c) => DECIMAL_COMMA.test(c) || looksLikeNumber(c))) continue;
    const example = cells.find((c) => DECIMAL_COMMA.test(c))!.trim();
    for (const r of rows) {
      const cell = r.cells[column.index];
      if (cell !== undefined && DECIMAL_COMMA.test(cell)) r.cells[column.index] = cell.replace(",", ".");
    }
    changed.push(`"${column.header}" (${example} as ${example.replace(",", ".")})`);
  }
  if (changed.length > 0) {
    note("", `column${changed.length > 1 ? "s" : ""} ${changed.join(", ")} ${changed.length > 1 ? "have" : "has"} decimal commas: read as numbers with a decimal point`, "Nothing to do if these are numbers; to keep a column as text, declare it in the header (code:string)");
  }
}

const DIRECTIONS = new Set(["directed", "undirected", "mixed"]);

/**
 * Gephi's spreadsheet layout writes the direction of each edge in a `Type` column (Directed,
 * Undirected, Mixed). A ties `type` column holding only those words is read as `directed`
 * (Mixed: not said), and each tie's type is then `other`; a warning says so.
 */
function gephiDirection(columns: Column[], rows: readonly DsvRecord[], role: CsvRole, note: Note): void {
  if (role !== "ties") return;
  const column = columns.find((c) => c.field === "type");
  if (column === undefined || columns.some((c) => c.field === "directed")) return;
  const cells = rows.map((r) => (r.cells[column.index] ?? "").trim().toLowerCase()).filter((c) => c !== "");
  if (cells.length === 0 || !cells.every((c) => DIRECTIONS.has(c))) return;
  column.field = undefined;
  column.convention = "direction";
  note(`row 1, column "${column.header}"`, `holds Directed/Undirected, Gephi's direction of each edge: read as whether the tie is directed, and every tie's type is "other"`, "Add a column named type for the kind of tie (family, friend, mentoring, …)");
}
