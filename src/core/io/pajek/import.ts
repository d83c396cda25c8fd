// Imports Pajek networks (`.net`; `.paj` projects; `.clu` partitions and `.vec` vectors given
// beside a `.net`), as Pajek, UCINET, networkx and igraph write them: `*Vertices` with quoted
// labels and optional coordinates, `*Arcs` (directed) and `*Edges` (undirected) with optional
// weights, `*Arcslist`/`*Edgeslist`, `*Matrix`, and partitions/vectors as node attributes.
import { maxOf } from "../../arrays.ts";
import { detectWeight } from "../../model/weight.ts";
import type { Tie } from "../../model/schema.ts";
import type { ImportOptions, InputFile } from "../files.ts";
import { assembleProject, nodeRecord, tieRecord, type GraphRecord, type GraphValue } from "../graphRecords.ts";
import type { ImportResult, Problem } from "../problems.ts";

/** One line of a Pajek file: its number (from 1) and its tokens (quoted labels as one token, without the quotes). */
interface Line {
  n: number;
  tokens: string[];
}

/** Splits a line into tokens: runs of non-space, or a "quoted label" (Pajek has no escapes inside quotes). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] ?? m[2]);
  return out;
}

/** The section a line starting with `*` opens: `vertices`, `arcs`, `edges`, `arcslist`, `edgeslist`, `matrix`, `partition`, `vector`, `network`. */
function sectionOf(text: string): { name: string; rest: string } {
  const m = /^\*(\S+)\s*(.*)$/.exec(text.trim())!;
  return { name: m[1].toLowerCase(), rest: m[2].trim() };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What a Pajek file holds once read: vertices by number, ties, partitions and vectors. */
interface PajekParts {
  title?: string;
  vertices: Map<number, { label?: string; x?: number; y?: number; line: number }>;
  count: number;
  ties: { source: number; target: number; directed: boolean; weight?: number; line: number }[];
  /** Node attributes: partitions (whole numbers) and vectors (numbers), each a value per vertex in order. */
  columns: { name: string; integer: boolean; values: number[]; line: number; file: string }[];
}

/**
 * Reads the sections of one Pajek text into `parts`. A `.clu`/`.vec` file alone (no `*Partition`
 * line) is a partition/vector named after the file.
 */
function readPajek(file: InputFile, parts: PajekParts, problems: Problem[], warnings: Problem[]): void {
  const lines: Line[] = file.text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ n: i + 1, text }))
    .filter((l) => l.text.trim() !== "" && !l.text.trim().startsWith("%"))
    .map((l) => ({ n: l.n, tokens: l.text.trim().startsWith("*") ? [l.text.trim()] : tokenize(l.text) }));
  const fail = (line: number, message: string, fix: string) => problems.push({ file: file.name, where: `line ${line}`, message, fix });
  const base = file.name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
  const lower = file.name.toLowerCase();
  let section = lower.endsWith(".clu") ? "partition-values" : lower.endsWith(".vec") ? "vector-values" : "";
  let column: PajekParts["columns"][number] | undefined =
    section === "" ? undefined : { name: base, integer: section === "partition-values", values: [], line: 1, file: file.name };
  if (column !== undefined) parts.columns.push(column);
  let inNetwork = section === "";
  let matrixRow = 0;
  for (const line of lines) {
    const first = line.tokens[0];
    if (first.startsWith("*")) {
      const { name, rest } = sectionOf(first);
      if (name === "network") {
        parts.title ??= rest.replace(/^"|"$/g, "") || undefined;
        inNetwork = true;
        section = "";
      } else if (name === "vertices" && column !== undefined && (section === "partition" || section === "vector" || (section.endsWith("-values") && column.values.length === 0))) {
        section = column.integer ? "partition-values" : "vector-values";
      } else if (name === "vertices") {
        const count = Number(rest.split(/\s+/)[0]);
        if (!Number.isInteger(count) || count < 0) fail(line.n, `*Vertices "${rest}" does not give the number of vertices`, "Write *Vertices followed by the number of vertices, e.g. *Vertices 12");
        else if (inNetwork && parts.count === 0) parts.count = count;
        if (rest.split(/\s+/).length > 1) {
          warnings.push({ file: file.name, where: `line ${line.n}`, message: `*Vertices ${rest} is a two-mode network; it was read as one network of ${count} vertices (the first ${rest.split(/\s+/)[1]} are the first mode)`, fix: "Nothing to do; set the kinds of the second mode (for example group) after loading" });
        }
        section = "vertices";
      } else if (name === "partition" || name === "vector") {
        if (column !== undefined && column.values.length === 0) parts.columns.splice(parts.columns.indexOf(column), 1);
        column = { name: rest.replace(/^"|"$/g, "").replace(/\.(clu|vec)$/i, "") || name, integer: name === "partition", values: [], line: line.n, file: file.name };
        section = name;
        inNetwork = false;
      } else if (["arcs", "edges", "arcslist", "edgeslist", "matrix"].includes(name)) {
        section = name;
        matrixRow = 0;
      } else {
        fail(line.n, `*${name} is not a Pajek section this tool reads`, "Remove that section, or save the network from Pajek as a .net file");
        section = "skip";
      }
      if (column !== undefined && (section === "partition-values" || section === "vector-values") && !parts.columns.includes(column)) parts.columns.push(column);
      continue;
    }
    const nums = line.tokens.map(Number);
    switch (section) {
      case "vertices": {
        const n = nums[0];
        if (!Number.isInteger(n) || n < 1) {
          fail(line.n, `"${first}" is not a vertex number`, "Start each vertex line with its number (1, 2, 3 …)");
          break;
        }
        if (parts.vertices.has(n)) {
          fail(line.n, `vertex ${n} is listed twice (first at line ${parts.vertices.get(n)!.line})`, "Give each vertex one line");
          break;
        }
        const vertex: { label?: string; x?: number; y?: number; line: number } = { line: line.n };
        if (line.tokens.length > 1) vertex.label = line.tokens[1];
        if (line.tokens.length > 3 && NUMBER.test(line.tokens[2]) && NUMBER.test(line.tokens[3])) {
          vertex.x = Number(line.tokens[2]);
          vertex.y = Number(line.tokens[3]);
        }
        parts.vertices.set(n, vertex);
        break;
      }
      case "arcs":
      case "edges": {
        const [s, t] = nums;
        if (!Number.isInteger(s) || !Number.isInteger(t)) {
          fail(line.n, `"${line.tokens.slice(0, 2).join(" ")}" are not two vertex numbers`, "Write each tie as two vertex numbers and an optional weight, e.g. 1 2 1.5");
          break;
        }
        const tie: PajekParts["ties"][number] = { source: s, target: t, directed: section === "arcs", line: line.n };
        if (line.tokens.length > 2) {
          if (NUMBER.test(line.tokens[2])) tie.weight = Number(line.tokens[2]);
          else fail(line.n, `the weight "${line.tokens[2]}" is not a number`, "Write the weight as a number, e.g. 1 2 1.5, or leave it out");
        }
        parts.ties.push(tie);
        break;
      }
      case "arcslist":
      case "edgeslist": {
        if (!nums.every(Number.isInteger)) {
          fail(line.n, "is not a list of vertex numbers", "Write the vertex, then the vertices it is tied to, e.g. 1 2 5 7");
          break;
        }
        for (const t of nums.slice(1)) parts.ties.push({ source: nums[0], target: t, directed: section === "arcslist", line: line.n });
        break;
      }
      case "matrix": {
        // The k-th row of the matrix is vertex k's.
        const index = ++matrixRow;
        nums.forEach((w, j) => {
          if (!Number.isFinite(w)) fail(line.n, `"${line.tokens[j]}" is not a number`, "A *Matrix row is one number per vertex");
          else if (w !== 0) parts.ties.push({ source: index, target: j + 1, directed: true, weight: w, line: line.n });
        });
        break;
      }
      case "partition-values":
      case "vector-values": {
        const v = nums[0];
        if (!Number.isFinite(v) || (section === "partition-values" && !Number.isInteger(v))) fail(line.n, `"${first}" is not ${section === "partition-values" ? "a whole number (a partition's class)" : "a number"}`, "Write one value per vertex, in the vertices' order");
        else column?.values.push(v);
        break;
      }
      case "skip":
        break;
      default:
        fail(line.n, "comes before any *Vertices, *Arcs or *Edges line", "Start the file with *Vertices and the number of vertices");
        section = "skip";
    }
  }
}

