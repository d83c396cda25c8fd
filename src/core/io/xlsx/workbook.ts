// Excel workbooks (.xlsx) read through read-excel-file (MIT; it unzips with fflate and parses
// the sheets' XML with saxen, no DOM): each sheet becomes a CSV text named
// `<workbook>/<sheet>.csv`, so the CSV importer reads it by its role (nodes, ties, edges, …)
// and every problem names the workbook and the sheet.
import readXlsxFile from "read-excel-file/universal";
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";
import { roleOf } from "../csv/columns.ts";
import { formatCell, formatDsv } from "../csv/dsv.ts";

type Cell = string | number | boolean | Date | null | undefined | object;

/** A cell as the CSV text the importer reads: numbers in JavaScript's shortest exact form, dates as ISO. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
  }
  return String(value);
}

/** A sheet's rows as CSV text (RFC 4180). */
export function sheetCsv(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return "";
  return formatDsv(rows.map((row) => row.map((cell) => formatCell(cellText(cell)))));
}

/**
 * The sheets of a workbook as CSV files. Sheets named like a project's files (`nodes`, `ties`,
 * `edges`, `links`, `observations`, `waves`, any case) keep their names; a workbook with one
 * sheet of another name is read as an edge list (`<workbook>/edges.csv`). Other sheets of a
 * workbook with several are left out with a warning. Empty sheets are left out.
 * Errors (returned): a file that is not an .xlsx workbook, or a workbook with no sheet to read.
 */
export async function readWorkbook(name: string, bytes: Uint8Array): Promise<{ files: InputFile[] } | { problem: Problem }> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return { problem: { file: name, where: "", message: `could not be read as an Excel workbook (${(error as Error).message})`, fix: "Open it in Excel or LibreOffice and save it again as .xlsx, or save each sheet as CSV UTF-8" } };
  }
  const filled = sheets.filter((s) => s.data.some((row) => row.some((c) => c !== null && c !== undefined && String(c) !== "")));
  const files: InputFile[] = [];
  const skipped: string[] = [];
  for (const s of filled) {
    if (roleOf(`${s.sheet}.csv`) !== undefined) files.push({ name: `${name}/${s.sheet}.csv`, text: sheetCsv(s.data) });
    else if (filled.length === 1) files.push({ name: `${name}/edges.csv`, text: sheetCsv(s.data) });
    else skipped.push(s.sheet);
  }
  if (files.length === 0) {
    const names = filled.map((s) => `"${s.sheet}"`).join(", ");
    return {
      problem: {
        file: name,
        where: "",
        message: filled.length === 0 ? "has no sheet with data" : `has sheets ${names}, none named nodes, ties or edges`,
        fix: 'Name the sheets "nodes" and "ties" (or "edges"), or keep one sheet holding the edge list',
      },
    };
  }
  if (filled.length === 1 && files[0].name.endsWith("/edges.csv") && roleOf(`${filled[0].sheet}.csv`) === undefined) {
    files[0].warnings = [{ file: name, where: `sheet "${filled[0].sheet}"`, message: "is the workbook's only sheet, so it was read as the ties (an edge list)", fix: 'Name the sheets "nodes" and "ties" to give the nodes too' }];
  }
  if (skipped.length > 0) {
    files[0].warnings = [
      ...(files[0].warnings ?? []),
      { file: name, where: "", message: `sheet${skipped.length > 1 ? "s" : ""} ${skipped.map((s) => `"${s}"`).join(", ")} ${skipped.length > 1 ? "were" : "was"} not read: only sheets named nodes, ties (or edges, links), observations and waves are`, fix: "Rename the sheet if it holds the network" },
    ];
  }
  return { files };
}
