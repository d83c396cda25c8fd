// The shape of a table in the Tables view: typed columns and rows of raw cell values, built once
// per project, date and report so that sorting, filtering and CSV export are plain array work.
import type { FieldInfo } from "../../../core/model/fields.ts";
import { formatNumber } from "../../map/appearance.ts";

/** A cell's raw value: what the CSV writes. Undefined (and NaN) is "no value". */
export type Cell = string | number | boolean | undefined;

/** One column. */
export interface Column {
  /** Stable key: `id`, `label`, `attr:hub`, `metric:betweenness`, `flags`. */
  key: string;
  /** The header the page shows: `Betweenness`. */
  header: string;
  /** The CSV header, a machine name R and pandas read well: `betweenness`. */
  csvHeader: string;
  /** The plain-language meaning, shown as the header's tooltip. */
  meaning: string;
  /** True when the values are numbers (sorted as numbers, aligned right). */
  numeric: boolean;
  /** True when the values are vocabulary codes (`service_user`), shown with spaces. */
  code?: boolean;
}

/** One row. */
export interface Row {
  /** The node or tie id. */
  key: string;
  /** The node a click on the row selects (a tie's source). */
  node: string;
  /** The row's position in `project.nodes` or `project.ties`, to match rows across rebuilds. */
  index: number;
  /** One value per column. */
  cells: Cell[];
}

/** A whole table: what the rows are, their columns, and each row's text for the filter box. */
export interface TableData {
  what: "nodes" | "ties";
  columns: Column[];
  rows: Row[];
  /** Per row: every cell's shown text, lower-case, joined; what the filter box searches. */
  search: string[];
}

/** True when a cell holds no value. */
export function isEmpty(cell: Cell): boolean {
  return cell === undefined || cell === "" || (typeof cell === "number" && Number.isNaN(cell));
}

/** What a cell shows: numbers to three figures, yes/no, codes with spaces, "" for no value. */
export function displayText(cell: Cell, column: Column): string {
  if (cell === undefined || isEmpty(cell)) return "";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return column.code ? cell.replace(/_/g, " ") : cell;
}

/** The column of a model field: its label, its name as the CSV header, its description as the meaning. */
export function fieldColumn(field: FieldInfo): Column {
  const column: Column = { key: field.name, header: field.label, csvHeader: field.name, meaning: field.description, numeric: field.kind === "number" };
  if (field.kind === "enum") column.code = true;
  return column;
}

/** Builds the table, with each row's search text (shown text and raw codes, lower-case). */
export function makeTable(what: TableData["what"], columns: Column[], rows: Row[]): TableData {
  const search = rows.map((row) =>
    row.cells
      .map((cell, c) => {
        const shown = displayText(cell, columns[c]);
        return columns[c].code && typeof cell === "string" ? `${shown}\n${cell}` : shown;
      })
      .join("\n")
      .toLowerCase(),
  );
  return { what, columns, rows, search };
}

/**
 * CSV headers made unique: an attribute named like another column (`degree`) becomes
 * `attribute_degree`, so every header names one column and model fields and metrics keep theirs.
 */
export function uniqueCsvHeaders(columns: Column[]): Column[] {
  const isAttribute = (c: Column) => c.key.startsWith("attr:");
  const seen = new Set(columns.filter((c) => !isAttribute(c)).map((c) => c.csvHeader.toLowerCase()));
  return columns.map((column) => {
    if (!isAttribute(column)) return column;
    let csvHeader = column.csvHeader;
    if (seen.has(csvHeader.toLowerCase())) csvHeader = `attribute_${column.csvHeader}`;
    for (let k = 2; seen.has(csvHeader.toLowerCase()); k++) csvHeader = `attribute_${column.csvHeader}_${k}`;
    seen.add(csvHeader.toLowerCase());
    return csvHeader === column.csvHeader ? column : { ...column, csvHeader };
  });
}
