import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../../../src/core/io/gexf/import.ts";
import type { ImportOptions } from "../../../../src/core/io/files.ts";
import { formatProblem, unwrap, type ImportResult } from "../../../../src/core/io/problems.ts";

const dir = fileURLToPath(new URL("../../../fixtures/gexf/", import.meta.url));
const fixture = (name: string) => importGexf({ name, text: readFileSync(dir + name, "utf8") });
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));

/** A GEXF 1.3 file from the inside of its <graph>, with the graph's own attributes. */
function gexf(graph: string, inside: string, options?: ImportOptions): ImportResult {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph ${graph}>\n${inside}\n</graph>\n</gexf>\n`;
  return importGexf({ name: "g.gexf", text }, options);
}

describe("importGexf on Gephi 0.10 files", () => {
  it("reads GEXF 1.3 with viz: positions as x/y, kinds in any spelling, colours unless the kind's own, sizes, edge kinds, weights, labels and directed edges", () => {
    const result = fixture("gephi-0.10-static.gexf");
    const project = unwrap(result);
    expect(result.ok && result.warnings).toEqual([]);
    expect(project.meta).toEqual({ title: "Kent recovery community", source: "Mapped at the community day", modified: "2024-03-18", weight: "weight", attributes: { creator: "Gephi 0.10.1" } });
    expect(project.nodes).toEqual([
      { id: "n0", label: "Dana", kind: "service_user", recovery_oriented: false, x: -120.35, y: 88, attributes: { "Modularity Class": 0, Degree: 2, size: 12.5 } },
      { id: "n1", label: "Eli", kind: "peer_mentor", recovery_oriented: false, x: 15, y: -42.5, attributes: { "Modularity Class": 0, Degree: 3, color: "#FF000080", size: 20 } },
      { id: "n2", label: "Hope Café", kind: "group", recovery_oriented: true, x: 200, y: 10.25, attributes: { "Modularity Class": 1, Degree: 2, size: 30 } },
      { id: "n3", label: "Sam", kind: "community_member", recovery_oriented: false, x: 0, y: 0, attributes: { "Modularity Class": 1, Degree: 1, size: 10 } },
    ]);
    expect(project.ties).toEqual([
      { id: "0", source: "n0", target: "n1", type: "other", valence: "supportive", strength: 3, attributes: { weight: 1 } },
      { id: "1", source: "n1", target: "n2", type: "mentoring", valence: "neutral", strength: 3, attributes: { label: "runs the Tuesday group", weight: 2.5 } },
      { id: "2", source: "n0", target: "n2", type: "other", valence: "neutral", strength: 3, directed: true, attributes: { weight: 1 } },
      { id: "3", source: "n2", target: "n3", type: "other", valence: "neutral", strength: 3, attributes: { color: "#C80A0A", weight: 1 } },
    ]);
  });

  it("reads a dynamic GEXF 1.3: spells, date-times as dates, one tie per edge spell, dynamic values as observations", () => {
    const result = fixture("gephi-0.10-dynamic.gexf");
    const project = unwrap(result);
    expect(project.nodes.map(({ id, start, end, spells, attributes }) => ({ id, start, end, spells, attributes }))).toEqual([
      { id: "a", start: "2013-01-01", end: "2014-01-01", spells: undefined, attributes: { size: 10 } },
      {
        id: "b",
        start: "2013-01-01",
        end: "2013-09-01",
        spells: [
          { start: "2013-01-01", end: "2013-04-01" },
          { start: "2013-06-01", end: "2013-09-01" },
        ],
        attributes: { size: 10 },
      },
      { id: "c", start: "2013-02-01", end: "2014-02-01", spells: undefined, attributes: { size: 10 } },
    ]);
    expect(project.ties.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: "ab-s1", start: "2013-01-15", end: "2013-03-01" },
      { id: "ab-s2", start: "2013-06-15", end: "2013-08-01" },
      { id: "ac", start: "2013-03-01", end: "2014-01-01" },
    ]);
    expect(project.observations).toEqual([
      { subject: "a", date: "2013-01-01", measure: "BARC-10", value: 22 },
      { subject: "a", date: "2013-04-01", measure: "BARC-10", value: 31 },
    ]);
    expect(project.meta.title).toBe("gephi-0.10-dynamic");
    // One note that times of day were dropped (the model's time is in days); b's spells lose nothing, so no warning.
    expect(result.ok && result.warnings.map((w) => w.where)).toEqual(["<graph> (line 10)"]);
    expect(result.ok && result.warnings[0].message).toMatch(/^3 times carry a time of day \(2013-02-01T09:30:00 …\); this tool's time is in days/);
  });
});

describe("importGexf on small files", () => {
  const declared = '<attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="age" type="integer"><default>40</default></attribute></attributes>';

  it("applies defaults, maps kinds through the options and keeps the generic kind attribute", () => {
    const nodes = `${declared}<nodes><node id="a" label="A"><attvalues><attvalue for="0" value="client"/><attvalue for="1" value="31"/></attvalues></node><node id="b"/></nodes>`;
    expect(unwrap(gexf("", nodes)).nodes).toEqual([
      { id: "a", label: "A", kind: "community_member", attributes: { kind: "client", age: 31 } },
      { id: "b", label: "b", kind: "community_member", attributes: { age: 40 } },
    ]);
    expect(unwrap(gexf("", nodes, { kindMap: { client: "service_user" }, defaultKind: "friend" })).nodes.map((n) => n.kind)).toEqual(["service_user", "friend"]);
  });

  it("reads timestamps, startopen/endopen, years without a timeformat, and the None networkx writes for an open end", () => {
    const nodes = `<nodes>
<node id="a" timestamp="2012-03-01"/>
<node id="b" start="2012-01-01" end="2012-02-01" startopen="true" endopen="true"/>
<node id="c" start="2010" end="2011"/>
<node id="d"><slices><slice start="2012-05-01" end="None"/></slices></node>
</nodes>`;
    expect(unwrap(gexf('mode="dynamic"', nodes)).nodes.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: "a", start: "2012-03-01", end: "2012-03-02" },
      { id: "b", start: "2012-01-02", end: "2012-02-01" },
      { id: "c", start: "2010-01-01", end: "2012-01-01" },
      { id: "d", start: "2012-05-01", end: undefined },
    ]);
  });

  it("reads the tie type networkx writes into an edge's type, and a directed default", () => {
    const result = gexf('defaultedgetype="directed"', '<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b" type="peer_support"/></edges>');
    expect(unwrap(result).ties).toEqual([{ id: "e", source: "a", target: "b", type: "peer_support", valence: "neutral", strength: 3, directed: true, attributes: {} }]);
  });

  it("leaves out NaN and infinite numbers, and keeps an edge's latest dynamic value, with warnings", () => {
    const inside = `<attributes class="node"><attribute id="c" title="clustering" type="double"/></attributes>
<attributes class="edge" mode="dynamic"><attribute id="w" title="contacts" type="integer"/></attributes>
<nodes><node id="a"><attvalues><attvalue for="c" value="NaN"/></attvalues></node><node id="b"/></nodes>
<edges><edge id="e" source="a" target="b"><attvalues><attvalue for="w" value="2" start="2012-01-01"/><attvalue for="w" value="5" start="2012-06-01"/></attvalues></edge></edges>`;
    const result = gexf('mode="dynamic" timeformat="date"', inside);
    expect(unwrap(result).nodes[0].attributes).toEqual({});
    expect(unwrap(result).ties[0].attributes).toEqual({ contacts: 5 });
    expect(result.ok && result.warnings.map(formatProblem)).toEqual([
      'g.gexf, <node id="a"> (line 6): clustering (NaN): not a finite number, so left out. Give a number, or leave the value out, where none is known',
      'g.gexf, <edge id="e"> (line 7): has 2 values with a time; a tie has no observations, so the latest ("contacts" = 5 from 2012-06-01) is kept as an attribute. Record changing values on the nodes, or as separate ties',
    ]);
  });

  it("lists every problem of a file in one run, in reading order, each at its element and line (self-loops refused by the setting)", () => {
    const inside = `${declared}
<nodes>
<node id="a" start="2012-06-01" end="2012-01-01"><attvalues><attvalue for="9" value="x"/></attvalues></node>
<node id="a"><attvalues><attvalue for="1" value="old"/></attvalues></node>
<node id="b" start="2.5"/>
</nodes>
<edges><edge id="e1" source="a" target="a"/><edge id="e2" source="b" target="zz"/></edges>`;
    expect(problems(gexf('mode="dynamic"', inside, { selfLoops: "refuse" }))).toEqual([
      'g.gexf, <node id="a"> (line 6): end 2012-01-01 is before start 2012-06-01. Swap the times, correct them, or leave end out if it has not ended',
      'g.gexf, <node id="a"> (line 7), <attvalue for="1"> (line 7): attribute "age": "old" is not a whole number. Write a whole number, or change the attribute\'s declared type',
      'g.gexf, <node id="a"> (line 7): duplicate id "a" (first used at <node id="a"> (line 6)). Give each of the nodes its own id',
      'g.gexf, <node id="b"> (line 8): "start" is 2.5, a time that cannot be placed on the calendar (this tool reads whole numbers from 1000 to 9999 as years). Write dates instead (timeformat="date", start="2012-04-01"), or whole years from 1000 to 9999',
      'g.gexf, <edge id="e1"> (line 10): tie "e1" links node "a" to itself. Remove the self-tie or correct its target (self-loops are refused by the setting chosen; with the default setting they are left out with a warning)',
      'g.gexf, <edge id="e2"> (line 10): tie "e2" refers to target node "zz", which is not in the nodes. Add that node, or correct the id',
    ]);
  });

  it("refuses a value outside the model's vocabulary at its attvalue, and a file that is not GEXF at its root", () => {
    const inside = '<attributes class="edge"><attribute id="v" title="valence" type="string"/></attributes><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b"><attvalues><attvalue for="v" value="good"/></attvalues></edge></edges>';
    expect(problems(gexf("", inside))).toEqual([
      'g.gexf, <edge id="e"> (line 4), <attvalue for="v"> (line 4): "valence" is "good", which is not one of supportive, neutral, risk. Use one of supportive, neutral, risk (any case; spaces for underscores are fine)',
    ]);
    expect(problems(importGexf({ name: "x.gexf", text: '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>' }))).toEqual([
      "x.gexf, <graphml> (line 2): is not a GEXF file: its root element is <graphml>, not <gexf>. Give a .gexf file as written by Gephi or networkx (a GraphML file needs the .graphml extension)",
    ]);
    expect(problems(importGexf({ name: "x.gexf", text: "<gexf/>" }))).toEqual(["x.gexf, <gexf> (line 1): has no <graph> element. Export the network again from the program that wrote it"]);
    expect(problems(importGexf({ name: "x.gexf", text: "" }))).toEqual(["x.gexf: is empty. Give a GEXF file, or export the network again"]);
  });
});
