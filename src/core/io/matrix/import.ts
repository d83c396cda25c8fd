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

/** The rows of a bare square matrix of numbers (igraph's `write_adjacency`: no names, spaces between), at least 3 × 3 with zeros on the diagonal, or undefined. */
function bareMatrix(text: string): { cells: number[][]; lines: number[] } | undefined {
  const rows = stripBom(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ cells: line.trim() === "" ? [] : line.trim().split(/[\s,;]+/), line: i + 1 }))
    .filter((r) => r.cells.length > 0);
  const n = rows.length;
  if (n < 3 || !rows.every((r) => r.cells.length === n && r.cells.every((c) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c)))) return undefined;
  // An edge list of numbered nodes can be square too (three lines of "1 2 1"); a matrix of ties has an empty diagonal.
  if (!rows.every((r, i) => Number(r.cells[i]) === 0)) return undefined;
  return { cells: rows.map((r) => r.cells.map(Number)), lines: rows.map((r) => r.line) };
}

/**
 * True when the text is an adjacency matrix: a bare square matrix of numbers, or at least two names in the header after an empty
 * (or `""`) corner cell, and the first cells of the rows are the same names in the same order.
 */
export function isAdjacencyMatrix(text: string): boolean {
  if (bareMatrix(text) !== undefined) return true;
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
  const title = file.name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
  const bare = bareMatrix(file.text);
  if (bare !== undefined) {
    const n = bare.cells.length;
    warnings.push({ file: file.name, where: "line 1", message: `read as an adjacency matrix of ${n} nodes without names (a square table of numbers), so the nodes are numbered 1 to ${n}`, fix: "Nothing to do, unless the numbers are something else: then give the file a header row" });
    return projectFromMatrix({ file: file.name, title, labels: bare.cells.map((_, i) => String(i + 1)), cells: bare.cells, rowWhere: bare.lines.map((l) => `line ${l}`) }, options, problems, warnings);
  }
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
  return projectFromMatrix({ file: file.name, title, labels: header.cells.slice(1).map((c) => c.trim()), cells, rowWhere: body.map((r) => `row ${r.row}`) }, options, problems, warnings);
}
