// GEXF time in all its forms, slices of one network in several files, lenient GEXF/GraphML
// (tests/fixtures/gexf/lenient/, tests/fixtures/graphml/lenient/) and ego-network interviews in
// Network Canvas's GraphML and CSV shapes: exact values on tiny hand-written files.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../../../src/core/io/load.ts";
import { formatProblem, unwrap } from "../../../../src/core/io/problems.ts";
import { dateInName } from "../../../../src/core/io/slices.ts";

const fixtures = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const fixture = (path: string) => ({ name: path.split("/").pop()!, text: readFileSync(fixtures + path, "utf8") });
const warnings = (result: ReturnType<typeof loadProject>) => (result.ok ? result.warnings.map(formatProblem) : result.problems.map((p) => `PROBLEM ${formatProblem(p)}`));

const gexf = (graph: string, body: string) => ({
  name: "g.gexf",
  text: `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph ${graph}>\n${body}\n</graph>\n</gexf>\n`,
});

describe("GEXF time in all its forms", () => {
  it("reads GEXF 1.3 timestamps and intervals lists, open brackets and infinite ends", () => {
    const file = gexf(
      'mode="dynamic" timeformat="date"',
      `<nodes>
<node id="a" timestamps="&lt;[2020-01-01, 2020-01-02]&gt;"/>
<node id="b" intervals="&lt;[2020-01-01, 2020-01-31]; (2020-03-01, Infinity]&gt;"/>
</nodes>
<edges><edge id="e" source="a" target="b" intervals="&lt;[2020-01-01, 2020-01-01]&gt;"/></edges>`,
    );
    const result = loadProject([file]);
    const project = unwrap(result);
    // Two adjacent days merge into one interval; b's two spells leave a gap, so b has them as its spells (start and end their hull).
    expect(project.nodes.map((n) => [n.id, n.start, n.end, n.spells])).toEqual([
      ["a", "2020-01-01", "2020-01-03", undefined],
      ["b", "2020-01-01", undefined, [{ start: "2020-01-01", end: "2020-02-01" }, { start: "2020-03-02" }]],
    ]);
    expect(project.nodes[1].attributes).toEqual({});
    expect(project.ties.map((t) => [t.start, t.end])).toEqual([["2020-01-01", "2020-01-02"]]);
    expect(warnings(result)).toEqual([]);
  });

  it("reads dynamic values with GEXF 1.3 timestamps and intervals lists as observations", () => {
    const file = gexf(
      'mode="dynamic" timeformat="date" timerepresentation="timestamp"',
      `<attributes class="node" mode="dynamic"><attribute id="0" title="barc10" type="integer"/></attributes>
<nodes><node id="a"><attvalues>
<attvalue for="0" value="20" timestamps="&lt;[2020-01-01, 2020-02-01]&gt;"/>
<attvalue for="0" value="25" intervals="&lt;[2020-03-01, 2020-04-01]&gt;"/>
</attvalues></node></nodes>`,
    );
    expect(unwrap(loadProject([file])).observations.map((o) => [o.date, o.value])).toEqual([["2020-01-01", 20], ["2020-02-01", 20], ["2020-03-01", 25]]);
  });

  it("maps numeric steps that are not years onto waves step 1, step 2 … with the mapping stated", () => {
    const result = loadProject([fixture("gexf/lenient/decimal-time-steps.gexf")]);
    const project = unwrap(result);
    expect(project.nodes.map((n) => [n.start, n.end])).toEqual([["2001-01-01", "2003-01-01"]]);
    expect(project.waves).toEqual([
      { id: "step-1", label: "step 1", date: "2001-01-01" },
      { id: "step-2", label: "step 2", date: "2002-01-01" },
    ]);
    expect(warnings(result)).toEqual([
      'decimal-time-steps.gexf, <graph> (line 3): the times are 2 numbered steps (0.5, 3), not dates or calendar years; each step became a wave "step 1" … "step 2" placed on 1 January of a year, step k in 2000 + k (0.5 → 2001-01-01, 3 → 2002-01-01). These dates only order the steps. Rename the waves and give them their real dates (in the page\'s waves panel), or write dates in the file',
    ]);
  });

  it("reads Infinity and -Infinity in start and end (Gephi's open ends) as no bound", () => {
    const project = unwrap(loadProject([gexf('timeformat="double" mode="dynamic"', '<nodes><node id="a" start="1.0" end="Infinity"/><node id="b" start="-Infinity" end="2.0"/></nodes>')]));
    expect(project.nodes.map((n) => [n.start, n.end])).toEqual([["2001-01-01", undefined], [undefined, "2003-01-01"]]);
  });

  it("gives a slice file's graph timestamp to every node and edge without a time of its own, with a wave", () => {
    const project = unwrap(loadProject([gexf('timeformat="date" timestamp="2019-05-01"', '<nodes><node id="a"/><node id="b" start="2018-01-01"/></nodes><edges><edge source="a" target="b"/></edges>')]));
    expect(project.nodes.map((n) => [n.start, n.end])).toEqual([["2019-05-01", "2019-05-02"], ["2018-01-01", undefined]]);
    expect(project.ties.map((t) => [t.start, t.end])).toEqual([["2019-05-01", "2019-05-02"]]);
    expect(project.waves).toEqual([{ id: "slice-1", label: "slice 2019-05-01", date: "2019-05-01" }]);
  });

  it("keeps an undeclared attribute, typed from its values, with a warning naming it", () => {
    const result = loadProject([fixture("gexf/lenient/undeclared-attribute.gexf")]);
    expect(unwrap(result).nodes[0].attributes).toEqual({ age: 34 });
    expect(warnings(result)[0]).toContain('node attribute "age" is used (1 value) but not declared in <attributes class="node">');
  });
});

