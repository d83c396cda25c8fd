// Imports a GraphML file (networkx, igraph, Gephi, yEd, or this tool's own export) as a project:
// typed keys with defaults, directed and undirected edges, edges without ids, parallel edges and
// graph-level data; what GraphML can say but the model cannot hold (nested graphs, hyperedges,
// ports) is refused with a problem at its element. Every problem in one run; all or nothing.
import { assembleProject, metaRecord, nodeRecord, tieRecord, type GraphRecord } from "../graphRecords.ts";
import type { ImportOptions, InputFile } from "../files.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { childElements, parseXml, type Element } from "../xml.ts";
import { placeOfEdge, placeOfElement, readKeys, readValues, type GraphmlKey } from "./keys.ts";
import { PROJECT_DATA_NAME, readProjectData, type ProjectData } from "./projectData.ts";
import { unsupportedProblems } from "./unsupported.ts";
import { isInterview, readInterviews } from "./interviews.ts";
import { projectFromInterviews, type Interview } from "../ego/project.ts";
import { detectWeight, STRENGTH_WEIGHT } from "../../model/weight.ts";
import type { Tie } from "../../model/schema.ts";
import { pushAll } from "../../arrays.ts";

/** The file's name without folders and extension: the title of a graph that names none. */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
}

/** The start of the fix given when a GraphML file holds several graphs and none was chosen: the page recognises it (`needsGraphChoice`). */
const SEVERAL_GRAPHS_FIX = "Choose which graph to read";

/** One `<graph>` of a GraphML file, as the choice of graph shows it: its number (from 1, in the file's order), its id, and how many nodes and edges it holds (nested ones included). */
export interface GraphChoice {
  index: number;
  id?: string;
  nodes: number;
  edges: number;
}

/** Counts the descendants of `element` with the local name `name`. */
function countDescendants(element: Element, name: string): number {
  let n = 0;
  for (const child of childElements(element)) n += (child.localName === name ? 1 : 0) + countDescendants(child, name);
  return n;
}

function describeGraphs(graphs: readonly Element[]): GraphChoice[] {
  return graphs.map((g, i) => {
    const id = g.getAttribute("id") ?? undefined;
    return { index: i + 1, ...(id !== undefined ? { id } : {}), nodes: countDescendants(g, "node"), edges: countDescendants(g, "edge") };
  });
}

/** The graph `wanted` names: by id first, else by its number counting from 1. Undefined when none. */
function pickGraph(choices: readonly GraphChoice[], wanted: string): GraphChoice | undefined {
  return choices.find((c) => c.id === wanted) ?? (/^\d+$/.test(wanted) ? choices[Number(wanted) - 1] : undefined);
}

/**
 * The graphs to choose from when a GraphML file holds several `<graph>` elements that are not
 * interviews (the case `importGraphml` refuses without `options.graph`); undefined for any other
 * file (one graph, interviews, not GraphML, not well-formed). For the page's choice of graph.
 */
export function graphmlChoices(file: InputFile): GraphChoice[] | undefined {
  if (!/\.graphml$/i.test(file.name) || notGraphml(file, undefined)) return undefined;
  const parsed = parseXml(file, "GraphML");
  if (!parsed.ok) return undefined;
  const root = parsed.document.documentElement!;
  if (root.localName !== "graphml") return undefined;
  const graphs = childElements(root, "graph");
  if (graphs.length < 2) return undefined;
  const keys = readKeys(root, file.name, [], []);
  if (graphs.every((g) => isInterview(root, g, readValues(g, "graph", "", keys, file.name, [])))) return undefined;
  return describeGraphs(graphs);
}

/** Whether an import failed only for want of a choice of graph (see `graphmlChoices`). */
export function needsGraphChoice(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.fix.startsWith(SEVERAL_GRAPHS_FIX));
}

