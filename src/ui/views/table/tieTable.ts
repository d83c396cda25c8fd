// The ties table: every tie in the snapshot at the date (both ends present), with the names of
// its two ends, its model fields and its attributes.
import type { IsoDate } from "../../../core/model/dates.ts";
import type { Project } from "../../../core/model/schema.ts";
import { isActiveAt } from "../../../core/model/snapshot.ts";
import { attributeCells, attributeColumns } from "./attributeColumns.ts";
import { makeTable, uniqueCsvHeaders, type Column, type TableData } from "./tableData.ts";

const FIELD_COLUMNS: Column[] = [
  { key: "id", header: "Id", csvHeader: "id", meaning: "The tie's id in the data.", numeric: false },
  { key: "source_label", header: "From", csvHeader: "source_label", meaning: "The name of the tie's first end (the id while names are hidden).", numeric: false },
  { key: "target_label", header: "To", csvHeader: "target_label", meaning: "The name of the tie's second end (the id while names are hidden).", numeric: false },
  { key: "type", header: "Type", csvHeader: "type", meaning: "What the tie is: family, friend, peer support, mentoring, professional, membership of a group…", numeric: false, code: true },
  { key: "valence", header: "Valence", csvHeader: "valence", meaning: "Whether the tie supports recovery, is neutral, or is a risk (for example someone they use with).", numeric: false, code: true },
  { key: "strength", header: "Strength", csvHeader: "strength", meaning: "Contact and closeness, from 1 (weak) to 5 (strong).", numeric: true },
  { key: "directed", header: "Directed", csvHeader: "directed", meaning: "Whether the tie has a direction (metrics treat every tie as undirected).", numeric: false },
  { key: "start", header: "Since", csvHeader: "start", meaning: "When the tie starts.", numeric: false },
  { key: "end", header: "Until", csvHeader: "end", meaning: "When the tie ends; empty: still there.", numeric: false },
  { key: "source", header: "From id", csvHeader: "source", meaning: "The id of the tie's first end (its source when directed).", numeric: false },
  { key: "target", header: "To id", csvHeader: "target", meaning: "The id of the tie's second end (its target when directed).", numeric: false },
];

/** What the ties table is built from. */
export interface TieTableInput {
  project: Project;
  /** The date; undefined shows every tie (undated data). */
  at: IsoDate | undefined;
  /** Show ids in the name columns. */
  hideNames: boolean;
}

/** Builds the ties table: the snapshot's ties in project order. */
export function tieTable({ project, at, hideNames }: TieTableInput): TableData {
  const present = new Map(project.nodes.filter((n) => at === undefined || isActiveAt(n, at)).map((n) => [n.id, hideNames ? n.id : n.label]));
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
      tie.type, tie.valence, tie.strength, tie.directed, tie.start, tie.end, tie.source, tie.target,
      ...attributeCells(tie.attributes, attributes),
    ],
  }));
  return makeTable("ties", columns, rows);
}