describe("several files as slices of one network", () => {
  const slice = (name: string, stamp: string | undefined, nodes: string, edges: string) => ({
    name,
    text: gexf(`timeformat="date"${stamp ? ` timestamp="${stamp}"` : ""}`, `<nodes>${nodes}</nodes><edges>${edges}</edges>`).text,
  });

  it("combines GEXF slice files by their timestamps: presence becomes intervals, changing values observations", () => {
    const a = slice("s1.gexf", "2020-01-01", '<node id="a" label="A"/><node id="b"/>', '<edge id="e" source="a" target="b"/>');
    const b = slice("s2.gexf", "2020-06-01", '<node id="a" label="A2"/><node id="b"/><node id="c"/>', '<edge id="f" source="b" target="c"/>');
    const c = slice("s3.gexf", "2021-01-01", '<node id="a" label="A2"/><node id="b"/>', '<edge id="e" source="b" target="a"/>');
    const result = loadProject([c, a, b]);
    const project = unwrap(result);
    expect(project.waves.map((w) => [w.label, w.date])).toEqual([["slice 2020-01-01", "2020-01-01"], ["slice 2020-06-01", "2020-06-01"], ["slice 2021-01-01", "2021-01-01"]]);
    expect(project.nodes.map((n) => [n.id, n.label, n.start, n.end])).toEqual([
      ["a", "A2", "2020-01-01", undefined],
      ["b", "b", "2020-01-01", undefined],
      ["c", "c", "2020-06-01", "2021-01-01"],
    ]);
    // e is undirected and in slices 1 and 3 only: two ties; f in slice 2.
    expect(project.ties.map((t) => [t.id, t.start, t.end])).toEqual([
      ["e-s1", "2020-01-01", "2020-06-01"],
      ["e-s2", "2021-01-01", undefined],
      ["f", "2020-06-01", "2021-01-01"],
    ]);
    expect(warnings(result)).toEqual([]);
  });

  it("dates slices by a date in their names, else orders them and says so", () => {
    expect([dateInName("wave-2019-03-01.net"), dateInName("survey 2021.graphml"), dateInName("w12345.net")]).toEqual(["2019-03-01", "2021-01-01", undefined]);
    const net = (name: string, edges: string) => ({ name, text: `*Vertices 2\n1 a\n2 b\n*Edges\n${edges}` });
    const ordered = loadProject([net("wave10.net", "1 2\n"), net("wave2.net", "")]);
    expect(unwrap(ordered).waves.map((w) => [w.label, w.date])).toEqual([["step 1", "2001-01-01"], ["step 2", "2002-01-01"]]);
    expect(unwrap(ordered).ties.map((t) => [t.start, t.end])).toEqual([["2002-01-01", undefined]]);
    expect(warnings(ordered)[0]).toContain("wave2.net → 2001-01-01, wave10.net → 2002-01-01");
    expect(warnings(loadProject([net("a-2019.net", ""), net("b-2019.net", "")]))[0]).toBe("PROBLEM a-2019.net + b-2019.net: a-2019.net and b-2019.net are both slices of 2019-01-01. Give each slice its own date (in its GEXF timestamp or its file name), or load the files one at a time");
  });
});

