// The table as a pseudonymised export writes it: the same rows in the same order, built from the
// pseudonymised project (pseudonym ids and labels, identifying attributes dropped) with the
// report re-keyed to the pseudonym ids; with a date shift, at the shifted date.
import type { Report } from "../../../core/metrics/report.ts";
import type { IsoDate } from "../../../core/model/dates.ts";
import type { Project } from "../../../core/model/schema.ts";
import { pseudonymise, type Dropped, type Pseudonymised } from "../../../core/privacy/pseudonymise.ts";
import { shiftValue } from "../../../core/privacy/shiftDates.ts";
import { nodeTable } from "./nodeTable.ts";
import type { TableData } from "./tableData.ts";
import { tieTable } from "./tieTable.ts";

/** The report with node ids replaced through `ids` (ids not in it are kept). */
export function rekeyReport(report: Report, ids: (id: string) => string): Report {
  const nodes: Report["nodes"] = {};
  for (const [id, values] of Object.entries(report.nodes)) nodes[ids(id)] = values;
  return { ...report, nodes, flags: report.flags.map((f) => ({ ...f, node: ids(f.node) })) };
}

/** A pseudonymised table with the row numbers that put its rows in the shown order. */
export interface PseudonymisedTable {
  table: TableData;
  rows: number[];
  dropped: Dropped[];
  /** The date of the table as exported (moved with the dates when they are shifted). */
  at: IsoDate | undefined;
  /** Risks left in the export (pseudonymise's warnings). */
  warnings: string[];
}

/**
 * The pseudonymised twin of `shown`: `order` (row numbers into `shown.rows`) becomes row numbers
 * into the twin, matched through each row's position in the project, which pseudonymising keeps.
 * `prepared` is the export's pseudonymisation of `project` (src/ui/export/pseudonymousExport.ts:
 * the project's key, the export's date shift); without it, `pseudonymise(project)`.
 */
export function pseudonymisedTable(
  shown: TableData,
  order: readonly number[],
  project: Project,
  at: IsoDate | undefined,
  report: Report | undefined,
  prepared?: Pseudonymised,
): PseudonymisedTable {
  const out = prepared ?? pseudonymise(project);
  const ids = (id: string) => out.nodes.get(id)?.id ?? id;
  const shiftedAt = at === undefined ? undefined : shiftValue(at, out.shiftDays);
  const table = shown.what === "nodes"
    ? nodeTable({ project: out.project, at: shiftedAt, report: report && { ...rekeyReport(report, ids), at: shiftedAt! }, hideNames: false })
    : tieTable({ project: out.project, at: shiftedAt, hideNames: false });
  const byIndex = new Map(table.rows.map((row, r) => [row.index, r]));
  const rows = order.flatMap((r) => {
    const twin = byIndex.get(shown.rows[r].index);
    return twin === undefined ? [] : [twin];
  });
  return { table, rows, dropped: out.dropped, at: shiftedAt, warnings: out.warnings };
}
