// An adjacency matrix saved from a spreadsheet (R's write.csv of a matrix, Excel, UCINET's CSV
// export): a header row of node names after an empty corner cell, then one row per node, its
// name first, then its tie values. Recognised by that shape, so no file name is needed.
import type { ImportOptions, InputFile } from "../files.ts";
import { isBlankRecord, parseDsv, stripBom } from "../csv/dsv.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { projectFromMatrix } from "./matrix.ts";

/** A decimal comma (`0,5`) is read when the cells are separated by `;` or tabs. */
function cellNumber(text: string, decimalComma: boolean): number {
  const t = text.trim();
  if (t === "") return 0;
  return Number(decimalComma ? t.replace(",", ".") : t);
}

/**
 * True when the text is an adjacency matrix: at least two names in the header after an empty
 * (or `""`) corner cell, and the first cells of the rows are the same names in the same order.
 */
export function isAdjacencyMatrix(text: string): boolean {
  const { records } = parseDsv(stripBom(text));
  const rows = records.filter((r) => !isBlankRecord(r));
  if (rows.length < 3) return false;
  const [header, ...body] = rows;
  const names = header.cells.slice(1).map((c) => c.trim());
  if (header.cells[0].trim() !== "" || names.length !== body.length) return false;
  return body.every((r, i) => r.cells[0].trim() === names[i]);
}

/** Imports an adjacency-matrix CSV (see `isAdjacencyMatrix`) through `projectFromMatrix`. */
export function importAdjacencyMatrix(file: InputFile, options: ImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed = parseDsv(stripBom(file.text));
  const rows = parsed.records.filter((r) => !isBlankRecord(r));
  const [header, ...body] = rows;
  const decimalComma = parsed.delimiter !== ",";
  const cells = body.map((r) =>
    r.cells.slice(1).map((c, j) => {
      const v = cellNumber(c, decimalComma);
      if (!Number.isFinite(v)) problems.push({ file: file.name, where: `row ${r.row}, column ${j + 2}`, message: `"${c}" is not a number`, fix: "Write the tie's value (0 for no tie) in every cell of the matrix" });
      return v;
    }),
  );
  if (problems.length > 0) return { ok: false, problems };
  warnings.push({ file: file.name, where: "row 1", message: `read as an adjacency matrix of ${body.length} nodes (the header's first cell is empty and the rows are named as the columns)`, fix: "Nothing to do, unless the file is a table of nodes: then give its first column a header such as id" });
  const title = file.name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
  return projectFromMatrix({ file: file.name, title, labels: header.cells.slice(1).map((c) => c.trim()), cells, rowWhere: body.map((r) => `row ${r.row}`) }, options, problems, warnings);
}
