// Pajek (in and out), UCINET DL and adjacency-matrix CSV: the fixtures networkx and igraph wrote
// (tests/fixtures/pajek/, by scripts/fixtures/make_pajek_fixtures.py) read as networkx reads them,
// and small hand-written files for each section and each refusal, with its place.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportProject, loadProject } from "../../../../src/core/io/load.ts";
import { formatProblem, unwrap } from "../../../../src/core/io/problems.ts";
import type { Project } from "../../../../src/core/model/schema.ts";

const dir = fileURLToPath(new URL("../../../fixtures/pajek/", import.meta.url));
const fixture = (name: string) => ({ name, text: readFileSync(dir + name, "utf8") });
const expected = JSON.parse(readFileSync(dir + "expected.json", "utf8")) as Record<string, { directed: boolean; nodes: string[]; edges: [string, string, number][] }>;
const load = (...files: { name: string; text: string }[]) => loadProject(files);
const problems = (result: ReturnType<typeof loadProject>) => (result.ok ? [] : result.problems.map(formatProblem));
const warnings = (result: ReturnType<typeof loadProject>) => (result.ok ? result.warnings.map(formatProblem) : []);
const edges = (p: Project) => p.ties.map((t) => [t.source, t.target, (t.attributes.weight as number | undefined) ?? 1] as [string, string, number]).sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe("Pajek import", () => {
  it.each(Object.keys(expected))("reads %s as networkx reads it: nodes, direction, weights", (name) => {
    const project = unwrap(load(fixture(name)));
    const want = expected[name];
    expect(project.nodes.map((n) => n.id).sort()).toEqual(want.nodes);
    expect(project.ties.every((t) => t.directed === want.directed)).toBe(true);
    expect(edges(project)).toEqual(want.edges);
    // networkx writes every vertex at 0.0 0.0: no position.
    expect(project.nodes.some((n) => n.x !== undefined)).toBe(false);
  });

  it("reads igraph's karate club: 34 nodes named by their labels, 78 undirected ties without weights", () => {
    const project = unwrap(load(fixture("igraph-karate.net")));
    expect([project.nodes.length, project.ties.length, project.nodes[0].id, project.meta.weight]).toEqual([34, 78, "m1", null]);
  });

  it("reads arcs lists, edges lists, a matrix, coordinates, comments and partitions and vectors in a .paj", () => {
    const text = [
      "% a comment",
      "*Network demo",
      "*Vertices 3",
      '1 "Ann Lee" 0.1 0.2 0.5',
      '2 "Bob" 0.3 0.4 0.5',
      '3 "Cy" 0.5 0.6 0.5',
      "*Arcslist",
      "1 2 3",
      "*Edgeslist",
      "2 3",
      "*Partition club",
      "*Vertices 3",
      "1",
      "2",
      "1",
      "*Vector score",
      "*Vertices 3",
      "0.5",
      "1.5",
      "2",
    ].join("\n");
    const project = unwrap(load({ name: "demo.paj", text }));
    expect(project.meta.title).toBe("demo");
    expect(project.nodes.map((n) => [n.id, n.x, n.y, n.attributes.club, n.attributes.score])).toEqual([
      ["Ann Lee", 0.1, 0.2, 1, 0.5],
      ["Bob", 0.3, 0.4, 2, 1.5],
      ["Cy", 0.5, 0.6, 1, 2],
    ]);
    expect(project.ties.map((t) => [t.source, t.target, t.directed])).toEqual([
      ["Ann Lee", "Bob", true],
      ["Ann Lee", "Cy", true],
      ["Bob", "Cy", false],
    ]);
    const matrix = unwrap(load({ name: "m.net", text: "*Vertices 2\n1 a\n2 b\n*Matrix\n0 2\n0 0\n" }));
    expect(matrix.ties.map((t) => [t.source, t.target, t.directed, t.attributes.weight])).toEqual([["a", "b", true, 2]]);
  });

  it("takes .clu and .vec files beside the .net as node attributes named after them", () => {
    const net = { name: "net.net", text: "*Vertices 2\n1 a\n2 b\n*Edges\n1 2\n" };
    const project = unwrap(load(net, { name: "net-club.clu", text: "*Vertices 2\n3\n4\n" }, { name: "size.vec", text: "*Vertices 2\n0.5\n0.25\n" }));
    expect(project.nodes.map((n) => n.attributes)).toEqual([{ "net-club": 3, size: 0.5 }, { "net-club": 4, size: 0.25 }]);
  });

  it("uses the vertex numbers as ids when labels are missing or repeat, keeping the labels", () => {
    const result = load({ name: "r.net", text: '*Vertices 3\n1 "x"\n2 "x"\n*Edges\n1 3\n' });
    expect(unwrap(result).nodes.map((n) => [n.id, n.label])).toEqual([["1", "x"], ["2", "x"], ["3", "3"]]);
    expect(warnings(result)).toEqual(["r.net, *Vertices: the vertex labels are not all given and different, so the nodes' ids are the vertex numbers (the labels stay the nodes' labels). Nothing to do; give every vertex its own label to have them as ids"]);
  });

  it("refuses a tie to a vertex that is not there, a weight that is not a number and a short partition, each at its line", () => {
    const result = load({ name: "bad.net", text: "*Vertices 2\n1 a\n2 b\n*Edges\n1 5\n1 2 heavy\n" }, { name: "c.clu", text: "*Vertices 2\n1\n" });
    expect(problems(result)).toEqual([
      "bad.net, line 5: vertex 5 is not among the 2 vertices. Correct the vertex number, or the number after *Vertices",
      'bad.net, line 6: the weight "heavy" is not a number. Write the weight as a number, e.g. 1 2 1.5, or leave it out',
      'c.clu, line 1: partition "c" has 1 values for 2 vertices. Give one value per vertex, in the vertices\' order',
    ]);
  });
});

