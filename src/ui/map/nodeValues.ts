// What a node "has" for appearance and filters: model fields, free attributes and metrics,
// addressed by one key string (`kind`, `attr:age`, `metric:betweenness`).
import { MODEL_FIELDS, type FieldInfo } from "../../core/model/fields.ts";
import type { Node, Project } from "../../core/model/schema.ts";
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

/** One choice in an appearance or filter menu. */
export interface ValueKey {
  /** `kind`, `attr:<name>` or `metric:<key>`. */
  key: string;
  /** What the menu shows. */
  label: string;
  /** Whether values are quantities (sizeable, rangeable) or categories. */
  numeric: boolean;
  /** Where a menu lists it. */
  group: "Fields" | "Attributes" | "Metrics";
}

/** The value of `key` for `node`, or undefined when the node does not have it. */
export function nodeValue(node: Node, key: string, metrics: NodeMetrics | undefined): NodeValue {
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