/** True when the root or the graph says the file is a Network Canvas interview (`nc:caseId`, `nc:caseID`). */
function rootIsInterview(root: Element, graph: Element): boolean {
  return [root, graph].some((e) => Array.from(e.attributes).some((a) => /^caseid$/i.test(a.localName ?? "")));
}

/** Refuses what is not a GraphML document at all: not XML, or XML with another root. */
function notGraphml(file: InputFile, root: Element | undefined): Problem | undefined {
  const start = file.text.replace(/^\uFEFF/, "").trimStart();
  if (start !== "" && !start.startsWith("<")) {
    return { file: file.name, where: "line 1", message: `is not GraphML: it is not XML (it starts with "${start.slice(0, 12).split("\n")[0]}")`, fix: "Give a .graphml file written by networkx, igraph, Gephi or yEd; project JSON and CSV files need the .json or .csv extension" };
  }
  if (root !== undefined && root.localName !== "graphml") {
    const other = root.localName === "gexf" ? "; it looks like GEXF, so give it the .gexf extension" : "";
    return { file: file.name, where: placeOfElement(root), message: `is not GraphML: its root element is <${root.tagName}>, not <graphml>`, fix: `Give a GraphML file${other}` };
  }
  return undefined;
}

/**
 * Imports one GraphML file. Node and edge values become model fields when their key's name is
 * one (any spelling) and attributes otherwise; `options` say which attribute holds the kind.
 * The tie weight (`meta.weight`) is the one this tool's project data names; for another
 * program's file, an edge attribute `weight` (or `Weight`), else `strength` if given, else none.
 */
