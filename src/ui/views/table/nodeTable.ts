// The nodes table: every node in the snapshot at the date with its model fields, attributes,
// observed measures as of the date (valuesAt.ts), per-node metrics and recovery indicators of the current report, and its isolation flags.
import { DEFAULT_FLAG_SETTINGS, FLAGS } from "../../../core/metrics/flags/index.ts";
import { RECOVERY_NODE_INDICATORS } from "../../../core/metrics/recovery/index.ts";
import { outputKey, type Report } from "../../../core/metrics/report.ts";
import type { IsoDate } from "../../../core/model/dates.ts";
import { MODEL_FIELDS } from "../../../core/model/fields.ts";
import { describeSpells } from "../../../core/model/spells.ts";
import type { Project } from "../../../core/model/schema.ts";
import { isActiveAt } from "../../../core/model/snapshot.ts";
import { measuresShown, observationIndex, valueAt, type MeasureInfo } from "../../../core/model/valuesAt.ts";
import { showsName } from "../../names.ts";
import { attributeCells, attributeColumns } from "./attributeColumns.ts";
import { NODE_METRICS } from "../../metricInfo.ts";
import { fieldColumn, makeTable, uniqueCsvHeaders, type Cell, type Column, type TableData } from "./tableData.ts";

const FLAG_LABELS = new Map(FLAGS.map((f) => [f.id, f.label]));

/** The nodes' model fields a person reads (not the saved layout positions), in the schema's order. */
const NODE_FIELDS = MODEL_FIELDS.nodes.filter((f) => !f.internal);
const FIELD_COLUMNS: Column[] = NODE_FIELDS.map((f) =>
  f.name === "label" ? { ...fieldColumn(f), meaning: `${f.description} The id while names are hidden.` } : fieldColumn(f),
);

const FLAG_COLUMNS: Column[] = [
  { key: "flags", header: "Flags", csvHeader: "flag_count", meaning: "How many advisory isolation flags this person has on this date (a worker reviews them).", numeric: true },
  { key: "flag_list", header: "Needs attention", csvHeader: "flags", meaning: "The advisory isolation flags raised for this person on this date; the details panel shows the evidence.", numeric: false },
];

/**
 * The columns of observed measures: a measure that is not a node field (BARC-10) gets its value
 * as of the date; every measure gets the date its value was recorded.
 */
function measureColumns(measures: readonly MeasureInfo[]): { columns: Column[]; cells: (node: string, at: IsoDate | undefined, project: Project) => Cell[] } {
  const fieldNames = new Set(NODE_FIELDS.map((f) => f.name));
  const columns: Column[] = [];
  for (const m of measures) {
    if (!fieldNames.has(m.measure)) {
      columns.push({ key: `measure:${m.measure}`, header: m.label, csvHeader: m.measure, meaning: `The latest "${m.measure}" observation on or before the date shown.`, numeric: m.numeric, code: !m.numeric });
    }
    columns.push({ key: `recorded:${m.measure}`, header: `${m.label} recorded`, csvHeader: `${m.measure}_date`, meaning: `When the ${m.label} value shown was recorded (empty: as entered on the node, no observation yet).`, numeric: false });
  }
  return {
    columns,
    cells: (node, at, project) => {
      const index = observationIndex(project);
      const out: Cell[] = [];
      for (const m of measures) {
        const v = valueAt(index, node, m.measure, at);
        if (!fieldNames.has(m.measure)) out.push(v?.value);
        out.push(v?.date);
      }
      return out;
    },
  };
}

/** What the nodes table is built from. */
export interface NodeTableInput {
  project: Project;
  /** The date; undefined shows every node (undated data). */
  at: IsoDate | undefined;
  /** The metrics report; used only when it is for `at`. */
  report: Report | undefined;
  /** Show ids in the name column. */
  hideNames: boolean;
  /** While names are hidden, still show groups' names (default false). */
  showGroupNames?: boolean;
}

/** The report when it belongs to the date (a report for another date would mislabel values). */
export function reportFor(report: Report | undefined, at: IsoDate | undefined): Report | undefined {
  return report && (at === undefined || report.at === at) ? report : undefined;
}

/** Builds the nodes table: rows in project order, metric columns for every key the report has. */
export function nodeTable({ project, at, report, hideNames, showGroupNames = false }: NodeTableInput): TableData {
  const nodes = project.nodes.map((node, index) => ({ node, index })).filter(({ node }) => at === undefined || isActiveAt(node, at));
  const current = reportFor(report, at);
  const keys = new Set<string>();
  for (const { node } of nodes) for (const k of Object.keys(current?.nodes[node.id] ?? {})) keys.add(k);
  const known = NODE_METRICS.filter((m) => keys.has(m.key));
  const other = [...keys].filter((k) => !known.some((m) => m.key === k)).sort();
  const metricColumns: Column[] = [
    ...known.map((m) => ({ key: `metric:${m.key}`, header: m.label, csvHeader: m.key, meaning: m.meaning, numeric: true })),
    ...other.map((k) => ({ key: `metric:${k}`, header: k, csvHeader: k, meaning: "", numeric: true })),
  ];
  const attributes = attributeColumns(nodes.map(({ node }) => node), "node");
  const flagsByNode = new Map<string, string[]>();
  for (const f of current?.flags ?? []) {
    if (!flagsByNode.has(f.node)) flagsByNode.set(f.node, []);
    flagsByNode.get(f.node)!.push(FLAG_LABELS.get(f.flag) ?? f.flag);
  }
  // Flags come with the recovery indicators; the quick degree-only report has neither.
  const flagged = keys.has(outputKey(RECOVERY_NODE_INDICATORS[0].id));
  const flagKinds = new Set<string>(DEFAULT_FLAG_SETTINGS.kinds);
  const measures = measureColumns(measuresShown(project));
  const observed = new Set(observationIndex(project).measures.map((m) => m.measure));
  // The measures sit right after use status (the measure people read with it), else after the fields.
  const split = FIELD_COLUMNS.findIndex((c) => c.key === "use_status") + 1 || FIELD_COLUMNS.length;
  const columns = uniqueCsvHeaders([...FIELD_COLUMNS.slice(0, split), ...measures.columns, ...FIELD_COLUMNS.slice(split), ...attributes, ...metricColumns, ...(flagged ? FLAG_COLUMNS : [])]);
  const rows = nodes.map(({ node, index }) => {
    const values = current?.nodes[node.id];
    const flags = flagsByNode.get(node.id) ?? [];
    const checked = flagKinds.has(node.kind);
    const fieldCells = NODE_FIELDS.map((f) =>
      f.name === "label" && !showsName(node.kind, { hideNames, showGroupNames }) ? node.id
      : observed.has(f.name) ? valueAt(project, node.id, f.name, at)?.value // as of the date (use_status)
      : f.kind === "intervals" ? (node.spells ? describeSpells(node.spells) : undefined)
      : (node as Record<string, unknown>)[f.name] as Cell);
    return {
      key: node.id,
      node: node.id,
      index,
      cells: [
        ...fieldCells.slice(0, split),
        ...measures.cells(node.id, at, project),
        ...fieldCells.slice(split),
        ...attributeCells(node.attributes, attributes),
        ...metricColumns.map((c) => values?.[c.key.slice(7)]),
        ...(flagged ? [checked ? flags.length : undefined, flags.join("; ")] : []),
      ],
    };
  });
  return makeTable("nodes", columns, rows);
}
