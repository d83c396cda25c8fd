import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGraphml } from "../../../../src/core/io/graphml/import.ts";
import { loadProject } from "../../../../src/core/io/load.ts";
import { formatProblem, unwrap, type ImportResult } from "../../../../src/core/io/problems.ts";

/** A GraphML file with these keys and this graph content, one element per line. */
const graphml = (keys: string[], body: string[], edgedefault = "undirected") => ({
  name: "g.graphml",
  text: ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...keys, `<graph edgedefault="${edgedefault}">`, ...body, "</graph>", "</graphml>"].join("\n"),
});
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));

describe("importGraphml", () => {
  it("reads typed keys, fills <default> values for their domain (for=all too) and keeps empty strings", () => {
    const project = unwrap(
      importGraphml(
        graphml(
          [
            '<key id="a" for="node" attr.name="age" attr.type="int"><default>40</default></key>',
            '<key id="s" for="all" attr.name="source_note" attr.type="string"><default>survey</default></key>',
            '<key id="f" for="node" attr.name="ok" attr.type="boolean"/>',
            '<key id="w" for="edge" attr.name="w" attr.type="float"/>',
            '<key id="t" for="node" attr.name="town"/>',
          ],
          ['<node id="x"><data key="a">34</data><data key="f">1</data><data key="t"></data></node>', '<node id="y"><data key="s">form</data></node>', '<edge source="x" target="y"><data key="w">-2.5e1</data></edge>'],
        ),
      ),
    );
    expect(project.nodes.map((n) => n.attributes)).toEqual([
      { age: 34, ok: true, town: "", source_note: "survey" },
      { source_note: "form", age: 40 },
    ]);
    expect(project.ties[0].attributes).toEqual({ w: -25, source_note: "survey" });
    // No edge weight in the file: every tie counts 1 (the ties' default strength 3 is not a weight).
    expect(project.meta).toEqual({ title: "g", weight: null, attributes: { source_note: "survey" } });
  });

  it("takes direction from edgedefault, overridden per edge by directed=\"true|false\"", () => {
    const body = ['<node id="a"/>', '<node id="b"/>', '<edge source="a" target="b"/>', '<edge source="b" target="a" directed="false"/>', '<edge source="a" target="b" directed="true"/>'];
    expect(unwrap(importGraphml(graphml([], body, "directed"))).ties.map((t) => t.directed)).toEqual([true, false, true]);
    expect(unwrap(importGraphml(graphml([], body))).ties.map((t) => t.directed)).toEqual([undefined, false, true]);
  });

  it("gives edges without ids the stable ids e<position>, stepping around ids the file uses", () => {
    const body = ['<node id="a"/>', '<node id="b"/>', '<edge id="e1" source="a" target="b"/>', '<edge source="a" target="b"/>', '<edge source="b" target="a"/>'];
    expect(unwrap(importGraphml(graphml([], body))).ties.map((t) => t.id)).toEqual(["e1", "e1_1", "e2"]);
  });

  it("takes an edge's id from a data value named id when the edge has none (networkx writes read ids so)", () => {
    const key = '<key id="d0" for="edge" attr.name="id" attr.type="string"/>';
    const body = ['<node id="a"/>', '<node id="b"/>', '<edge source="a" target="b"><data key="d0">t7</data></edge>', '<edge id="x" source="b" target="a"><data key="d0">t8</data></edge>'];
    expect(unwrap(importGraphml(graphml([key], body))).ties.map((t) => [t.id, t.attributes])).toEqual([["t7", {}], ["x", { id: "t8" }]]);
  });

  it("maps kinds through the options: kindAttribute and kindMap, unknown kinds to defaultKind", () => {
    const file = graphml(['<key id="c" for="node" attr.name="club" attr.type="string"/>'], ['<node id="a"><data key="c">Mr. Hi</data></node>', '<node id="b"><data key="c">Officer</data></node>']);
    const project = unwrap(loadProject([file], { kindAttribute: "club", kindMap: { "Mr. Hi": "service_user" }, defaultKind: "worker" }));
    expect(project.nodes.map((n) => [n.kind, n.attributes.club])).toEqual([["service_user", "Mr. Hi"], ["worker", "Officer"]]);
  });

  it("lists every problem of a file in one run, in line order", () => {
    const file = graphml(
      ['<key id="v" for="edge" attr.name="valence" attr.type="string"/>', '<key id="n" for="node" attr.name="n" attr.type="long"/>'],
      ['<node id="a"><data key="n">1.5</data></node>', '<node id="a"/>', '<edge source="a" target="q"><data key="v">good</data></edge>', "<hyperedge/>"],
    );
    expect(problems(importGraphml(file))).toEqual([
      'g.graphml, <node id="a"> (line 6), <data key="n">: attribute "n": "1.5" is not a whole number. Write a whole number, or change the attribute\'s declared type',
      'g.graphml, <node id="a"> (line 7): duplicate id "a" (first used at <node id="a"> (line 6)). Give each of the nodes its own id',
      'g.graphml, <edge source="a" target="q"> (line 8), <data key="v">: "valence" is "good", which is not one of supportive, neutral, risk. Use one of supportive, neutral, risk (any case; spaces for underscores are fine)',
      'g.graphml, <edge source="a" target="q"> (line 8): tie "e0" refers to target node "q", which is not in the nodes. Add that node, or correct the id',
      "g.graphml, <hyperedge> (line 9): is a hyperedge (an edge between more than two nodes), which a network of ties cannot hold. Replace it with one edge per pair, or with a group node that each member is tied to",
    ]);
  });

  it("refuses a locator to another file and a graph nested in an edge, each at its line", () => {
    const file = graphml([], ['<node id="a"/>', '<node id="b"><locator xlink:href="other.graphml" xmlns:xlink="http://www.w3.org/1999/xlink"/></node>', '<edge source="a" target="b">', '<graph edgedefault="directed"/>', "</edge>"]);
    expect(problems(importGraphml(file))).toEqual([
      "g.graphml, <locator> (line 5): points to a graph in another file, which this tool does not follow. Put the graph itself into this file",
      "g.graphml, <graph> (line 7): is a graph nested inside <edge>, which this tool does not read. Remove the graph from the edge: a tie joins two nodes (a graph inside a node, a yEd group, is read as a group node)",
    ]);
  });

  it("reads the classic datasets: karate with its weights, Davis with its kinds", () => {
    const root = fileURLToPath(new URL("../../../../datasets/classic/", import.meta.url));
    const read = (name: string) => unwrap(importGraphml({ name, text: readFileSync(`${root}${name}`, "utf8") }));
    const karate = read("karate.graphml");
    expect([karate.nodes.length, karate.ties.length, karate.meta.title]).toEqual([34, 78, "Zachary's karate club"]);
    expect(karate.ties.reduce((s, t) => s + (t.attributes.weight as number), 0)).toBe(231);
    const davis = read("davis.graphml");
    expect(davis.nodes.filter((n) => n.kind === "group")).toHaveLength(14);
    expect(davis.nodes.filter((n) => n.kind === "community_member")).toHaveLength(18);
  });
});