describe("Pajek export", () => {
  const project: Project = {
    format: "recovery-networks",
    version: 4,
    meta: { title: 'The "net"', weight: "weight", attributes: {} },
    nodes: [
      { id: "a b", label: "A", kind: "service_user", x: 1, y: 2, attributes: { age: 30, score: 0.5, note: "x" } },
      { id: "c", label: "C", kind: "group", x: 3, y: 4, attributes: { age: 40, score: 1 } },
    ],
    ties: [
      { id: "t1", source: "a b", target: "c", type: "membership", valence: "supportive", strength: 3, directed: true, attributes: { weight: 2.5 } },
      { id: "t2", source: "c", target: "a b", type: "other", valence: "neutral", strength: 3, attributes: { weight: 1 } },
    ],
    observations: [],
    waves: [],
  };

  it("writes the .net (ids as labels, positions, arcs and edges with the weight) and a .clu/.vec per numeric attribute", () => {
    const files = exportProject(project, "pajek");
    expect(files.map((f) => f.name)).toEqual(["network.net", "network-age.clu", "network-score.vec"]);
    expect(files[0].text).toBe("*Network \"The 'net'\"\r\n*Vertices 2\r\n1 \"a b\" 1 2\r\n2 \"c\" 3 4\r\n*Arcs\r\n1 2 2.5\r\n*Edges\r\n2 1 1\r\n");
    expect(files[1].text).toBe('*Partition "age"\r\n*Vertices 2\r\n30\r\n40\r\n');
    const back = unwrap(loadProject(files));
    expect(back.nodes.map((n) => [n.id, n.x, n.y, n.attributes])).toEqual([
      ["a b", 1, 2, { age: 30, score: 0.5 }],
      ["c", 3, 4, { age: 40, score: 1 }],
    ]);
  });
});

