// The ties table: every tie in the snapshot at the date (both ends present), with the names of
// its two ends, its model fields and its attributes.
import type { IsoDate } from "../../../core/model/dates.ts";
import { MODEL_FIELDS, modelField } from "../../../core/model/fields.ts";
import type { Project } from "../../../core/model/schema.ts";
import { isActiveAt } from "../../../core/model/snapshot.ts";
import { attributeCells, attributeColumns } from "./attributeColumns.ts";
import { shownName } from "../../names.ts";
import { fieldColumn, makeTable, uniqueCsvHeaders, type Cell, type Column, type TableData } from "./tableData.ts";

// The id, then the names of the two ends, then the other fields in the schema's order, then the
// ends' ids (for joining with the nodes table).
const ENDS = ["source", "target"] as const;
const [ID_FIELD, ...REST] = MODEL_FIELDS.ties;
const OTHER_FIELDS = REST.filter((f) => !(ENDS as readonly string[]).includes(f.name));
const END_FIELDS = ENDS.map((end) => modelField("ties", end)!);
const FIELD_COLUMNS: Column[] = [
  fieldColumn(ID_FIELD),
  ...END_FIELDS.map((f) => ({ key: `${f.name}_label`, header: f.label, csvHeader: `${f.name}_label`, meaning: `The name of the node in "${f.label} id" (the id while names are hidden).`, numeric: false })),
  ...OTHER_FIELDS.map(fieldColumn),
  ...END_FIELDS.map((f) => ({ ...fieldColumn(f), header: `${f.label} id` })),
];

/** What the ties table is built from. */
export interface TieTableInput {
  project: Project;
  /** The date; undefined shows every tie (undated data). */
  at: IsoDate | undefined;
  /** Show ids in the name columns. */
  hideNames: boolean;
  /** While names are hidden, still show groups' names (default false). */
  showGroupNames?: boolean;
}

/** Builds the ties table: the snapshot's ties in project order. */
export function tieTable({ project, at, hideNames, showGroupNames = false }: TieTableInput): TableData {
  const present = new Map(project.nodes.filter((n) => at === undefined || isActiveAt(n, at)).map((n) => [n.id, shownName(n, { hideNames, showGroupNames })]));
  const ties = project.ties
    .map((tie, index) => ({ tie, index }))
    .filter(({ tie }) => present.has(tie.source) && present.has(tie.target) && (at === undefined || isActiveAt(tie, at)));
  const attributes = attributeColumns(ties.map(({ tie }) => tie), "tie");
  const columns = uniqueCsvHeaders([...FIELD_COLUMNS, ...attributes]);
  const rows = ties.map(({ tie, index }) => ({
    key: tie.id,
    node: tie.source,
    index,
    cells: [
      tie.id, present.get(tie.source), present.get(tie.target),
      ...OTHER_FIELDS.map((f) => (tie as Record<string, unknown>)[f.name] as Cell),
      tie.source, tie.target,
      ...attributeCells(tie.attributes, attributes),
    ],
  }));
  return makeTable("ties", columns, rows);
}
