// Nodes and ties of generic graph files (GraphML, GEXF) as candidates of the project model: a
// node's or edge's id, ends and named, typed values become model fields when their name is one
// (in any spelling, read by the CSV importer's field readers) and attributes otherwise; then the
// whole candidate is validated with every problem placed at its element and line.
import { PROJECT_FORMAT, PROJECT_VERSION, FORBIDDEN_KEYS, type AttributeValue } from "../model/schema.ts";
import { validateProject, type Locator } from "../model/validate.ts";
import { DEFAULT_STRENGTH, NODE_KINDS, type NodeKind } from "../model/vocabulary.ts";
import { looksLikeNumber } from "./csv/cells.ts";
import { FIELDS, normaliseWord, readField, type FieldSpec } from "./csv/columns.ts";
import type { ImportOptions } from "./files.ts";
import type { ImportResult, Problem } from "./problems.ts";

/** The value types of graph formats: GraphML int/long → integer, float/double → number; GEXF alike. */
export type GraphValueType = "string" | "integer" | "number" | "boolean";

/** One named value of a node, edge or graph, as the file writes it. */
export interface GraphValue {
  /** The attribute's name as written (GraphML `attr.name`, GEXF attribute `title`). */
  name: string;
  /** The declared type; the text is read as this type when the value is an attribute. */
  type: GraphValueType;
  /** The text as written (`<data>` content, `<attvalue value>`). */
  text: string;
  /** Where the value is, for problems: `<node id="n4"> (line 12), <data key="d1">`. */
  where: string;
  /** Always an attribute, even when its name is a model field's (set by importers for keys they know shadow a field). */
  attributeOnly?: boolean;
}

/** A node element: its id, where it is, and its values. */
export interface NodeInput {
  id: string;
  /** Where the element is: `<node id="n4"> (line 12)`. */
  where: string;
  values: readonly GraphValue[];
}

/** An edge element. `directed` is what the element or the graph says; a `directed` value overrides it. */
export interface TieInput {
  id: string;
  source: string;
  target: string;
  directed?: boolean;
  where: string;
  values: readonly GraphValue[];
}

/** A node or tie candidate with the places its parts came from, for the locator. */
export interface GraphRecord {
  /** The candidate for the project schema (fields, defaults and `attributes`). */
  candidate: Record<string, unknown>;
  /** Where the element is. */
  where: string;
  /** Where each field (`label`) and attribute (`attributes.weight`) came from. */
  places: Map<string, string>;
  /** Fields whose value could not be read; they are already reported. */
  bad: Set<string>;
}

/** `useStatus`, `Use Status`, `USE-STATUS` → `use_status`. */
function fieldName(name: string): string {
  return normaliseWord(name.replace(/([a-z0-9])([A-Z])/g, "$1_$2"));
}

/** The model field a value fills, if any: ids and ends come from the element, never from a value. */
function fieldOf(value: GraphValue, fields: Record<string, FieldSpec>): string | undefined {
  if (value.attributeOnly) return undefined;
  const name = fieldName(value.name);
  return Object.hasOwn(fields, name) && fields[name].kind !== "id" ? name : undefined;
}

/**
 * The model field of nodes or ties that a value of this name fills (with the default options),
 * or undefined: `Use Status` → `use_status`. Exporters mark attributes of such names so they
 * read back as attributes.
 */
export function modelField(role: "nodes" | "ties", name: string): string | undefined {
  return fieldOf({ name, type: "string", text: "", where: "" }, FIELDS[role]);
}

const INTEGER = /^[+-]?\d+$/;

const TYPE_WORDS: Record<GraphValueType, string> = { string: "text", integer: "a whole number", number: "a number", boolean: "true or false" };

/** Reads an attribute's text as its declared type; empty non-text is absent. */
export function readTyped(text: string, type: GraphValueType): { value: AttributeValue } | { absent: true } | { error: string } {
  const t = text.trim();
  if (type === "string") return { value: text };
  if (t === "") return { absent: true };
  if (type === "boolean") {
    const lower = t.toLowerCase();
    if (lower === "true" || lower === "1") return { value: true };
    if (lower === "false" || lower === "0") return { value: false };
    return { error: `"${t}" is not a boolean (true or false)` };
  }
  if (type === "integer" && INTEGER.test(t) && Number.isSafeInteger(Number(t))) return { value: Number(t) };
  if (type === "number" && looksLikeNumber(t)) return { value: Number(t) };
  return { error: `"${t}" is not ${type === "integer" ? "a whole number" : "a finite number"}` };
}

