import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeXml, exportGexf } from "../../../../src/core/io/gexf/export.ts";
import { importGexf } from "../../../../src/core/io/gexf/import.ts";
import { importJson } from "../../../../src/core/io/json.ts";
import { exportProject, loadProject } from "../../../../src/core/io/load.ts";
import { unwrap } from "../../../../src/core/io/problems.ts";
import type { Project } from "../../../../src/core/model/schema.ts";

const datasets = fileURLToPath(new URL("../../../../datasets/", import.meta.url));

/** A small project with every field, every value type, awkward text and out-of-order observations. */
const small: Project = {
  format: "recovery-networks",
  version: 4,
  meta: { title: 'Ties <&> "quotes" \'n\' Ünïcødé ✓', created: "2024-01-02T10:00:00Z", modified: "2024-03-04T11:30:00Z", source: "line one\nline two\ttabbed", weight: "strength", attributes: { wave_count: 2, synthetic: false, note: "x < y", ratio: 0.25 } },
  nodes: [
    { id: "su-1", label: 'Zoë <&> "Z" \'z\'', kind: "service_user", start: "2024-01-01", end: "2024-07-01", use_status: "in_recovery", x: -1.5, y: 1e-7, attributes: { age: 34, pathway: "day programme", lived_experience: true, score: 2.5 } },
    { id: "pm/2", label: "", kind: "peer_mentor", start: "2024-02-29", attributes: { age: "unknown", big: 2 ** 40, note: "  padded  " } },
    { id: "g 3", label: "Café ☕ group", kind: "group", group_type: "mutual_aid", recovery_oriented: true, x: 10, attributes: {} },
    { id: "w4", label: "Worker\r\nTwo lines", kind: "worker", end: "2024-12-31", y: 3, attributes: { age: 51, score: 3 } },
    { id: "f5", label: "Fam", kind: "family", attributes: { "with space": "yes", "ünï": 1 } },
  ],
  ties: [
    { id: "t1", source: "su-1", target: "pm/2", type: "mentoring", valence: "supportive", strength: 5, directed: true, start: "2024-03-01", end: "2024-03-02", attributes: { weight: 0.5, since: 2019 } },
    { id: "t2", source: "su-1", target: "g 3", type: "membership", valence: "supportive", strength: 1, directed: false, attributes: {} },
    { id: "t3", source: "w4", target: "su-1", type: "professional", valence: "neutral", strength: 3, start: "2024-01-15", attributes: { note: "<b>bold</b>" } },
    { id: "t4", source: "f5", target: "su-1", type: "family", valence: "risk", strength: 2, end: "2024-05-01", attributes: { flag: true } },
  ],
  observations: [
    { subject: "w4", date: "2024-06-01", measure: "barc10", value: 30 },
    { subject: "su-1", date: "2024-02-01", measure: "use_status", value: "reduced_use" },
    { subject: "su-1", date: "2024-02-01", measure: "barc10", value: "not asked" },
    { subject: "su-1", date: "2024-01-01", measure: "barc10", value: 22.5 },
    { subject: "pm/2", date: "2024-03-01", measure: "review", value: true },
  ],
  waves: [
    { id: "baseline", label: "Baseline <0>", date: "2024-01-01" },
    { id: "m6", label: "6 months", date: "2024-07-01" },
  ],
};

describe("exportGexf then importGexf", () => {
  it("gives back the sample programme exactly (1,568 nodes, 3,365 ties, 2,566 observations, 13 waves)", () => {
    const programme = unwrap(importJson({ name: "programme.json", text: readFileSync(`${datasets}programme.json`, "utf8") }));
    const back = unwrap(importGexf(exportGexf(programme)));
    expect([back.nodes.length, back.ties.length, back.observations.length, back.waves.length]).toEqual([1568, 3365, 2566, 13]);
    expect(back).toEqual(programme);
  });

  it("gives back a small project with every field, value types, unicode, markup characters, line breaks and out-of-order observations", () => {
    const file = exportGexf(small);
    expect(file.name).toBe("project.gexf");
    expect(file.text).toContain("rn:order="); // the project's order of observations is not by date
    const result = importGexf(file);
    expect(result.ok && result.warnings).toEqual([]);
    expect(unwrap(result)).toEqual(small);
    expect(unwrap(importGexf(exportGexf(small, { version: "1.2draft" })))).toEqual(small);
  });

  it("goes through loadProject and exportProject as .gexf", () => {
    const [file] = exportProject(small, "gexf");
    expect(unwrap(loadProject([file]))).toEqual(small);
  });
});

