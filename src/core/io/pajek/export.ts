// Exports a project as Pajek, which Pajek, UCINET, networkx and igraph read: the `.net` file
// (`*Vertices` with the node ids as quoted labels and the map positions, `*Edges` for undirected
// and `*Arcs` for directed ties with the project's weight), plus one `.clu` partition per node
// attribute of whole numbers and one `.vec` vector per attribute of other numbers, given on every
// node. Pajek holds nothing else: see docs/file-formats.md for what is left out.
import type { Project } from "../../model/schema.ts";
import { numericWeight } from "../../model/weight.ts";
import type { InputFile } from "../files.ts";

/** A label in Pajek's quotes, which have no escape: a double quote inside becomes a single one. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, " ")}"`;
}

/** A number as Pajek reads it back exactly (JavaScript's shortest round-trip form). */
function num(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

/**
 * The Pajek files of a project: `<name>.net`, and `<name>-<attribute>.clu`/`.vec` for numeric
 * node attributes every node has. `name` is the file name without extension.
 */
export function exportPajek(project: Project, name = "network"): InputFile[] {
  const index = new Map(project.nodes.map((n, i) => [n.id, i + 1]));
  const lines = [`*Network ${quoted(project.meta.title)}`, `*Vertices ${project.nodes.length}`];
  const placed = project.nodes.every((n) => n.x !== undefined && n.y !== undefined);
  for (const [i, node] of project.nodes.entries()) lines.push(`${i + 1} ${quoted(node.id)}${placed ? ` ${num(node.x!)} ${num(node.y!)}` : ""}`);
  const weight = project.meta.weight;
  const tieLine = (t: Project["ties"][number]) => {
    const w = weight === null ? undefined : numericWeight(t, weight);
    return `${index.get(t.source)} ${index.get(t.target)}${w === undefined ? "" : ` ${num(w)}`}`;
  };
  const arcs = project.ties.filter((t) => t.directed === true);
  const edges = project.ties.filter((t) => t.directed !== true);
  if (arcs.length > 0 || edges.length === 0) lines.push("*Arcs", ...arcs.map(tieLine));
  if (edges.length > 0) lines.push("*Edges", ...edges.map(tieLine));
  const files: InputFile[] = [{ name: `${name}.net`, text: `${lines.join("\r\n")}\r\n` }];
  const names = [...new Set(project.nodes.flatMap((n) => Object.keys(n.attributes)))].sort();
  for (const attribute of names) {
    const values = project.nodes.map((n) => n.attributes[attribute]);
    if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) continue;
    const integer = (values as number[]).every((v) => Number.isSafeInteger(v));
    const kind = integer ? "Partition" : "Vector";
    const body = [`*${kind} ${quoted(attribute)}`, `*Vertices ${values.length}`, ...(values as number[]).map(num)];
    files.push({ name: `${name}-${attribute.replace(/[^\w.-]+/g, "_")}.${integer ? "clu" : "vec"}`, text: `${body.join("\r\n")}\r\n` });
  }
  return files;
}
