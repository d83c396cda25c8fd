// Exports a project as GEXF 1.3 (or 1.2draft, which networkx 2.8 reads): every model field and
// attribute as a typed attribute, the time model as closed date intervals, observations as
// dynamic attribute values, viz colours by kind and saved positions, and the project extension
// (meta, weight, waves), so that importGexf(exportGexf(p)) gives back p. Each edge's `weight=` is
// the tie's weight (meta.weight: its strength, or an attribute), which Gephi and networkx weigh by;
// a tie without a numeric weight has none, which both read as 1.
import { fieldNames } from "../../model/fields.ts";
import type { AttributeValue, Node, Project, Tie } from "../../model/schema.ts";
import type { InputFile } from "../files.ts";
import { gexfTypeOf } from "./attributes.ts";
import { RN_NAMESPACE, writeExtension } from "./extension.ts";
import { KIND_COLOURS, rgbOf } from "../../model/kindColours.ts";
import { toGexfEnd } from "./time.ts";
import { numericWeight } from "../../model/weight.ts";

/** Which GEXF to write: 1.3 (Gephi 0.10, networkx 3) or 1.2draft (Gephi 0.9, networkx 2.8; igraph reads no GEXF). */
export interface GexfExportOptions {
  version?: "1.3" | "1.2draft";
  /** The file name; default `project.gexf`. */
  name?: string;
}

const NAMESPACES = {
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", version: "1.3" },
  "1.2draft": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", version: "1.2" },
} as const;

// Characters XML 1.0 cannot hold at all; they become U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an XML attribute or element: markup characters, quotes and line breaks as references. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** One declared GEXF attribute and the values it takes. */
interface Column {
  id: string;
  title: string;
  type: string;
  /** Observations only: the measure, when the title had to differ from it. */
  measure?: string;
}

/**
 * Declarations for named values: one attribute per name, typed by its values; a name whose values
 * have different types gets one attribute per type (same title), so every value keeps its type.
 */
class Columns {
  readonly list: Column[] = [];
  private readonly byKey = new Map<string, Column>();
  constructor(
    private readonly prefix: string,
    values: Iterable<[string, AttributeValue]>,
  ) {
    const byName = new Map<string, AttributeValue[]>();
    for (const [name, value] of values) byName.set(name, [...(byName.get(name) ?? []), value]);
    for (const [name, all] of byName) {
      const types = new Set(all.map((v) => typeof v));
      if (types.size === 1) this.add(name, gexfTypeOf(all), "");
      else for (const t of types) this.add(name, gexfTypeOf(all.filter((v) => typeof v === t)), t);
    }
  }
  private add(name: string, type: string, jsType: string): void {
    const column = { id: `${this.prefix}${name}${jsType ? `:${jsType}` : ""}`, title: name, type };
    this.list.push(column);
    this.byKey.set(`${name}\u0000${jsType}`, column);
  }
  /** The attribute id for a value of `name`. */
  idOf(name: string, value: AttributeValue): string {
    return (this.byKey.get(`${name}\u0000`) ?? this.byKey.get(`${name}\u0000${typeof value}`))!.id;
  }
}

// Fields GEXF has its own place for: the element's id, label and ends, the node's <spells>, viz:position.
// Every other model field is written as an attribute value.
const NODE_SLOTS: ReadonlySet<string> = new Set(["id", "label", "start", "end", "spells", "x", "y"]);
const TIE_SLOTS: ReadonlySet<string> = new Set(["id", "source", "target", "start", "end"]);
const NODE_FIELDS = fieldNames("nodes").filter((f) => !NODE_SLOTS.has(f));
const TIE_FIELDS = fieldNames("ties").filter((f) => !TIE_SLOTS.has(f));

/** The values of `fields` a record has, as attribute values. */
function fieldValues(record: object, fields: readonly string[]): [string, AttributeValue][] {
  const values = record as Record<string, AttributeValue | undefined>;
  return fields.filter((f) => values[f] !== undefined).map((f) => [f, values[f]!]);
}