describe("lenient GraphML", () => {
  it("reads an unknown attr.type as text, with a warning", () => {
    const result = loadProject([{ name: "k.graphml", text: fixture("graphml/lenient/unknown-key-type.graphml").text.replace('<node id="a"/>', '<node id="a"><data key="d0">2020-01-01</data></node>') }]);
    expect(unwrap(result).nodes[0].attributes).toEqual({ joined: "2020-01-01" });
    expect(warnings(result)).toEqual(['k.graphml, <key id="d0"> (line 3): attr.type="date" is not a GraphML type, so the values of "joined" were read as text. Check those values; write boolean, int, long, float, double or string to have them read as that type']);
  });

  it("flattens a nested graph into a group node with membership ties", () => {
    const project = unwrap(loadProject([fixture("graphml/lenient/nested-graph.graphml")]));
    expect(project.nodes.map((n) => [n.id, n.kind])).toEqual([["team", "group"], ["team::a", "community_member"], ["b", "community_member"]]);
    expect(project.ties.map((t) => [t.source, t.target, t.type])).toEqual([["team::a", "team", "membership"]]);
  });

  const interviews = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="case" for="graph" attr.name="networkCanvasCaseID" attr.type="string"/>
  <key id="start" for="graph" attr.name="sessionStart" attr.type="string"/>
  <key id="barc" for="graph" attr.name="barc10" attr.type="int"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="undirected">
    <data key="case">P1</data><data key="start">2021-01-10T10:00:00.000Z</data><data key="barc">20</data>
    <node id="x"><data key="name">Sam</data></node><node id="y"><data key="name">Jo</data></node>
    <edge source="x" target="y"/>
  </graph>
  <graph edgedefault="undirected">
    <data key="case">P1</data><data key="start">2021-07-10T10:00:00.000Z</data><data key="barc">31</data>
    <node id="x"><data key="name">Sam</data></node>
  </graph>
  <graph edgedefault="undirected">
    <data key="case">P2</data><data key="start">2021-02-01T09:00:00Z</data><data key="barc">25</data>
    <node id="x"><data key="name">Kim</data></node>
  </graph>
</graphml>`;

  it("reads several <graph>s that are interviews as ego networks; the same person's interviews are waves", () => {
    const result = loadProject([{ name: "nc.graphml", text: interviews }]);
    const project = unwrap(result);
    expect(project.nodes.map((n) => [n.id, n.label, n.kind, n.start, n.end])).toEqual([
      ["P1", "P1", "service_user", undefined, undefined],
      ["P1/x", "Sam", "community_member", "2021-01-10", undefined],
      ["P1/y", "Jo", "community_member", "2021-01-10", "2021-07-10"],
      ["P2", "P2", "service_user", undefined, undefined],
      ["P2/x", "Kim", "community_member", undefined, undefined],
    ]);
    expect(project.ties.map((t) => [t.source, t.target, t.start, t.end])).toEqual([
      ["P1", "P1/x", "2021-01-10", undefined],
      ["P1", "P1/y", "2021-01-10", "2021-07-10"],
      ["P1/x", "P1/y", "2021-01-10", "2021-07-10"],
      ["P2", "P2/x", undefined, undefined],
    ]);
    expect(project.observations).toEqual([
      { subject: "P1", date: "2021-01-10", measure: "barc10", value: 20 },
      { subject: "P1", date: "2021-07-10", measure: "barc10", value: 31 },
    ]);
    expect(project.waves.map((w) => w.date)).toEqual(["2021-01-10", "2021-07-10"]);
    expect(warnings(result)).toEqual([
      'nc.graphml: read as ego-network survey data: 2 egos in 3 interviews (2 waves), each tied to its alters; 3 alters, distinct per ego (an alter\'s id is "<ego>/<alter>"). Nothing to do, unless the same person appears as an alter of two egos: then give those nodes one id (merge them) after loading',
    ]);
  });

  it("combines Network Canvas GraphML files, one per interview, into the same project", () => {
    const graphs = interviews.split("<graph ");
    const head = graphs[0];
    const files = graphs.slice(1).map((g, i) => ({ name: `interview-${i}.graphml`, text: `${head}<graph ${g.replace("</graphml>", "")}</graphml>` }));
    const one = unwrap(loadProject([{ name: "nc.graphml", text: interviews }]));
    const several = unwrap(loadProject(files));
    expect(several.nodes).toEqual(one.nodes);
    expect(several.ties).toEqual(one.ties);
    expect(several.observations).toEqual(one.observations);
  });

  it("reads Network Canvas's current export, nc:caseId and nc:sessionStartTime on each <graph>, one file per interview", () => {
    const file = (n: number, start: string, alters: string) => ({
      name: `P014_${n}.graphml`,
      text: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:nc="http://schema.networkcanvas.com/xmlns">
  <key id="networkCanvasUUID" attr.name="networkCanvasUUID" attr.type="string" for="all"/>
  <key id="v1" attr.name="name" attr.type="string" for="node"/>
  <key id="v2" attr.name="age" attr.type="int" for="graph"/>
  <graph edgedefault="undirected" nc:caseId="P014" nc:sessionUUID="s${n}" nc:sessionStartTime="${start}">
    <data key="networkCanvasUUID">ego-${n}</data><data key="v2">${40 + n}</data>
    ${alters}
  </graph>
</graphml>`,
    });
    const result = loadProject([
      file(1, "2022-03-01T09:00:00.000Z", '<node id="aa"><data key="v1">Ray</data></node>'),
      file(2, "2022-09-01T09:00:00.000Z", '<node id="aa"><data key="v1">Ray</data></node><node id="bb"><data key="v1">Lou</data></node>'),
    ]);
    const project = unwrap(result);
    expect(project.nodes.map((n) => [n.id, n.label, n.start, n.attributes.age])).toEqual([
      ["P014", "P014", undefined, 42],
      ["P014/aa", "Ray", "2022-03-01", undefined],
      ["P014/bb", "Lou", "2022-09-01", undefined],
    ]);
    expect(project.observations).toEqual([
      { subject: "P014", date: "2022-03-01", measure: "age", value: 41 },
      { subject: "P014", date: "2022-09-01", measure: "age", value: 42 },
    ]);
  });

  it("refuses several <graph>s that are not interviews until one is chosen, listing them and saying how to choose", () => {
    const text = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="a"><node id="n"/></graph>\n<graph id="b"/></graphml>';
    expect(warnings(loadProject([{ name: "two.graphml", text }]))).toEqual([
      'PROBLEM two.graphml, <graph id="b"> (line 2): holds 2 <graph> elements (1. "a": 1 node, 0 edges; 2. "b": 0 nodes, 0 edges), and they are not interviews (none carries a case, ego or session id); a project is one graph. Choose which graph to read: on the command line --graph with its id or number (--graph a); the page asks which. To read them as one network at several times, save each graph in a file of its own and load those files together as its slices',
    ]);
  });
});