export function importGraphml(file: InputFile, options: ImportOptions = {}): ImportResult {
  const early = notGraphml(file, undefined);
  if (early) return { ok: false, problems: [early] };
  const parsed = parseXml(file, "GraphML");
  if (!parsed.ok) return parsed;
  const root = parsed.document.documentElement!;
  const wrongRoot = notGraphml(file, root);
  if (wrongRoot) return { ok: false, problems: [wrongRoot] };

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const keys = readKeys(root, file.name, problems, warnings);
  const nested: string[] = [];
  pushAll(problems, unsupportedProblems(root, file.name));
  const graphs = childElements(root, "graph");
  if (graphs.length === 0) {
    problems.push({ file: file.name, where: placeOfElement(root), message: "has no <graph> element", fix: "A GraphML file holds one <graph> with its <node> and <edge> elements; export the network again" });
    return { ok: false, problems };
  }
  // Interviews (Network Canvas): one ego network per <graph>, read as ego-network data.
  const interviewed = graphs.every((g) => isInterview(root, g, readValues(g, "graph", "", keys, file.name, [])));
  const networkCanvas = readValues(graphs[0], "graph", "", keys, file.name, []).some((v) => /^networkcanvas/i.test(v.name));
  if (interviewed && (graphs.length > 1 || rootIsInterview(root, graphs[0]) || networkCanvas)) {
    const interviews = readInterviews(root, graphs, keys, file.name, problems);
    return projectFromInterviews(file.name, baseName(file.name), interviews, options, problems, warnings);
  }
  // Several graphs that are not interviews: the one `options.graph` names is read, the others left out with a warning.
  let graph = graphs[0];
  if (graphs.length > 1) {
    const choices = describeGraphs(graphs);
    const list = choices.map((c) => `${c.index}. ${c.id === undefined ? "(no id)" : `"${c.id}"`}: ${c.nodes} node${c.nodes === 1 ? "" : "s"}, ${c.edges} edge${c.edges === 1 ? "" : "s"}`).join("; ");
    const chosen = options.graph === undefined ? undefined : pickGraph(choices, options.graph);
    if (chosen === undefined) {
      problems.push({
        file: file.name,
        where: placeOfElement(graphs[1], "id"),
        message: `${options.graph === undefined ? "holds" : `has no graph "${options.graph}" among its`} ${graphs.length} <graph> elements (${list}), and they are not interviews (none carries a case, ego or session id); a project is one graph`,
        fix: `${SEVERAL_GRAPHS_FIX}: on the command line --graph with its id or number (--graph ${choices[0].id ?? "1"}); the page asks which. To read them as one network at several times, save each graph in a file of its own and load those files together as its slices`,
      });
      return { ok: false, problems };
    }
    graph = graphs[chosen.index - 1];
    const others = choices.filter((c) => c !== chosen);
    warnings.push({
      file: file.name,
      where: placeOfElement(graph, "id"),
      message: `holds ${graphs.length} graphs; graph ${chosen.index}${chosen.id === undefined ? "" : ` ("${chosen.id}")`} was read and the other${others.length === 1 ? " was" : "s were"} left out (${others.map((c) => (c.id === undefined ? `graph ${c.index}` : `"${c.id}"`)).join(", ")})`,
      fix: "To read another graph, give its id or number (--graph on the command line; the page asks when the file is opened); to read them as one network at several times, save each graph in a file of its own and load those files together as its slices",
    });
  }
  const graphWhere = placeOfElement(graph, "id");
  const edgedefault = graph.getAttribute("edgedefault") ?? "undirected";
  if (edgedefault !== "directed" && edgedefault !== "undirected") {
    problems.push({ file: file.name, where: graphWhere, message: `edgedefault="${edgedefault}" is neither directed nor undirected`, fix: 'Write edgedefault="directed" or edgedefault="undirected"' });
  }

  // The project data of this tool's own export, and the graph's other values.
  const readGraphValues = (renamed: Map<string, string>, into: Problem[]) => [
    ...readValues(root, "graphml", placeOfElement(root), keys, file.name, into, renamed),
    ...readValues(graph, "graph", graphWhere, keys, file.name, into, renamed),
  ];
  // The project data says which keys hold renamed attributes, graph keys among them: find it, then read again.
  const first = readGraphValues(new Map(), []);
  const firstStored = first.find((v) => v.name === PROJECT_DATA_NAME);
  const data = firstStored ? readProjectData(firstStored.text, file.name, firstStored.where, problems) : undefined;
  const renamed = renamedKeys(data, keys);
  const weightKey = data?.weight_key === undefined ? undefined : keys.get(data.weight_key);
  if (weightKey !== undefined && weightKey.domain === "edge") weightKey.derived = true;
  const graphValues = readGraphValues(renamed, problems);
  const stored = graphValues.find((v) => v.name === PROJECT_DATA_NAME && !v.attributeOnly);
  const meta = metaRecord(file.name, graphValues.filter((v) => v !== stored), problems);
  const groups: Group[] = [];
  const nodes = readNodes(graph, keys, renamed, file.name, options, problems, groups, nested);
  const ties = readEdges(graph, keys, renamed, edgedefault === "directed", file.name, problems, warnings, nested);
  if (groups.length > 0) pushAll(ties, flattenGroups(groups, ties, file.name, problems, warnings));
  if (nested.length > 0) {
    warnings.push({
      file: file.name,
      where: nested[0],
      message: `${nested.length} value${nested.length === 1 ? " holds" : "s hold"} nested XML (as Maltego writes its entities); each was flattened to its trimmed inner text`,
      fix: "Check those attributes; export plain values from the program that wrote the file if the structure matters",
    });
  }
  const { meta: storedMeta, observations, waves } = data ?? {};
  // This tool's file says its weight (version 1: strength); another program's file is weighed by its own `weight`.
  const storedWeight = data?.version === 1 ? { weight: STRENGTH_WEIGHT } : {};
  const weight = detectWeight(ties.map((r) => r.candidate as Pick<Tie, "attributes">), ties.some((r) => r.places.has("strength")));
  return assembleProject(
    {
      file: file.name,
      meta: storedMeta ? { ...storedMeta, ...storedWeight, attributes: meta.attributes } : { title: meta.title ?? baseName(file.name), weight, attributes: meta.attributes },
      nodes,
      ties,
      observations,
      waves,
      elsewhere: { meta: stored?.where ?? graphWhere, observations: stored?.where ?? graphWhere, waves: stored?.where ?? graphWhere },
    },
    problems,
    warnings,
    options,
  );
}

