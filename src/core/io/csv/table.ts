// One CSV file read into a table: its header mapped onto the model's fields and attributes, its
// data rows with their spreadsheet row numbers, and every problem with the header or the quoting.
import { FORBIDDEN_KEYS } from "../../model/schema.ts";
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";
import { FIELDS, HAS_ATTRIBUTES, REQUIRED, type CsvRole } from "./columns.ts";
import { isBlankRecord, parseDsv, type DsvRecord } from "./dsv.ts";
import { parseHeader, unguardFormula, type ValueType } from "./cells.ts";

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
}

export interface Table {
  role: CsvRole;
  file: string;
  columns: Column[];
  /** Non-blank data rows, in file order. */
  rows: DsvRecord[];
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
): { table: Table } | { problems: Problem[] } {
  const problem = (where: string, message: string, fix: string): Problem => ({ file: file.name, where, message, fix });
  const parsed = parseDsv(file.text);
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
  const missing = REQUIRED[role].filter((f) => !columns.some((c) => c.field === f));
  if (missing.length > 0) {
    problems.push(
      problem(
        "row 1",
        `no ${missing.map((m) => `"${m}"`).join(" or ")} column (found ${found.length ? found.map((f) => `"${f}"`).join(", ") : "no column names"}; expected ${REQUIRED[role].join(", ")}${
          Object.keys(FIELDS[role]).length > REQUIRED[role].length ? ` and optionally ${Object.keys(FIELDS[role]).filter((f) => !REQUIRED[role].includes(f) && f !== "value_type").join(", ")}` : ""
        })`,
        `Make the first row of ${role}.csv the header, with columns named as expected (any case); cells are separated by commas, semicolons or tabs`,
      ),
    );
  }
  const rows = parsed.records.slice(1).filter((r) => !isBlankRecord(r));
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
  if (problems.length > 0) return { problems };
  return { table: { role, file: file.name, columns, rows } };
}