describe("exportGexf writes what Gephi and networkx read", () => {
  it("declares GEXF 1.3, meta with the creator, dynamic date time, typed attributes, observations as dynamic values and viz", () => {
    const text = exportGexf(small).text;
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:rn="urn:recovery-networks:gexf:1" version="1.3">');
    expect(text).toContain('  <meta lastmodifieddate="2024-03-04">\n    <creator>Recovery Networks</creator>\n    <title>Ties &lt;&amp;&gt; &quot;quotes&quot; &apos;n&apos; Ünïcødé ✓</title>');
    expect(text).toContain('<graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">');
    expect(text).toContain('<attribute id="a:age:number" title="age" type="integer"/>');
    expect(text).toContain('<attribute id="a:age:string" title="age" type="string"/>');
    expect(text).toContain('<attribute id="a:big" title="big" type="long"/>');
    expect(text).toContain('<attribute id="strength" title="strength" type="integer"/>');
    // A measure named like a static attribute gets its own title (networkx 2.8 cannot read both under one).
    expect(text).toContain('<attribute id="o:use_status" title="use_status (observed)" type="string" rn:measure="use_status"/>');
    expect(text).toContain('<node id="su-1" label="Zoë &lt;&amp;&gt; &quot;Z&quot; &apos;z&apos;" start="2024-01-01" end="2024-06-30">');
    expect(text).toContain('<attvalue for="o:barc10:number" value="22.5" start="2024-01-01" end="2024-01-01" rn:order="3"/>');
    expect(text).toContain('<viz:color r="230" g="159" b="0"/>\n        <viz:position x="-1.5" y="1e-7" z="0"/>');
    expect(text).toContain('<edge id="t1" source="su-1" target="pm/2" weight="5" start="2024-03-01" end="2024-03-01">');
    expect(text).toContain('label="Worker&#13;&#10;Two lines"');
  });

  it("writes a static graph without time for a project without dates, in GEXF 1.2draft when asked", () => {
    const undated: Project = { ...small, nodes: small.nodes.map(({ start: _s, end: _e, ...n }) => n), ties: small.ties.map(({ start: _s, end: _e, ...t }) => t), observations: [] };
    const text = exportGexf(undated, { version: "1.2draft" }).text;
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:rn="urn:recovery-networks:gexf:1" version="1.2">');
    expect(text).toContain('<graph mode="static" defaultedgetype="undirected">');
    expect(text).not.toContain("start=");
    expect(unwrap(importGexf({ name: "u.gexf", text }))).toEqual(undated);
  });

  it("escapes markup, quotes and line breaks, and replaces characters XML cannot hold", () => {
    expect(escapeXml(`a<b>&"c'\n\t\r\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;&#10;&#9;&#13;\uFFFD");
  });
});

describe("a node present in several separate spells", () => {
  const spelled: Project = {
    format: "recovery-networks",
    version: 4,
    meta: { title: "spells", weight: "strength", attributes: {} },
    nodes: [
      { id: "u1", label: "U1", kind: "service_user", start: "2018-02-25", end: "2018-03-03", spells: [{ start: "2018-02-25", end: "2018-02-26" }, { start: "2018-03-02", end: "2018-03-03" }], attributes: {} },
      { id: "u2", label: "U2", kind: "peer_mentor", spells: [{ end: "2018-01-01" }, { start: "2018-02-01" }], attributes: {} },
    ],
    ties: [],
    observations: [],
    waves: [],
  };

  it("GEXF writes <spells> (closed ends) and no start or end on the node, and reads them back", () => {
    for (const version of ["1.3", "1.2draft"] as const) {
      const file = exportGexf(spelled, { version });
      expect(file.text).toContain('      <node id="u1" label="U1">');
      expect(file.text).toContain(
        ["        <spells>", '          <spell start="2018-02-25" end="2018-02-25"/>', '          <spell start="2018-03-02" end="2018-03-02"/>', "        </spells>"].join("\n"),
      );
      expect(file.text).toContain(['        <spells>', '          <spell end="2017-12-31"/>', '          <spell start="2018-02-01"/>', "        </spells>"].join("\n"));
      const back = importGexf(file);
      expect(back.ok && back.warnings).toEqual([]);
      expect(back.ok && back.project).toEqual(spelled);
    }
  });

  it("JSON, GraphML and CSV give the spells back; Pajek leaves time out", () => {
    for (const format of ["json", "graphml", "csv"] as const) {
      const back = unwrap(loadProject(exportProject(spelled, format)));
      expect(back.nodes.map((n) => [n.id, n.start, n.end, n.spells])).toEqual(spelled.nodes.map((n) => [n.id, n.start, n.end, n.spells]));
    }
    const csv = exportProject(spelled, "csv").find((f) => f.name === "nodes.csv")!;
    expect(csv.text.split(/\r?\n/)[1]).toBe('u1,U1,service_user,2018-02-25,2018-03-03,"<[2018-02-25, 2018-02-26); [2018-03-02, 2018-03-03)>"');
    const pajek = unwrap(loadProject(exportProject(spelled, "pajek")));
    expect(pajek.nodes.map((n) => [n.id, n.start, n.end, n.spells])).toEqual([["u1", undefined, undefined, undefined], ["u2", undefined, undefined, undefined]]);
  });
});
