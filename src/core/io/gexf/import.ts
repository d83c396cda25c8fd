// Imports a GEXF file (1.1, 1.2, 1.2draft, 1.3; Gephi 0.9/0.10, networkx) as a project: nodes and
// edges through the shared graph records (model fields in any spelling, kinds, every other value
// an attribute), GEXF time onto [start, end) intervals, dynamic node values as observations, and
// the project extension (meta, waves) the exporter writes. All or nothing, every problem at once.
import type { Observation, Tie } from "../../model/schema.ts";
import { detectWeight } from "../../model/weight.ts";
import { TIE_TYPES } from "../../model/vocabulary.ts";
import { normaliseWord } from "../csv/columns.ts";
import type { ImportOptions, InputFile } from "../files.ts";
import { assembleProject, nodeRecord, tieRecord, type GraphRecord, type GraphValue } from "../graphRecords.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { childElement, childElements, lineOf, parseXml, type Element } from "../xml.ts";
import { readDeclarations, type Declarations } from "./attributes.ts";
import { readElement, placeOf, type DynamicValue } from "./elements.ts";
import { KIND_COLOURS } from "../../model/kindColours.ts";
import { readMeta } from "./meta.ts";
import { hasGap, hull, mergeIntervals, timeFormatOf, type ModelInterval, type TimeFormat } from "./time.ts";
import { declareUndeclared, graphTime, readTimeSteps } from "./leniency.ts";

const VERSIONS = new Set(["1.1", "1.2", "1.2draft", "1.3", "1.3draft"]);
const EDGE_TYPES = new Set(["directed", "undirected", "mutual"]);