/** A node's model fields written as attribute values (x and y only when the node lacks the other one). */
function nodeFields(n: Node): [string, AttributeValue][] {
  const out = fieldValues(n, NODE_FIELDS);
  if ((n.x === undefined) !== (n.y === undefined)) out.push(n.x !== undefined ? ["x", n.x] : ["y", n.y!]);
  return out;
}

function tieFields(t: Tie): [string, AttributeValue][] {
  return fieldValues(t, TIE_FIELDS);
}

/** The project as one GEXF file. */
export function exportGexf(project: Project, options: GexfExportOptions = {}): InputFile {
  const ns = NAMESPACES[options.version ?? "1.3"];
  const e = escapeXml;
  const dynamic =
    project.observations.length > 0 || project.nodes.some((n) => n.spells !== undefined) || [...project.nodes, ...project.ties].some((x) => x.start !== undefined || x.end !== undefined);
  const nodeColumns = new Columns("", project.nodes.flatMap(nodeFields));
  const attrColumns = new Columns("a:", project.nodes.flatMap((n) => Object.entries(n.attributes)));
  const obsColumns = new Columns("o:", project.observations.map((o) => [o.measure, o.value]));
  const tieColumns = new Columns("", project.ties.flatMap(tieFields));
  const weight = project.meta.weight;
  // The edge's `weight=` is the tie's weight; when that is the attribute `weight`, it is not written twice.
  const tieAttributes = (t: Tie) => Object.entries(t.attributes).filter(([name]) => !(name === "weight" && weight === "weight" && numericWeight(t, weight) !== undefined));
  const tieAttrColumns = new Columns("a:", project.ties.flatMap(tieAttributes));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:rn="${RN_NAMESPACE}" version="${ns.version}">`,
  ];
  const modified = project.meta.modified?.slice(0, 10);
  lines.push(`  <meta${modified && /^\d{4}-\d{2}-\d{2}$/.test(modified) ? ` lastmodifieddate="${modified}"` : ""}>`);
  lines.push("    <creator>Recovery Networks</creator>", `    <title>${e(project.meta.title)}</title>`);
  if (project.meta.source !== undefined) lines.push(`    <description>${e(project.meta.source)}</description>`);
  lines.push(...writeExtension(project.meta, project.waves, "    ", e), "  </meta>");
  const time = dynamic ? ` timeformat="date"${ns.version === "1.3" ? ' timerepresentation="interval"' : ""}` : "";
  lines.push(`  <graph mode="${dynamic ? "dynamic" : "static"}" defaultedgetype="undirected"${time}>`);
  const declare = (cls: string, mode: string, columns: Column[]) => {
    if (columns.length === 0) return;
    lines.push(`    <attributes class="${cls}" mode="${mode}">`);
    for (const c of columns) {
      const measure = c.measure !== undefined ? ` rn:measure="${e(c.measure)}"` : "";
      lines.push(`      <attribute id="${e(c.id)}" title="${e(c.title)}" type="${c.type}"${measure}/>`);
    }
    lines.push("    </attributes>");
  };
  declare("node", "static", [...nodeColumns.list, ...attrColumns.list]);
  // networkx 2.8 cannot read a dynamic and a static attribute with the same title (it appends to the
  // static value): such observations get the title "<measure> (observed)" and the measure in rn:measure.
  const staticTitles = new Set([...nodeColumns.list, ...attrColumns.list].map((c) => c.title));
  for (const c of obsColumns.list) {
    if (staticTitles.has(c.title)) Object.assign(c, { measure: c.title, title: `${c.title} (observed)` });
  }
  declare("node", "dynamic", obsColumns.list);
  declare("edge", "static", [...tieColumns.list, ...tieAttrColumns.list]);

  const order = observationOrder(project);
  const bySubject = new Map<string, number[]>();
  project.observations.forEach((o, i) => bySubject.set(o.subject, [...(bySubject.get(o.subject) ?? []), i]));
  const span = (x: { start?: string; end?: string }) =>
    `${x.start !== undefined ? ` start="${x.start}"` : ""}${x.end !== undefined ? ` end="${toGexfEnd(x.end)}"` : ""}`;
  const value = (v: AttributeValue) => e(String(v));

  lines.push("    <nodes>");
  for (const n of project.nodes) {
    // A node with spells gives its time in <spells> only: the element's own start and end would
    // be read as one more interval, filling the gaps.
    lines.push(`      <node id="${e(n.id)}" label="${e(n.label)}"${n.spells ? "" : span(n)}>`);
    const values = [
      ...nodeFields(n).map(([name, v]) => `<attvalue for="${e(nodeColumns.idOf(name, v))}" value="${value(v)}"/>`),
      ...Object.entries(n.attributes).map(([name, v]) => `<attvalue for="${e(attrColumns.idOf(name, v))}" value="${value(v)}"/>`),
      ...(bySubject.get(n.id) ?? []).map((i) => {
        const o = project.observations[i];
        const seq = order ? ` rn:order="${i}"` : "";
        return `<attvalue for="${e(obsColumns.idOf(o.measure, o.value))}" value="${value(o.value)}" start="${o.date}" end="${o.date}"${seq}/>`;
      }),
    ];
    attvalues(lines, values, "        ");
    if (n.spells) lines.push("        <spells>", ...n.spells.map((spell) => `          <spell${span(spell)}/>`), "        </spells>");
    const { r, g, b } = rgbOf(KIND_COLOURS[n.kind]);
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    if (n.x !== undefined && n.y !== undefined) lines.push(`        <viz:position x="${n.x}" y="${n.y}" z="0"/>`);
    lines.push("      </node>");
  }
  lines.push("    </nodes>", "    <edges>");
  for (const t of project.ties) {
    const values = [
      ...tieFields(t).map(([name, v]) => `<attvalue for="${e(tieColumns.idOf(name, v))}" value="${value(v)}"/>`),
      ...tieAttributes(t).map(([name, v]) => `<attvalue for="${e(tieAttrColumns.idOf(name, v))}" value="${value(v)}"/>`),
    ];
    // A tie with an attribute `weight` that is not the weight gets weight="1" when it has none, so
    // networkx (which reads `weight=` over a value of that title) does not weigh by the attribute.
    const w = numericWeight(t, weight) ?? (weight !== "weight" && Object.hasOwn(t.attributes, "weight") ? 1 : undefined);
    const open = `      <edge id="${e(t.id)}" source="${e(t.source)}" target="${e(t.target)}"${w === undefined ? "" : ` weight="${w}"`}${span(t)}`;
    if (values.length === 0) lines.push(`${open}/>`);
    else {
      lines.push(`${open}>`);
      attvalues(lines, values, "        ");
      lines.push("      </edge>");
    }
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return { name: options.name ?? "project.gexf", text: lines.join("\n") };
}

function attvalues(lines: string[], values: string[], indent: string): void {
  if (values.length === 0) return;
  lines.push(`${indent}<attvalues>`, ...values.map((v) => `${indent}  ${v}`), `${indent}</attvalues>`);
}

/**
 * True when the importer's own order of observations (by date, then node by node as written)
 * would differ from the project's, so each observation must carry its place (`rn:order`).
 */
function observationOrder(project: Project): boolean {
  const written = new Map<string, number[]>();
  project.observations.forEach((o, i) => written.set(o.subject, [...(written.get(o.subject) ?? []), i]));
  const sequence = project.nodes.flatMap((n) => written.get(n.id) ?? []);
  const position = new Map(sequence.map((i, k) => [i, k]));
  const sorted = [...sequence].sort((a, b) => project.observations[a].date.localeCompare(project.observations[b].date) || position.get(a)! - position.get(b)!);
  return sorted.some((i, k) => i !== k);
}