describe("UCINET DL import", () => {
  it("reads a full matrix with labels: a symmetric matrix is undirected, one tie per pair, values as weights", () => {
    const project = unwrap(load(fixture("ucinet-fullmatrix.dl")));
    expect(project.nodes.map((n) => n.id)).toEqual(["Ash", "Birch", "Cedar", "Dogwood"]);
    expect(project.ties.map((t) => [t.source, t.target, t.directed, t.attributes.weight])).toEqual([
      ["Ash", "Birch", false, 1],
      ["Ash", "Cedar", false, 2],
      ["Cedar", "Dogwood", false, 1],
    ]);
  });

  it("reads an edgelist1 with embedded labels: an asymmetric network is directed", () => {
    const project = unwrap(load(fixture("ucinet-edgelist.dl")));
    expect(project.ties.map((t) => [t.source, t.target, t.directed, t.attributes.weight])).toEqual([
      ["Ash", "Birch", true, 1],
      ["Birch", "Cedar", true, 2],
      ["Cedar", "Ash", true, 1],
    ]);
  });

  it("reads a nodelist1 with numbered nodes and an embedded-label matrix, and a DL saved as .txt", () => {
    const list = unwrap(load({ name: "n.dl", text: "DL N=3 FORMAT=NODELIST1\nDATA:\n1 2 3\n2 1\n3 1\n" }));
    expect(list.ties.map((t) => [t.source, t.target, t.directed])).toEqual([["1", "2", false], ["1", "3", false]]);
    const embedded = unwrap(load({ name: "m.txt", text: "dl n=2\nlabels embedded\ndata:\na b\na 0 1\nb 1 0\n" }));
    expect(embedded.ties.map((t) => [t.source, t.target, t.directed])).toEqual([["a", "b", false]]);
  });

  it("refuses two-mode data and several matrices, saying what to do, and leaves a self-tie on the diagonal out with a warning", () => {
    expect(problems(load({ name: "t.dl", text: "dl nr=2 nc=3\ndata:\n1 0 1\n0 1 1\n" }))[0]).toContain("t.dl, line 1: is two-mode data");
    expect(problems(load({ name: "m.dl", text: "dl n=2 nm=2\ndata:\n0 1\n1 0\n0 0\n0 0\n" }))[0]).toBe("m.dl, line 1: holds 2 matrices (NM = 2); a project is one network. Save each relation as its own DL file and load one, or load them as waves of one network");
    const loop = load({ name: "d.dl", text: "dl n=2\ndata:\n1 1\n1 0\n" });
    expect(unwrap(loop).ties).toHaveLength(1);
    expect(warnings(loop)[0]).toContain('d.dl, line 3, column 1: 1 tie links a node to itself and was left out: "1" (line 3, column 1)');
  });
});

describe("adjacency-matrix CSV", () => {
  it("is recognised by its shape: an empty corner, the same names across and down; ; and decimal commas too", () => {
    const result = load({ name: "m.csv", text: ",Ann,Bob,Cy\nAnn,0,1,0\nBob,1,0,2\nCy,0,2,0\n" });
    expect(unwrap(result).ties.map((t) => [t.source, t.target, t.directed, t.attributes.weight])).toEqual([["Ann", "Bob", false, 1], ["Bob", "Cy", false, 2]]);
    expect(warnings(result)[0]).toContain("m.csv, row 1: read as an adjacency matrix of 3 nodes");
    const semicolon = unwrap(load({ name: "m.csv", text: ";a;b\r\na;0;0,5\r\nb;0;0\r\n" }));
    expect(semicolon.ties.map((t) => [t.source, t.target, t.directed, t.attributes.weight])).toEqual([["a", "b", true, 0.5]]);
  });

  it("reads igraph's write_adjacency (a bare square matrix, zero diagonal) with numbered nodes, and not a square edge list", () => {
    const result = load({ name: "adj.txt", text: "0 1 0\n1 0 1\n0 1 0\n" });
    expect(unwrap(result).ties.map((t) => [t.source, t.target])).toEqual([["1", "2"], ["2", "3"]]);
    expect(warnings(result)[0]).toContain("adj.txt, line 1: read as an adjacency matrix of 3 nodes without names");
    // Three lines of "source target weight" are an edge list, left to the CSV importer.
    expect(problems(load({ name: "edges.txt", text: "1 2 1\n2 3 1\n3 1 2\n" })).join()).not.toContain("adjacency matrix");
  });

  it("refuses a cell that is not a number, at its row and column", () => {
    expect(problems(load({ name: "m.csv", text: ",a,b\na,0,x\nb,0,0\n" }))).toEqual(['m.csv, row 2, column 3: "x" is not a number. Write the tie\'s value (0 for no tie) in every cell of the matrix']);
  });
});
