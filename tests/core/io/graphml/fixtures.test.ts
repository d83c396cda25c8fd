// The GraphML fixtures written by networkx 2.8 and igraph (and the hand-written Gephi and yEd
// files) imported and compared with what networkx reads from each: every node, edge and value.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseWord } from "../../../../src/core/io/csv/columns.ts";
import { importGraphml } from "../../../../src/core/io/graphml/import.ts";
import { modelField } from "../../../../src/core/io/graphRecords.ts";
import { formatProblem } from "../../../../src/core/io/problems.ts";
import type { Project } from "../../../../src/core/model/schema.ts";

const DIR = fileURLToPath(new URL("../../../fixtures/graphml/", import.meta.url));
type Values = Record<string, unknown>;
interface Expected {
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  graph: Values;
  node_values: Record<string, Values>;
  edge_values: [string, string, Values][];
  ignored: string[];
}
const EXPECTED = JSON.parse(readFileSync(`${DIR}expected.json`, "utf8")) as { files: Record<string, Expected> };
const ENUMS = new Set(["kind", "use_status", "group_type", "type", "valence"]);

function load(file: string): Project {
  const result = importGraphml({ name: file, text: readFileSync(`${DIR}${file}`, "utf8") });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.project;
}

/** A value as the tool stores it: enum fields in the model's spelling. */
const asModel = (name: string, value: unknown) => (ENUMS.has(name) && typeof value === "string" ? normaliseWord(value) : value);

/**
 * Our record's values in networkx's terms: fields the file named, plus every attribute. networkx
 * drops empty `<data>` (no text); the tool keeps them as "" — those are left out here.
 */
function ours(record: Record<string, unknown> & { attributes: Values }, role: "nodes" | "ties", expected: Values, extra: string[] = []): Values {
  const out: Values = {};
  for (const name of Object.keys(expected)) {
    const field = modelField(role, name);
    if (field !== undefined) out[name] = record[field];
  }
  for (const [name, value] of Object.entries(record.attributes)) if (value !== "" && !extra.includes(name)) out[name] = value;
  return out;
}
const modelValues = (role: "nodes" | "ties", values: Values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, modelField(role, k) ? asModel(modelField(role, k)!, v) : v]));
const sorted = (values: Values) => JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))));

describe("GraphML fixtures: the tool reads what networkx 2.8 reads", () => {
  for (const [file, expected] of Object.entries(EXPECTED.files)) {
    it(`${file}: ${expected.nodes} nodes, ${expected.edges} edges, every value`, () => {
      const project = load(file);
      expect(project.nodes).toHaveLength(expected.nodes);
      expect(project.ties).toHaveLength(expected.edges);
      for (const node of project.nodes) {
        const want = expected.node_values[node.id];
        expect(want, `node ${node.id}`).toBeDefined();
        // networkx leaves `<key>` defaults out of node data; yEd's kind key has one.
        if (file === "yed.graphml" && want.kind === undefined) expect(node.kind).toBe("service_user");
        expect(ours(node, "nodes", want), `node ${node.id}`).toEqual(modelValues("nodes", want));
        if (want.label === undefined) expect(node.label).toBe(typeof want.name === "string" ? want.name : node.id);
      }
      const unused = [...project.ties];
      for (const [u, v, values] of expected.edge_values) {
        const { id, ...rest } = values as Values & { id?: string };
        const want = modelValues("ties", rest);
        const index = unused.findIndex(
          (t) =>
            (expected.directed ? t.source === u && t.target === v : [t.source, t.target].sort().join("\u0000") === [u, v].sort().join("\u0000")) &&
            (id === undefined || t.id === id) &&
            sorted(ours(t, "ties", want, expected.multigraph ? ["key"] : [])) === sorted(want),
        );
        expect(index, `edge ${u}–${v} ${JSON.stringify(values)} among ${JSON.stringify(unused)}`).toBeGreaterThanOrEqual(0);
        unused.splice(index, 1);
      }
      expect(project.ties.every((t) => t.directed === (expected.directed ? true : undefined))).toBe(true);
      const graph = Object.fromEntries(Object.entries(project.meta.attributes).filter(([, v]) => v !== ""));
      expect(graph).toEqual(expected.graph);
      expect(project.meta.title).toBe(String(expected.graph.title ?? expected.graph.name ?? file.replace(/\.graphml$/, "")));
    });
  }

  it("reads the yEd labels from y:NodeLabel and y:EdgeLabel and no graphics", () => {
    const project = load("yed.graphml");
    expect(project.nodes.map((n) => [n.id, n.label, n.kind, n.x])).toEqual([
      ["n0", "Sam", "service_user", undefined],
      ["n1", "Jo & Kim", "peer_mentor", undefined],
      ["n2", "Recovery café", "group", undefined],
    ]);
    expect(project.ties.map((t) => [t.id, t.attributes])).toEqual([
      ["e0", { label: "mentors" }],
      ["e1", { description: "Goes on Tuesdays" }],
      ["e2", {}],
    ]);
  });

  it("reads Gephi's positions as x/y, its edge ids, Valence as the valence, and keeps colours, sizes and the empty values", () => {
    const project = load("gephi.graphml");
    expect(project.nodes[0]).toEqual({
      id: "0",
      label: "Myriel",
      kind: "community_member",
      x: -260.35486,
      y: 133.15027,
      attributes: { "Modularity Class": 0, Role: "Bishop", Degree: 3, size: 28.685715, r: 229, g: 73, b: 191 },
    });
    expect(project.nodes[4].attributes.Role).toBe("");
    expect(project.ties.map((t) => [t.id, t.valence, t.attributes["Edge Label"]])).toEqual([
      ["0", "supportive", "friends"],
      ["1", "neutral", ""],
      ["2", "neutral", "serves"],
      ["3", "supportive", undefined],
    ]);
    // "Valence" is the model's valence in another spelling, so it is not an attribute too.
    expect(project.ties[0].attributes).toEqual({ "Edge Label": "friends", weight: 1 });
  });

  it("numbers networkx multigraph edges e0… in file order and keeps their keys", () => {
    const project = load("nx-multigraph.graphml");
    expect(project.ties.map((t) => [t.id, t.source, t.target, t.attributes])).toEqual([
      ["e0", "a", "b", { context: "work", key: "0" }],
      ["e1", "a", "b", { context: "home", key: "1" }],
      ["e2", "a", "b", { context: "club", key: "2" }],
      ["e3", "b", "c", { context: "work", key: "0" }],
    ]);
  });
});
