// Exports a project as GraphML that networkx, igraph, Gephi and yEd read: a typed key for each
// model field in use and for each attribute, positions as `x`/`y`, and the project's meta,
// waves and observations as JSON in one graph-level data, so importGraphml gives back the same
// project.
import { formatSpells } from "../../model/spells.ts";
import { MODEL_FIELDS, type FieldInfo } from "../../model/fields.ts";
import type { AttributeValue, Project } from "../../model/schema.ts";
import type { InputFile } from "../files.ts";
import { modelField } from "../graphRecords.ts";
import { PROJECT_DATA_NAME, type KeyRef, type ProjectData } from "./projectData.ts";
import { numericWeight } from "../../model/weight.ts";

type Domain = "node" | "edge" | "graph";
type GraphmlType = "string" | "boolean" | "long" | "double";

interface Key {
  id: string;
  domain: Domain;
  /** The `attr.name` written. */
  name: string;
  /** The attribute's name, when the key is written under another `attr.name`. */
  attribute?: string;
  type: GraphmlType;
}

/** The GraphML type of a model field's values: whole numbers are `long`, other numbers `double`. */
function graphmlType(field: FieldInfo): GraphmlType {
  if (field.kind === "boolean") return "boolean";
  if (field.kind === "number") return field.integer ? "long" : "double";
  return "string";
}

/**
 * The model's fields as keys, in the schema's order (without the element's own id and ends);
 * `always` (every record has them) written even when unused.
 */
function fieldSpecs(collection: "nodes" | "ties", own: readonly string[]): [string, GraphmlType, boolean][] {
  return MODEL_FIELDS[collection].filter((f) => !own.includes(f.name)).map((f) => [f.name, graphmlType(f), f.present]);
}
const NODE_FIELDS = fieldSpecs("nodes", ["id"]);
const TIE_FIELDS = fieldSpecs("ties", ["id", "source", "target"]);

// XML 1.0 cannot hold these characters at all, not even as character references.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `& < >` escaped, a carriage return kept as `&#13;` (parsers turn a raw one into a line feed). */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes: also `"`, and tab and line breaks as references (parsers turn raw ones into spaces). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** A value as GraphML text; `-0` stays `-0`. */
function formatValue(value: AttributeValue): string {
  return typeof value === "number" && Object.is(value, -0) ? "-0" : String(value);
}

/** The GraphML type of an attribute's values of one JS type: numbers are `long` when all are whole. */
function typeOf(values: AttributeValue[]): GraphmlType {
  const sample = values[0];
  if (typeof sample === "string") return "string";
  if (typeof sample === "boolean") return "boolean";
  return values.every((v) => Number.isSafeInteger(v)) ? "long" : "double";
}

/** The `attr.name` networkx, igraph and Gephi weigh edges by. */
const WEIGHT_NAME = "weight";

/**
 * True when an attribute of this name would be read as something else: a model field, the
 * project data, or (`weightTaken`) the edge key `weight` that holds the tie weight.
 */
function clashes(domain: Domain, name: string, weightTaken: boolean): boolean {
  if (domain === "graph") return name === PROJECT_DATA_NAME;
  if (domain === "edge" && weightTaken && name === WEIGHT_NAME) return true;
  return modelField(domain === "node" ? "nodes" : "ties", name) !== undefined;
}

/**
 * One key per attribute name and JS type. Every key gets its own `attr.name`, so other programs
 * keep every value: an attribute named like a model field is written as `label (attribute)`, the
 * second and later types of one name as `score (string)`; the project data maps them back.
 */
function attributeKeys(domain: Domain, prefix: string, records: readonly Record<string, AttributeValue>[], weightTaken = false): Map<string, Key> {
  const byNameAndType = new Map<string, AttributeValue[]>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      const slot = `${typeof value}\u0000${name}`;
      if (!byNameAndType.has(slot)) byNameAndType.set(slot, []);
      byNameAndType.get(slot)!.push(value);
    }
  }
  const keys = new Map<string, Key>();
  const named = new Set<string>();
  let n = 0;
  for (const [slot, values] of byNameAndType) {
    const name = slot.slice(slot.indexOf("\u0000") + 1);
    const type = typeOf(values);
    const notes = [...(clashes(domain, name, weightTaken) ? ["attribute"] : []), ...(named.has(name) ? [type] : [])];
    named.add(name);
    const key: Key = { id: `${prefix}${n++}`, domain, name, type };
    if (notes.length > 0) Object.assign(key, { name: `${name} (${notes.join(", ")})`, attribute: name });
    keys.set(slot, key);
  }
  return keys;
}

/** The `<data>` lines of one element: its fields, then its attributes. */
function dataLines(fields: [Key, AttributeValue | undefined][], attributes: Record<string, AttributeValue>, keys: Map<string, Key>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of fields) {
    if (value !== undefined) lines.push(`${indent}<data key="${key.id}">${escapeText(formatValue(value))}</data>`);
  }
  for (const [name, value] of Object.entries(attributes)) {
    const key = keys.get(`${typeof value}\u0000${name}`)!;
    lines.push(`${indent}<data key="${key.id}">${escapeText(formatValue(value))}</data>`);
  }
  return lines;
}