/** What the nodes and edges of a graph are read with. */
interface Context {
  file: string;
  options: ImportOptions;
  format: TimeFormat;
  declared: Declarations;
  defaultDirected?: boolean;
  /** The tie weight this tool's extension names; undefined for another program's file. */
  weight?: string | null;
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Imports one GEXF file. Refuses, each with its element and line: what is not GEXF, undeclared
 * attributes, values that are not their declared type, bad times, an end before its start,
 * duplicate ids, edges to missing nodes, and model values outside their vocabulary. Self-loops
 * follow `options.selfLoops` (left out with a warning by default; see `validateProject`).
 */
export function importGexf(file: InputFile, options: ImportOptions = {}): ImportResult {
  const parsed = parseXml(file, "GEXF");
  if (!parsed.ok) return parsed;
  const root = parsed.document.documentElement!;
  const fail = (where: string, message: string, fix: string): ImportResult => ({ ok: false, problems: [{ file: file.name, where, message, fix }] });
  if (root.localName !== "gexf") {
    return fail(`<${root.tagName}> (${lineOf(root)})`, `is not a GEXF file: its root element is <${root.tagName}>, not <gexf>`, "Give a .gexf file as written by Gephi or networkx (a GraphML file needs the .graphml extension)");
  }
  const graph = childElement(root, "graph");
  if (graph === undefined) return fail(`<gexf> (${lineOf(root)})`, "has no <graph> element", "Export the network again from the program that wrote it");
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const version = root.getAttribute("version");
  if (version && !VERSIONS.has(version.trim())) {
    warnings.push({ file: file.name, where: `<gexf> (${lineOf(root)})`, message: `is GEXF version ${version}, which this tool does not know; it was read as GEXF 1.3`, fix: "Check the result, or export the file as GEXF 1.3 or 1.2" });
  }
  const graphWhere = `<graph> (${lineOf(graph)})`;
  const format = timeFormatOf(graph.getAttribute("timeformat"));
  if (typeof format !== "string") problems.push({ file: file.name, where: graphWhere, message: format.error, fix: format.fix });
  const edgeType = (graph.getAttribute("defaultedgetype") ?? "undirected").trim().toLowerCase();
  if (!EDGE_TYPES.has(edgeType)) problems.push({ file: file.name, where: graphWhere, message: `defaultedgetype "${edgeType}" is not directed, undirected or mutual`, fix: 'Write defaultedgetype="undirected" or "directed"' });
  const meta = readMeta(file.name, root, graph, problems);
  const declared = readDeclarations(file.name, graph, problems);
  declareUndeclared(file.name, graph, declared, warnings);
  const steps = readTimeSteps(file.name, graph, typeof format === "string" ? format : "unstated", warnings);
  const ctx: Context = {
    file: file.name,
    options,
    format: steps?.format ?? (typeof format === "string" ? format : "unstated"),
    declared,
    defaultDirected: edgeType === "directed" ? true : undefined,
    weight: meta.own ? (meta.meta.weight ?? null) : undefined,
    problems,
    warnings,
  };
  const observations: (Observation & { order?: number; seq: number })[] = [];
  const nodes: GraphRecord[] = [];
  for (const list of childElements(graph, "nodes")) readNodes(list, ctx, nodes, observations, undefined);
  const ties: GraphRecord[] = [];
  const edges = childElements(graph, "edges").flatMap((list) => childElements(list, "edge"));
  edges.forEach((edge, i) => ties.push(...readEdge(edge, i, ctx)));
  const whole = graphTime(file.name, graph, ctx.format, problems);
  if (whole.intervals.length > 0) {
    for (const r of nodes) if (!r.places.has("start")) setNodeInterval(r, whole.intervals);
    for (const r of ties) {
      if (r.candidate.start !== undefined || r.candidate.end !== undefined) continue;
      const [only] = mergeIntervals(whole.intervals);
      if (only.start !== undefined) r.candidate.start = only.start;
      if (only.end !== undefined) r.candidate.end = only.end;
    }
  }
  if (!meta.own) meta.waves.push(...(steps?.waves ?? whole.waves).filter((w) => !meta.waves.some((m) => m.date === w.date)));
  // Another program's file is weighed by its edges' weight (networkx, Gephi), else by strength if given.
  if (!meta.own) meta.meta.weight = detectWeight(ties.map((r) => r.candidate as Pick<Tie, "attributes">), ties.some((r) => r.places.has("strength")));
  const ordered = observations.every((o) => o.order !== undefined) ? observations.sort((a, b) => a.order! - b.order!) : observations.sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  return assembleProject(
    {
      file: file.name,
      meta: meta.meta,
      nodes,
      ties,
      observations: ordered.map(({ subject, date, measure, value }) => ({ subject, date, measure, value })),
      waves: meta.waves,
      elsewhere: { meta: meta.where, observations: "<attvalues>", waves: meta.where },
    },
    problems,
    warnings,
    options,
  );
}

/** Reads the nodes of a `<nodes>` list, and nested `<nodes>` (hierarchical graphs) with their parent as `parent`. */
function readNodes(list: Element, ctx: Context, nodes: GraphRecord[], observations: (Observation & { seq: number; order?: number })[], parent: string | undefined): void {
  for (const element of childElements(list, "node")) {
    const id = element.getAttribute("id") ?? "";
    const where = placeOf(element, id);
    const parts = readElement(ctx.file, element, where, ctx.declared.node, ctx.format, ctx.problems);
    const pid = element.getAttribute("pid") ?? parent;
    const values: GraphValue[] = pid ? [...parts.values, { name: "parent", type: "string", text: pid, where, attributeOnly: true }] : parts.values;
    const record = nodeRecord(ctx.file, { id, where, values }, ctx.options, ctx.problems);
    dropKindColour(record);
    setNodeInterval(record, parts.intervals);
    warnNotFinite(parts.notFinite, where, ctx);
    for (const name of parts.untilEnd) ctx.warnings.push({ file: ctx.file, where, message: `the value of "${name}" has an end but no start; it is kept as a plain attribute`, fix: "Give the value a start date to keep it as an observation" });
    for (const d of parts.dynamic) observations.push(observationOf(id, d, observations.length));
    nodes.push(record);
    for (const sub of childElements(element, "nodes")) readNodes(sub, ctx, nodes, observations, id);
  }
}

function warnNotFinite(values: string[], where: string, ctx: Context): void {
  if (values.length === 0) return;
  ctx.warnings.push({ file: ctx.file, where, message: `${values.join(", ")}: not a finite number, so left out`, fix: "Give a number, or leave the value out, where none is known" });
}

function observationOf(subject: string, d: DynamicValue, seq: number): Observation & { seq: number; order?: number } {
  return { subject, date: d.date, measure: d.name, value: d.value, seq, order: d.order };
}

/** A viz colour equal to the node's kind colour is the exporter's (or this tool's) own: not kept. */
function dropKindColour(record: GraphRecord): void {
  const attributes = record.candidate.attributes as Record<string, unknown>;
  const colour = attributes.color;
  const fromViz = record.places.get("attributes.color")?.includes("<viz:color>");
  if (fromViz && typeof colour === "string" && colour.toUpperCase() === KIND_COLOURS[record.candidate.kind as keyof typeof KIND_COLOURS]) {
    delete attributes.color;
    record.places.delete("attributes.color");
  }
}

/**
 * Sets a node's time from its intervals (merged where they overlap or touch): start and end are
 * their hull, and when gaps are left between them, the node's `spells` are the merged intervals.
 */
function setNodeInterval(record: GraphRecord, given: ModelInterval[]): void {
  if (given.length === 0) return;
  const intervals = mergeIntervals(given);
  const { start, end } = hull(intervals);
  const c = record.candidate;
  if (start !== undefined) c.start = start;
  else delete c.start;
  if (end !== undefined) c.end = end;
  else delete c.end;
  if (intervals.length > 1 && hasGap(intervals)) c.spells = intervals;
  else delete c.spells;
  record.places.set("start", record.where);
  record.places.set("end", record.where);
  record.places.set("spells", record.where);
}

/** Reads one edge: a tie, or one tie per spell (ids `<id>-s1`, `<id>-s2`, …). */
function readEdge(element: Element, index: number, ctx: Context): GraphRecord[] {
  const id = element.getAttribute("id") ?? `e${index}`;
  const where = placeOf(element, id);
  const parts = readElement(ctx.file, element, where, ctx.declared.edge, ctx.format, ctx.problems);
  const values = parts.values;
  warnNotFinite(parts.notFinite, where, ctx);
  const named = (word: string) => values.find((v) => normaliseWord(v.name) === word);
  const weight = element.getAttribute("weight");
  // `weight=` is kept as the attribute `weight`, unless it only repeats the value this tool wrote
  // it from (the project's weight, named in the extension), or, in another program's file, the
  // strength (Gephi saving a file this tool wrote).
  const source = ctx.weight === undefined ? "strength" : ctx.weight === "weight" ? undefined : ctx.weight;
  const copied = source === undefined || source === null ? undefined : values.find((v) => v.name === source) ?? named(normaliseWord(source));
  if (weight !== null && named("weight") === undefined && !(copied && Number(copied.text) === Number(weight))) values.push({ name: "weight", type: "number", text: weight, where });
  const kind = element.getAttribute("kind");
  if (kind !== null) {
    const isType = (TIE_TYPES as readonly string[]).includes(normaliseWord(kind)) && named("type") === undefined;
    values.push({ name: isType ? "type" : "kind", type: "string", text: kind, where, attributeOnly: !isType });
  }
  let type = element.getAttribute("type")?.trim().toLowerCase();
  if (type !== undefined && !EDGE_TYPES.has(type)) {
    // networkx writes an edge's "type" value (ours: the tie type) into the GEXF edge type.
    if ((TIE_TYPES as readonly string[]).includes(normaliseWord(type)) && named("type") === undefined) values.push({ name: "type", type: "string", text: type, where });
    else ctx.problems.push({ file: ctx.file, where, message: `type "${type}" is not directed, undirected or mutual`, fix: "Write directed, undirected or mutual, or leave type out" });
    type = undefined;
  }
  const directed = type === "directed" ? true : type === "undirected" || type === "mutual" ? false : ctx.defaultDirected;
  const record = tieRecord(ctx.file, { id, source: element.getAttribute("source") ?? "", target: element.getAttribute("target") ?? "", directed, where, values }, ctx.problems);
  if (parts.dynamic.length > 0) {
    const latest = [...parts.dynamic].sort((a, b) => a.date.localeCompare(b.date)).pop()!;
    (record.candidate.attributes as Record<string, unknown>)[latest.name] ??= latest.value;
    ctx.warnings.push({ file: ctx.file, where, message: `has ${parts.dynamic.length} values with a time; a tie has no observations, so the latest ("${latest.name}" = ${JSON.stringify(latest.value)} from ${latest.date}) is kept as an attribute`, fix: "Record changing values on the nodes, or as separate ties" });
  }
  const intervals = mergeIntervals(parts.intervals);
  if (intervals.length <= 1) {
    const [interval] = intervals;
    if (interval?.start !== undefined) record.candidate.start = interval.start;
    if (interval?.end !== undefined) record.candidate.end = interval.end;
    record.places.set("start", where);
    record.places.set("end", where);
    return [record];
  }
  return intervals.map((interval, k) => {
    const candidate: Record<string, unknown> = { ...record.candidate, id: `${id}-s${k + 1}`, attributes: { ...(record.candidate.attributes as object) } };
    delete candidate.start;
    delete candidate.end;
    if (interval.start !== undefined) candidate.start = interval.start;
    if (interval.end !== undefined) candidate.end = interval.end;
    return { ...record, candidate, places: new Map([...record.places, ["start", where], ["end", where]]) };
  });
}