/** Key id → attribute name for the keys the project data lists, when they still match the file's keys. */
function renamedKeys(data: ProjectData | undefined, keys: Map<string, GraphmlKey>): Map<string, string> {
  const names = new Map<string, string>();
  for (const ref of data?.attribute_keys ?? []) {
    const key = keys.get(ref.id);
    if (key !== undefined && key.name === (ref.as ?? ref.name) && key.domain === ref.for) names.set(ref.id, ref.name);
  }
  return names;
}

/** A group node (a node holding a graph, as yEd writes groups) and the ids of its direct members. */
interface Group {
  id: string;
  where: string;
  members: string[];
}

/**
 * The nodes of a graph, and of the graphs nested in its nodes (yEd group nodes): a node holding
 * a graph is a group (kind `group` unless its data gives a kind), listed in `groups` with its members.
 */
function readNodes(
  graph: Element,
  keys: Map<string, GraphmlKey>,
  renamed: Map<string, string>,
  file: string,
  options: ImportOptions,
  problems: Problem[],
  groups: Group[],
  nested: string[],
  records: GraphRecord[] = [],
): GraphRecord[] {
  for (const element of childElements(graph, "node")) {
    const where = placeOfElement(element, "id");
    const id = element.getAttribute("id");
    if (id === null) {
      problems.push({ file, where, message: "the node has no id", fix: 'Give every <node> an id, e.g. <node id="n0">' });
      continue;
    }
    const values = readValues(element, "node", where, keys, file, problems, renamed, nested);
    const inner = childElements(element, "graph");
    if (inner.length > 0 && !values.some((v) => v.name.toLowerCase() === "kind" && !v.attributeOnly)) values.push({ name: "kind", type: "string", text: "group", where });
    records.push(nodeRecord(file, { id, where, values }, options, problems));
    for (const sub of inner) {
      const group: Group = { id, where, members: childElements(sub, "node").map((n) => n.getAttribute("id")).filter((m): m is string => m !== null) };
      groups.push(group);
      readNodes(sub, keys, renamed, file, options, problems, groups, nested, records);
    }
  }
  return records;
}

/**
 * Flattens yEd groups: a membership tie from each member to its group (id `<member>-in-<group>`,
 * made unique). One warning for all the groups, so no later message speaks of the nested ids as missing.
 */
function flattenGroups(groups: readonly Group[], ties: readonly GraphRecord[], file: string, problems: Problem[], warnings: Problem[]): GraphRecord[] {
  const taken = new Set(ties.map((t) => String(t.candidate.id)));
  const out: GraphRecord[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      let id = `${member}-in-${group.id}`;
      for (let n = 2; taken.has(id); n++) id = `${member}-in-${group.id}-${n}`;
      taken.add(id);
      out.push(tieRecord(file, { id, source: member, target: group.id, directed: true, where: group.where, values: [{ name: "type", type: "string", text: "membership", where: group.where }] }, problems));
    }
  }
  const names = groups.map((g) => `"${g.id}"`).join(", ");
  warnings.push({
    file,
    where: groups[0].where,
    message: `${groups.length} group node${groups.length === 1 ? "" : "s"} (${names}) hold${groups.length === 1 ? "s" : ""} a nested graph, as yEd writes groups; the groups were flattened: each group is a node of kind group with a membership tie from each of its ${out.length === 1 ? "member" : "members"} (${out.length} in all), and the members' own ties are kept`,
    fix: "Nothing to do, unless the groups were only a drawing aid: then remove the group nodes and their membership ties",
  });
  return out;
}

/**
 * Edges as ties. An edge's id is its `id`, or else a string value named `id` (networkx writes the
 * ids of a graph it read that way); edges with neither get `e<position>` (from 0, in file order).
 * When ids repeat — networkx writes a multigraph's edge keys as ids, unique only between the same
 * two nodes — every edge gets its `e<position>` id and keeps the id it had as the attribute `key`.
 */