function fieldKeys(domain: Domain, prefix: string, specs: [string, GraphmlType, boolean][], records: readonly object[]): Key[] {
  return specs
    .filter(([name, , always]) => always || records.some((r) => (r as Record<string, unknown>)[name] !== undefined))
    .map(([name, type]) => ({ id: `${prefix}${name}`, domain, name, type }));
}

/** An element with its data lines, self-closed when it has none. */
function element(open: string, tag: string, lines: string[]): string[] {
  return lines.length === 0 ? [`    ${open}/>`] : [`    ${open}>`, ...lines, `    </${tag}>`];
}

/**
 * The project as one GraphML file. Edges are undirected by default (`edgedefault="undirected"`),
 * or directed when every tie is; each tie's own `directed` is a data value, not the `directed`
 * attribute, which networkx refuses when it disagrees with the default.
 *
 * The tie weight (`meta.weight`) is the edge key named `weight`, which networkx reads as the
 * weight: the attribute itself when the weight is the attribute `weight`; otherwise a key
 * `e_weight` copying each tie's numeric weight (its strength, say), which the project data
 * names so the importer skips it, and an attribute that happens to be named `weight` is written
 * as `weight (attribute)`. With no weight (`null`) no key is named `weight`.
 */
export function exportGraphml(project: Project, name = "project.graphml"): InputFile {
  const nodeFields = fieldKeys("node", "n_", NODE_FIELDS, project.nodes);
  const tieFields = fieldKeys("edge", "e_", TIE_FIELDS, project.ties);
  const graphAttrs = attributeKeys("graph", "g", [project.meta.attributes]);
  const nodeAttrs = attributeKeys("node", "n", project.nodes.map((n) => n.attributes));
  const weight = project.meta.weight;
  // The weight is copied into its own `weight` key unless it is the attribute `weight` itself.
  const weightCopy = weight !== null && weight !== WEIGHT_NAME;
  const weights = weightCopy ? project.ties.map((t) => numericWeight(t, weight)) : [];
  const present = weights.filter((w): w is number => w !== undefined);
  const weightKey: Key | undefined = present.length > 0 ? { id: "e_weight", domain: "edge", name: WEIGHT_NAME, type: typeOf(present) } : undefined;
  const tieAttrs = attributeKeys("edge", "e", project.ties.map((t) => t.attributes), weight !== WEIGHT_NAME);
  const renamed: KeyRef[] = [...graphAttrs.values(), ...nodeAttrs.values(), ...tieAttrs.values()]
    .filter((k) => k.attribute !== undefined)
    .map((k) => ({ id: k.id, for: k.domain, name: k.attribute!, as: k.name }));
  const { attributes: _attributes, ...meta } = project.meta;
  const data: ProjectData = { format: project.format, version: project.version, meta, waves: project.waves, observations: project.observations, attribute_keys: renamed, ...(weightKey ? { weight_key: weightKey.id } : {}) };
  const projectKey: Key = { id: "project", domain: "graph", name: PROJECT_DATA_NAME, type: "string" };
  const keys = [projectKey, ...graphAttrs.values(), ...nodeFields, ...nodeAttrs.values(), ...tieFields, ...(weightKey ? [weightKey] : []), ...tieAttrs.values()];
  const directed = project.ties.length > 0 && project.ties.every((t) => t.directed === true);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeAttribute(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="G" edgedefault="${directed ? "directed" : "undirected"}">`,
    `    <data key="${projectKey.id}">${escapeText(JSON.stringify(data))}</data>`,
    ...dataLines([], project.meta.attributes, graphAttrs, "    "),
  ];
  for (const node of project.nodes) {
    // A node's spells are text in Gephi's interval notation, which the importer reads back.
    const fields = nodeFields.map((k): [Key, AttributeValue | undefined] => [k, k.name === "spells" && node.spells ? formatSpells(node.spells) : ((node as Record<string, unknown>)[k.name] as AttributeValue | undefined)]);
    out.push(...element(`<node id="${escapeAttribute(node.id)}"`, "node", dataLines(fields, node.attributes, nodeAttrs, "      ")));
  }
  project.ties.forEach((tie, i) => {
    const fields = tieFields.map((k): [Key, AttributeValue | undefined] => [k, (tie as Record<string, unknown>)[k.name] as AttributeValue | undefined]);
    if (weightKey) fields.push([weightKey, weights[i]]);
    const open = `<edge id="${escapeAttribute(tie.id)}" source="${escapeAttribute(tie.source)}" target="${escapeAttribute(tie.target)}"`;
    out.push(...element(open, "edge", dataLines(fields, tie.attributes, tieAttrs, "      ")));
  });
  out.push("  </graph>", "</graphml>", "");
  return { name, text: out.join("\n") };
}