describe("ego-network CSV: Network Canvas's export shape", () => {
  it("reads the ego, alters and edge files by their networkCanvas… columns; the case id is the person", () => {
    const ego = { name: "study_ego.csv", text: "networkCanvasEgoUUID,networkCanvasCaseID,sessionStart,barc10\nu1,P1,2021-01-10T10:00:00.000Z,20\nu2,P1,2021-07-10T10:00:00.000Z,31\n" };
    const alters = { name: "study_attributeList_Person.csv", text: "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,closeness\n1,u1,aa,Sam,4\n2,u1,bb,Jo,2\n1,u2,aa,Sam,5\n" };
    const edges = { name: "study_edgeList_knows.csv", text: "edgeID,networkCanvasEgoUUID,from,to,networkCanvasSourceUUID,networkCanvasTargetUUID\n1,u1,1,2,aa,bb\n" };
    const result = loadProject([ego, alters, edges]);
    const project = unwrap(result);
    expect(project.nodes.map((n) => [n.id, n.label, n.start, n.end, n.attributes.closeness])).toEqual([
      ["P1", "P1", undefined, undefined, undefined],
      ["P1/aa", "Sam", "2021-01-10", undefined, 5],
      ["P1/bb", "Jo", "2021-01-10", "2021-07-10", 2],
    ]);
    expect(project.ties.map((t) => [t.id, t.source, t.target, t.start, t.end])).toEqual([
      ["P1>aa", "P1", "P1/aa", "2021-01-10", undefined],
      ["P1>bb", "P1", "P1/bb", "2021-01-10", "2021-07-10"],
      ["P1/aa-bb", "P1/aa", "P1/bb", "2021-01-10", "2021-07-10"],
    ]);
    expect(project.observations.map((o) => [o.date, o.measure, o.value])).toEqual([["2021-01-10", "barc10", 20], ["2021-07-10", "barc10", 31]]);
  });

  it("reads egor files with a caseID and a date as interviews of one person at several dates", () => {
    const project = unwrap(
      loadProject([
        { name: "egos.csv", text: "egoID,caseID,date,barc10\nA1,P1,2020-01-01,18\nA2,P1,2020-07-01,26\n" },
        { name: "alters.csv", text: "egoID,alterID,relation\nA1,1,friend\nA2,1,friend\nA2,2,family\n" },
      ]),
    );
    expect(project.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ["P1", undefined, undefined],
      ["P1/1", "2020-01-01", undefined],
      ["P1/2", "2020-07-01", undefined],
    ]);
    expect(project.observations.map((o) => [o.date, o.value])).toEqual([["2020-01-01", 18], ["2020-07-01", 26]]);
    expect(project.waves.map((w) => [w.label, w.date])).toEqual([["interview 1", "2020-01-01"], ["interview 2", "2020-07-01"]]);
  });

  it("says where an alter–alter tie names an alter the ego does not have", () => {
    const result = loadProject([
      { name: "alters.csv", text: "egoID,alterID\nE1,1\nE1,2\nE2,1\n" },
      { name: "aaties.csv", text: "egoID,Source,Target\nE2,1,2\n" },
    ]);
    expect(warnings(result)).toEqual(['PROBLEM alters.csv + aaties.csv, aaties.csv row 2: the tie names alter "2", who is not among the alters of ego "E2". Correct the alter id, or add the alter to the alters\' file']);
  });
});
