// CSV of a table as shown: its columns in order and the given rows in the given order, written
// with the core's CSV cell rules (formula guard, quoting, CRLF) so it opens safely in a spreadsheet.
import { guardFormula } from "../../../core/io/csv/cells.ts";
import { formatCell, formatDsv } from "../../../core/io/csv/dsv.ts";
import type { IsoDate } from "../../../core/model/dates.ts";
import { isEmpty, type Cell, type TableData } from "./tableData.ts";

/** One cell as CSV: empty for no value, numbers in full precision, text guarded and quoted when needed. */
function csvCell(cell: Cell): string {
  if (isEmpty(cell)) return "";
  if (typeof cell !== "string") return String(cell);
  return formatCell(guardFormula(cell), ",", cell.trim() === "");
}

/** The CSV text of `rows` (row numbers into `table.rows`, in the order to write) with a header line. */
export function tableCsv(table: TableData, rows: readonly number[]): string {
  const header = table.columns.map((c) => formatCell(guardFormula(c.csvHeader)));
  return formatDsv([header, ...rows.map((r) => table.rows[r].cells.map(csvCell))]);
}

/** `nodes-2015-04-01.csv`, `ties-pseudonymised-2015-04-01.csv`; `nodes.csv` for undated data. */
export function csvFileName(what: TableData["what"], at: IsoDate | undefined, pseudonymised = false): string {
  return `${what}${pseudonymised ? "-pseudonymised" : ""}${at ? `-${at}` : ""}.csv`;
}