/** The kind from its text: mapped, a model kind in any spelling, or the default kind (then also kept as an attribute). */
function kindOf(text: string, options: ImportOptions): { kind: NodeKind; known: boolean } {
  const fallback: NodeKind = options.defaultKind ?? "community_member";
  const t = text.trim();
  const mapped = options.kindMap && Object.hasOwn(options.kindMap, t) ? options.kindMap[t] : undefined;
  if (mapped !== undefined) return { kind: mapped, known: true };
  const word = normaliseWord(t);
  if ((NODE_KINDS as readonly string[]).includes(word)) return { kind: word as NodeKind, known: true };
  return { kind: fallback, known: t === "" };
}

/** Reads values into fields and attributes of one record; shared by nodes and ties. */
function readValues(
  file: string,
  values: readonly GraphValue[],
  fields: Record<string, FieldSpec>,
  record: GraphRecord,
  problems: Problem[],
  special?: (value: GraphValue) => "done" | "attribute" | undefined,
): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  const setAttribute = (value: GraphValue, read: AttributeValue) => {
    if (FORBIDDEN_KEYS.has(value.name)) {
      problems.push({ file, where: value.where, message: `"${value.name}" cannot be an attribute name (it would reach into the program's objects)`, fix: "Rename the attribute in the program that wrote the file" });
    } else if (Object.hasOwn(attributes, value.name)) {
      problems.push({ file, where: value.where, message: `attribute "${value.name}" is given twice (first at ${record.places.get(`attributes.${value.name}`)})`, fix: "Keep one of the values" });
    } else {
      attributes[value.name] = read;
      record.places.set(`attributes.${value.name}`, value.where);
    }
  };
  for (const value of values) {
    const handled = special?.(value);
    if (handled === "done") continue;
    const field = handled === "attribute" ? undefined : fieldOf(value, fields);
    if (field !== undefined) {
      if (record.places.has(field)) {
        problems.push({ file, where: value.where, message: `"${field}" is given twice (first at ${record.places.get(field)})`, fix: "Keep one of the values" });
        continue;
      }
      record.places.set(field, value.where);
      // A text field in a graph file is written out in full, so whitespace-only text is that text (a CSV cell's blank is absent).
      const read = fields[field].kind === "text" ? { value: value.text } : readField(field, fields[field], value.text, true);
      if ("value" in read) record.candidate[field] = read.value;
      else if ("error" in read) {
        problems.push({ file, where: value.where, message: read.error, fix: read.fix });
        record.bad.add(field);
      }
      continue;
    }
    const read = readTyped(value.text, value.type);
    if ("value" in read) setAttribute(value, read.value);
    else if ("error" in read) problems.push({ file, where: value.where, message: `attribute "${value.name}": ${read.error}`, fix: `Write ${TYPE_WORDS[value.type]}, or change the attribute's declared type` });
  }
  return attributes;
}

/**
 * A node candidate. The kind comes from the value named `kind` (or `options.kindAttribute`,
 * which then also stays an attribute), mapped by `options.kindMap`; a kind that is not one of
 * the model's becomes `options.defaultKind` (default `community_member`) and its text is kept as
 * an attribute. The label falls back to a string `name` value (igraph), then to the id.
 */
export function nodeRecord(file: string, input: NodeInput, options: ImportOptions, problems: Problem[]): GraphRecord {
  const record: GraphRecord = { candidate: { id: input.id }, where: input.where, places: new Map([["id", input.where]]), bad: new Set() };
  const kindName = fieldName(options.kindAttribute ?? "kind");
  let kindSeen = false;
  // The kind value sets the kind; a generic kind attribute, or a kind the model does not know, also stays an attribute.
  const kindValue = (value: GraphValue): "done" | "attribute" | undefined => {
    if (value.attributeOnly || kindSeen || fieldName(value.name) !== kindName) return undefined;
    kindSeen = true;
    record.places.set("kind", value.where);
    const { kind, known } = kindOf(value.text, options);
    record.candidate.kind = kind;
    return kindName !== "kind" || !known ? "attribute" : "done";
  };
  const fields = kindName === "kind" ? FIELDS.nodes : withoutKind(FIELDS.nodes);
  const attributes = readValues(file, input.values, fields, record, problems, kindValue);
  const c = record.candidate;
  if (c.label === undefined) c.label = typeof attributes.name === "string" ? attributes.name : input.id;
  c.kind ??= options.defaultKind ?? "community_member";
  c.attributes = attributes;
  return record;
}