/** The edges of a graph and of the graphs nested in its nodes (yEd groups), in document order. */
function allEdges(graph: Element): Element[] {
  const out: Element[] = [];
  for (const child of childElements(graph)) {
    if (child.localName === "edge") out.push(child);
    else if (child.localName === "node") for (const sub of childElements(child, "graph")) pushAll(out, allEdges(sub));
  }
  return out;
}

function readEdges(graph: Element, keys: Map<string, GraphmlKey>, renamed: Map<string, string>, directedDefault: boolean, file: string, problems: Problem[], warnings: Problem[], nested: string[]): GraphRecord[] {
  const edges = allEdges(graph).map((element) => {
    const where = placeOfEdge(element);
    const values = readValues(element, "edge", where, keys, file, problems, renamed, nested);
    let id = element.getAttribute("id") || undefined;
    if (id === undefined) {
      const idValue = values.find((v) => v.name === "id" && !v.attributeOnly && v.text !== "");
      if (idValue !== undefined) {
        id = idValue.text;
        values.splice(values.indexOf(idValue), 1);
      }
    }
    return { element, where, values, id };
  });
  const seen = new Set<string>();
  const repeated = edges.some(({ id }) => id !== undefined && (seen.has(id) || !seen.add(id)));
  if (repeated) {
    warnings.push({ file, where: "", message: "edge ids repeat (as networkx writes the edges of a multigraph), so edges are numbered e0, e1, … in file order and each keeps its id as the attribute \"key\"", fix: "Nothing to do, unless the repeated ids were a mistake" });
  }
  const taken = new Set(repeated ? [] : seen);
  const records: GraphRecord[] = [];
  edges.forEach(({ element, where, values, id: given }, position) => {
    const source = element.getAttribute("source");
    const target = element.getAttribute("target");
    const directedText = element.getAttribute("directed");
    if (source === null || target === null) {
      problems.push({ file, where, message: `the edge has no ${source === null ? "source" : "target"}`, fix: 'Give every <edge> a source and a target node id, e.g. <edge source="n0" target="n1"/>' });
      return;
    }
    if (directedText !== null && directedText !== "true" && directedText !== "false") {
      problems.push({ file, where, message: `directed="${directedText}" is neither true nor false`, fix: 'Write directed="true" or directed="false", or leave it out to follow the graph\'s edgedefault' });
    }
    let id = repeated ? undefined : given;
    if (id === undefined) {
      id = `e${position}`;
      for (let n = 1; taken.has(id); n++) id = `e${position}_${n}`;
      taken.add(id);
    }
    if (repeated && given !== undefined && !values.some((v) => v.name === "key")) values.push({ name: "key", type: "string", text: given, where });
    const directed = directedText === "true" ? true : directedText === "false" ? false : directedDefault ? true : undefined;
    records.push(tieRecord(file, { id, source, target, directed, where, values }, problems));
  });
  return records;
}

/**
 * The interviews of a GraphML file when it holds ego-network interviews (Network Canvas: a case
 * or session id in each graph's data, or `nc:caseID` on the root), for combining several such
 * files (one per interview) into one project; undefined for any other file.
 */
export function readGraphmlInterviews(file: InputFile): { interviews: Interview[]; problems: Problem[] } | undefined {
  const parsed = parseXml(file, "GraphML");
  if (!parsed.ok) return undefined;
  const root = parsed.document.documentElement!;
  if (root.localName !== "graphml") return undefined;
  const problems: Problem[] = [];
  const keys = readKeys(root, file.name, problems, []);
  const graphs = childElements(root, "graph");
  if (graphs.length === 0 || !graphs.every((g) => isInterview(root, g, readValues(g, "graph", "", keys, file.name, [])))) return undefined;
  return { interviews: readInterviews(root, graphs, keys, file.name, problems), problems };
}
