// A square matrix of tie values (UCINET's full matrix, an adjacency-matrix CSV, a Pajek
// *Matrix) as a project: a node per row, a tie per non-zero cell. A symmetric matrix is an
// undirected network (one tie per pair, from the upper triangle); otherwise each non-zero cell
// i→j is a directed tie. Values other than 0 and 1 become the ties' `weight`.
import { detectWeight } from "../../model/weight.ts";
import type { Tie } from "../../model/schema.ts";
import type { ImportOptions } from "../files.ts";
import { assembleProject, nodeRecord, tieRecord, type GraphRecord, type GraphValue } from "../graphRecords.ts";
import type { ImportResult, Problem } from "../problems.ts";

/** A matrix as read: the row labels (the node ids), its cells row by row, and where each row is. */
export interface MatrixInput {
  file: string;
  title: string;
  labels: readonly string[];
  cells: readonly (readonly number[])[];
  /** Where row i is in the file, for problems: `line 7`. */
  rowWhere: readonly string[];
}

/** True when cell (i, j) equals cell (j, i) for every pair. */
export function isSymmetric(cells: readonly (readonly number[])[]): boolean {
  return cells.every((row, i) => row.every((v, j) => v === cells[j][i]));
}

/**
 * The project of a square matrix. Values on the diagonal are self-ties, which follow the
 * self-loop setting like every format's (left out with a warning by default, or refused). Weights
 * are kept as the attribute `weight` only when some value is not 1; a binary matrix has none.
 */
export function projectFromMatrix(input: MatrixInput, options: ImportOptions, problems: Problem[], warnings: Problem[]): ImportResult {
  const { file, labels, cells } = input;
  const n = labels.length;
  cells.forEach((row, i) => {
    if (row.length !== n) problems.push({ file, where: input.rowWhere[i] ?? "", message: `row ${i + 1} ("${labels[i] ?? ""}") has ${row.length} values for ${n} nodes`, fix: "Give every row one value per node (0 where there is no tie)" });
  });
  if (cells.length !== n) problems.push({ file, where: "", message: `the matrix has ${cells.length} rows for ${n} nodes`, fix: "Give one row per node" });
  if (problems.length > 0) return { ok: false, problems };
  const nodes: GraphRecord[] = labels.map((label, i) => nodeRecord(file, { id: label, where: input.rowWhere[i] ?? "", values: [] }, options, problems));
  const symmetric = isSymmetric(cells);
  const weighted = cells.some((row) => row.some((v) => v !== 0 && v !== 1));
  const ties: GraphRecord[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = symmetric ? i : 0; j < n; j++) {
      const v = cells[i][j];
      if (v === 0) continue;
      const where = `${input.rowWhere[i] ?? ""}, column ${j + 1}`;
      const values: GraphValue[] = weighted ? [{ name: "weight", type: "number", text: String(v), where }] : [];
      ties.push(tieRecord(file, { id: `e${ties.length + 1}`, source: labels[i], target: labels[j], directed: !symmetric, where, values }, problems));
    }
  }
  const weight = detectWeight(ties.map((r) => r.candidate as Pick<Tie, "attributes">), false);
  return assembleProject({ file, meta: { title: input.title, weight, attributes: {} }, nodes, ties, elsewhere: { meta: "", observations: "", waves: "" } }, problems, warnings, options);
}