/** The node fields without `kind`, when the kind comes from another attribute (so `kind` is an attribute). */
function withoutKind(fields: Record<string, FieldSpec>): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => name !== "kind"));
}

/** A tie candidate: type `other`, valence `neutral` and strength 3 unless given. */
export function tieRecord(file: string, input: TieInput, problems: Problem[]): GraphRecord {
  const record: GraphRecord = {
    candidate: { id: input.id, source: input.source, target: input.target },
    where: input.where,
    places: new Map([["id", input.where], ["source", input.where], ["target", input.where]]),
    bad: new Set(),
  };
  const attributes = readValues(file, input.values, FIELDS.ties, record, problems);
  const c = record.candidate;
  if (c.directed === undefined && !record.bad.has("directed") && input.directed !== undefined) c.directed = input.directed;
  c.type ??= "other";
  c.valence ??= "neutral";
  c.strength ??= DEFAULT_STRENGTH;
  c.attributes = attributes;
  return record;
}

/** Graph-level values as `meta`: all of them in `meta.attributes`, the title from a `title` or `name` value. */
export function metaRecord(file: string, values: readonly GraphValue[], problems: Problem[]): { title?: string; attributes: Record<string, AttributeValue> } {
  const record: GraphRecord = { candidate: {}, where: "", places: new Map(), bad: new Set() };
  const attributes = readValues(file, values, {}, record, problems);
  const titled = values.find((v) => fieldName(v.name) === "title") ?? values.find((v) => fieldName(v.name) === "name");
  return titled && titled.text.trim() !== "" ? { title: titled.text.trim(), attributes } : { attributes };
}

/** What an importer has read from one graph file. */
export interface GraphParts {
  file: string;
  meta: unknown;
  nodes: readonly GraphRecord[];
  ties: readonly GraphRecord[];
  observations?: unknown;
  waves?: unknown;
  /** Where meta, observations and waves came from (the graph element, or the data that stores them). */
  elsewhere: { meta: string; observations: string; waves: string };
}

/** Maps `["nodes", 4, "kind"]` to the place of the value that gave the field, or of the element. */
export function graphLocator(parts: GraphParts): Locator {
  return (path) => {
    const [collection, index, field, key] = path;
    const records = collection === "nodes" ? parts.nodes : collection === "ties" ? parts.ties : undefined;
    if (records === undefined) {
      const where = parts.elsewhere[collection as "meta" | "observations" | "waves"] ?? "";
      const inside = path.slice(1).map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
      return { file: parts.file, where: inside ? `${where}${where ? ", " : ""}${String(collection)}${inside}` : where };
    }
    const record = typeof index === "number" ? records[index] : undefined;
    if (record === undefined) return { file: parts.file, where: "" };
    const place = field === "attributes" && key !== undefined ? record.places.get(`attributes.${String(key)}`) : record.places.get(String(field));
    return { file: parts.file, where: place ?? record.where };
  };
}

/** The line number in a place (`… (line 12) …`), for sorting problems in reading order. */
function lineIn(where: string): number {
  return Number(/line (\d+)/.exec(where)?.[1] ?? 0);
}

/**
 * Validates the project read from a graph file, with `problems` already found while reading.
 * Every problem in one list, in reading order (by line); the project only when there are none.
 * Self-loops follow `options.selfLoops` (see `validateProject`).
 */
export function assembleProject(parts: GraphParts, problems: Problem[], warnings: Problem[] = [], options: ImportOptions = {}): ImportResult {
  const candidate = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    meta: parts.meta,
    nodes: parts.nodes.map((r) => r.candidate),
    ties: parts.ties.map((r) => r.candidate),
    observations: parts.observations ?? [],
    waves: parts.waves ?? [],
  };
  const locate = graphLocator(parts);
  const result = validateProject(candidate, locate, warnings, options.selfLoops);
  if (result.ok && problems.length === 0) return result;
  // The reader's own problems first; the validator's, where the reader has not already said
  // something about the same place.
  const reported = new Set(problems.map((p) => `${p.file}|${p.where}`));
  const every = [...problems, ...(result.ok ? [] : result.problems.filter((p) => !reported.has(`${p.file}|${p.where}`)))];
  // By file (in the order they first appear: a Pajek network before its partitions), then by line.
  const files = [...new Set(every.map((p) => p.file))];
  return { ok: false, problems: every.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || lineIn(a.where) - lineIn(b.where)) };
}