/**
 * Imports a Pajek network: the `.net` (or `.paj`) file, and any `.clu`/`.vec` files beside it as
 * node attributes. Each vertex is a node whose id is its label when the labels are unique, else
 * its number; ties from `*Arcs` are directed, from `*Edges` undirected; a weight becomes the
 * attribute `weight` (the project's weight). A `*Matrix` gives one directed tie per non-zero cell.
 */
export function importPajek(files: InputFile[], options: ImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const nets = files.filter((f) => !/\.(clu|vec)$/i.test(f.name));
  if (nets.length !== 1) {
    return { ok: false, problems: [{ file: files.map((f) => f.name).join(", "), where: "", message: nets.length === 0 ? "are partitions or vectors without their network" : `are ${nets.length} Pajek networks, and a project is one`, fix: "Give one .net (or .paj) file, with its .clu and .vec files if any" }] };
  }
  const parts: PajekParts = { vertices: new Map(), count: 0, ties: [], columns: [] };
  for (const file of [nets[0], ...files.filter((f) => f !== nets[0])]) readPajek(file, parts, problems, warnings);
  const name = nets[0].name;
  const count = Math.max(parts.count, maxOf(Array.from(parts.vertices.keys())), 0);
  const labels = [...Array(count).keys()].map((i) => parts.vertices.get(i + 1)?.label);
  const unique = labels.every((l) => l !== undefined && l.trim() !== "") && new Set(labels).size === labels.length;
  const idOf = (n: number) => (unique ? labels[n - 1]! : String(n));
  // networkx writes every vertex at 0.0 0.0 when the graph has no layout: one shared point is no position.
  const points = new Set([...parts.vertices.values()].filter((v) => v.x !== undefined).map((v) => `${v.x} ${v.y}`));
  if (points.size === 1 && parts.vertices.size > 1) for (const v of parts.vertices.values()) delete v.x, delete v.y;
  const nodes: GraphRecord[] = [];
  for (let n = 1; n <= count; n++) {
    const vertex = parts.vertices.get(n);
    const where = vertex ? `line ${vertex.line} (vertex ${n})` : `vertex ${n}`;
    const values: GraphValue[] = [];
    if (vertex?.label !== undefined) values.push({ name: "label", type: "string", text: vertex.label, where });
    if (vertex?.x !== undefined) values.push({ name: "x", type: "number", text: String(vertex.x), where }, { name: "y", type: "number", text: String(vertex.y), where });
    for (const column of parts.columns) {
      if (n - 1 < column.values.length) values.push({ name: column.name, type: column.integer ? "integer" : "number", text: String(column.values[n - 1]), where: `${column.file}, line ${column.line}`, attributeOnly: true });
    }
    if (!unique) values.push({ name: "pajek_number", type: "integer", text: String(n), where, attributeOnly: true });
    nodes.push(nodeRecord(name, { id: idOf(n), where, values }, options, problems));
  }
  if (!unique && labels.some((l) => l !== undefined)) {
    warnings.push({ file: name, where: "*Vertices", message: "the vertex labels are not all given and different, so the nodes' ids are the vertex numbers (the labels stay the nodes' labels)", fix: "Nothing to do; give every vertex its own label to have them as ids" });
  }
  for (const column of parts.columns) {
    if (column.values.length !== count) {
      problems.push({ file: column.file, where: `line ${column.line}`, message: `${column.integer ? "partition" : "vector"} "${column.name}" has ${column.values.length} values for ${count} vertices`, fix: "Give one value per vertex, in the vertices' order" });
    }
  }
  const ties: GraphRecord[] = [];
  parts.ties.forEach((t, i) => {
    const where = `line ${t.line}`;
    for (const end of [t.source, t.target]) {
      if (end < 1 || end > count) problems.push({ file: name, where, message: `vertex ${end} is not among the ${count} vertices`, fix: "Correct the vertex number, or the number after *Vertices" });
    }
    if (t.source < 1 || t.source > count || t.target < 1 || t.target > count) return;
    const values: GraphValue[] = t.weight === undefined ? [] : [{ name: "weight", type: "number", text: String(t.weight), where }];
    ties.push(tieRecord(name, { id: `e${i + 1}`, source: idOf(t.source), target: idOf(t.target), directed: t.directed, where, values }, problems));
  });
  const title = parts.title ?? name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
  const weight = detectWeight(ties.map((r) => r.candidate as Pick<Tie, "attributes">), false);
  return assembleProject({ file: name, meta: { title, weight, attributes: {} }, nodes, ties, elsewhere: { meta: "", observations: "", waves: "" } }, problems, warnings, options);
}