describe("bad GraphML files (tests/fixtures/bad/graphml-*.graphml)", () => {
  const dir = fileURLToPath(new URL("../../../fixtures/bad/", import.meta.url));
  const files = readdirSync(dir).filter((f) => /^graphml-.*\.graphml$/.test(f));
  /** What each file's first problem must say. */
  const FIRST: Record<string, RegExp> = {
    "graphml-bad-date.graphml": /<data key="s">: "start" is "2024-02-30", which is not a date/,
    "graphml-bad-edgedefault.graphml": /<graph> \(line 3\): edgedefault="sideways"/,
    "graphml-bad-typed-value.graphml": /<node id="a"> \(line 5\), <data key="age">: attribute "age": "thirty" is not a whole number/,
    "graphml-duplicate-node-id.graphml": /<node id="a"> \(line 6\): duplicate id "a" \(first used at <node id="a"> \(line 4\)\)/,
    "graphml-edge-to-missing-node.graphml": /<edge source="a" target="zed"> \(line 7\): tie "e1" refers to target node "zed"/,
    "graphml-edge-without-target.graphml": /<edge id="e0"> \(line 5\): the edge has no target/,
    "graphml-empty.graphml": /^graphml-empty.graphml: is empty/,
    "graphml-end-before-start.graphml": /<data key="e"> \(line 8\): end 2024-01-01 is not after start 2024-06-01/,
    "graphml-entities.graphml": /line 2, column 1: declares XML entities/,
    "graphml-forbidden-attribute.graphml": /<data key="p">: "__proto__" cannot be an attribute name/,
    "graphml-hyperedge.graphml": /<hyperedge> \(line 5\): is a hyperedge/,
    "graphml-malformed.graphml": /line 5, column \d+: is not well-formed XML/,
    "graphml-no-graph.graphml": /<graphml> \(line 2\): has no <graph> element/,
    "graphml-not-graphml.graphml": /<html> \(line 2\): is not GraphML: its root element is <html>/,
    "graphml-not-xml.graphml": /line 1: is not GraphML: it is not XML/,
    "graphml-port.graphml": /<port> \(line 4\): is a port/,
    "graphml-two-graphs.graphml": /<graph id="second"> \(line 4\): holds 2 <graph> elements \(1\. "first": 1 node, 0 edges; 2\. "second": 1 node, 0 edges\)/,
    "graphml-undeclared-key.graphml": /<data key="d9">: <data> refers to key "d9", which no <key> declares/,
    "graphml-unknown-enum.graphml": /<data key="v">: "valence" is "friendly", which is not one of supportive, neutral, risk/,
  };

  it("has a known message for every bad GraphML file", () => {
    expect(files.sort()).toEqual(Object.keys(FIRST).sort());
  });

  for (const file of files) {
    it(`${file} is refused, its problem placed at an element or a line`, () => {
      const result = loadProject([{ name: file, text: readFileSync(`${dir}${file}`, "utf8") }]);
      expect(result.ok).toBe(false);
      const found = problems(result);
      expect(found[0]).toMatch(FIRST[file]);
      for (const p of result.ok ? [] : result.problems) if (file !== "graphml-empty.graphml") expect(p.where).toMatch(/<[a-z]+[ >]|line \d+/);
    });
  }
});
