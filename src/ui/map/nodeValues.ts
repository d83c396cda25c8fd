// What a node "has" for appearance and filters: model fields, free attributes and metrics,
// addressed by one key string (`kind`, `attr:age`, `metric:betweenness`, `measure:barc10`).
// Observed measures, and model fields that observations update (`use_status`), are read as of
// the date shown (core/model/valuesAt.ts).
import type { IsoDate } from "../../core/model/dates.ts";
import { MODEL_FIELDS, type FieldInfo } from "../../core/model/fields.ts";
import type { Node, Project } from "../../core/model/schema.ts";
import { observationIndex, observedMeasures, valueAt } from "../../core/model/valuesAt.ts";
import { NODE_METRICS } from "../metricInfo.ts";

/** A value a node can carry for colouring, sizing or filtering. */
export type NodeValue = string | number | boolean | undefined;

/** Model fields that can colour nodes and filter them: the nodes' categories (vocabularies and yes/no fields). */
export const CATEGORY_FIELDS: readonly FieldInfo[] = MODEL_FIELDS.nodes.filter((f) => !f.internal && (f.kind === "enum" || f.kind === "boolean"));
const CATEGORY_NAMES: ReadonlySet<string> = new Set(CATEGORY_FIELDS.map((f) => f.name));

/** Metric output keys whose numbers are labels, not quantities (colour them as categories). */
export const CATEGORICAL_METRICS: ReadonlySet<string> = new Set(["community", "component"]);

/** Per-node metric values by output key: the report's when there is one, else a local fallback. */
export type NodeMetrics = Record<string, Record<string, number>>;

/** The project and date that observed values are read at; without it, nodes' own fields are read. */
export interface AsOf {
  project: Project;
  at: IsoDate | undefined;
}

/** One choice in an appearance or filter menu. */
export interface ValueKey {
  /** `kind`, `attr:<name>`, `metric:<key>` or `measure:<name>`. */
  key: string;
  /** What the menu shows. */
  label: string;
  /** Whether values are quantities (sizeable, rangeable) or categories. */
  numeric: boolean;
  /** Where a menu lists it. */
  group: "Fields" | "Measures" | "Attributes" | "Metrics";
}

/**
 * The value of `key` for `node`, or undefined when the node does not have it. With `asOf`,
 * `measure:<name>` and observed fields (`use_status`) are the latest observation on or before
 * the date (valueAt); without it, a measure has no value and a field is the node's own.
 */
export function nodeValue(node: Node, key: string, metrics: NodeMetrics | undefined, asOf?: AsOf): NodeValue {
  if (key.startsWith("measure:")) return asOf ? valueAt(asOf.project, node.id, key.slice(8), asOf.at)?.value : undefined;
  if (asOf && CATEGORY_NAMES.has(key) && observationIndex(asOf.project).measures.some((m) => m.measure === key)) {
    return valueAt(asOf.project, node.id, key, asOf.at)?.value;
  }
  if (key.startsWith("metric:")) {
    const v = metrics?.[node.id]?.[key.slice(7)];
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }
  if (key.startsWith("attr:")) return node.attributes[key.slice(5)];
  if (CATEGORY_NAMES.has(key)) return (node as Record<string, unknown>)[key] as NodeValue;
  return undefined;
}

/** True when `key` names categories even if its values are numbers. */
export function isCategoricalKey(key: string): boolean {
  if (key.startsWith("measure:")) return false; // a text measure's values are not numbers, so they colour as categories anyway
  return !key.startsWith("metric:") ? !key.startsWith("attr:") : CATEGORICAL_METRICS.has(key.slice(7));
}

/** Every key a menu can offer for this project and these metrics, model fields first. */
export function valueKeys(project: Project, metrics: NodeMetrics | undefined): ValueKey[] {
  const out: ValueKey[] = CATEGORY_FIELDS.map((f) => ({ key: f.name, label: f.label.toLowerCase(), numeric: false, group: "Fields" }));
  const attrs = new Map<string, boolean>();
  for (const node of project.nodes) {
    for (const [name, value] of Object.entries(node.attributes)) {
      attrs.set(name, (attrs.get(name) ?? true) && typeof value === "number");
    }
  }
  const fieldNames = new Set(CATEGORY_FIELDS.map((f) => f.name));
  for (const m of observedMeasures(project)) {
    if (!fieldNames.has(m.measure)) out.push({ key: `measure:${m.measure}`, label: m.label, numeric: m.numeric, group: "Measures" });
  }
  for (const [name, numeric] of [...attrs].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push({ key: `attr:${name}`, label: name.replace(/_/g, " "), numeric, group: "Attributes" });
  }
  const metricKeys = new Set<string>();
  for (const values of Object.values(metrics ?? {})) for (const k of Object.keys(values)) metricKeys.add(k);
  // Known metrics in the descriptors' order with their labels, then any others by key.
  const metric = (key: string, label: string): ValueKey => ({ key: `metric:${key}`, label, numeric: !CATEGORICAL_METRICS.has(key), group: "Metrics" });
  for (const m of NODE_METRICS) if (metricKeys.delete(m.key)) out.push(metric(m.key, m.label));
  for (const k of [...metricKeys].sort()) out.push(metric(k, k));
  return out;
}
