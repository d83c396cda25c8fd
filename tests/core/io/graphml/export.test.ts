import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeAttribute, escapeText, exportGraphml } from "../../../../src/core/io/graphml/export.ts";
import { importGraphml } from "../../../../src/core/io/graphml/import.ts";
import { exportProject, loadProject } from "../../../../src/core/io/load.ts";
import { unwrap } from "../../../../src/core/io/problems.ts";
import { projectSchema, type Project } from "../../../../src/core/model/schema.ts";

const roundTrip = (project: Project) => unwrap(importGraphml(exportGraphml(project)));

/** A small project with every field, every attribute type and awkward text. */
const tricky: Project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  meta: { title: "Tricky <&> \"'", created: "2024-01-01T09:00:00Z", modified: "2024-02-01T10:00:00Z", source: "hand-built", attributes: { name: "other name", year: 2024, pilot: true, recovery_networks: "not the project data" } },
  nodes: [
    { id: "p&1", label: "Zoë <&> \"quoted\" 'single'", kind: "service_user", start: "2024-01-01", end: "2024-12-31", use_status: "in_recovery", x: -0, y: 1.5e-7, attributes: { age: 34, score: 0.1, member: true, note: "__proto__", code: "007", mixed: 1, label: "an attribute called label", kind: "client" } },
    { id: "g 2", label: "", kind: "group", group_type: "mutual_aid", recovery_oriented: false, attributes: { mixed: "one", note: "  spaced  ", lines: "a\r\nb\tc\nd", emoji: "☕ 𝄞" } },
    { id: "__proto___1", label: "constructor", kind: "peer_mentor", attributes: { "Use Status": "an attribute, not the field", "prototype ": "x" } },
  ],
  ties: [
    { id: "t<1>", source: "p&1", target: "g 2", type: "membership", valence: "supportive", strength: 5, directed: true, start: "2024-02-01", end: "2024-03-01", attributes: { weight: 2.5, since: 2019, ok: false, type: "attribute type" } },
    { id: "t2", source: "g 2", target: "__proto___1", type: "other", valence: "risk", strength: 1, directed: false, attributes: {} },
    { id: "__proto__", source: "__proto___1", target: "p&1", type: "peer_support", valence: "neutral", strength: 3, attributes: { mixed: true } },
  ],
  observations: [
    { subject: "p&1", date: "2024-01-01", measure: "barc10", value: 42 },
    { subject: "p&1", date: "2024-02-01", measure: "code", value: "007" },
    { subject: "__proto___1", date: "2024-03-01", measure: "review", value: true },
  ],
  waves: [{ id: "w0", label: "Baseline <&>", date: "2024-01-01" }],
});

describe("exportGraphml", () => {
  it("round-trips datasets/programme.json exactly", () => {
    const path = fileURLToPath(new URL("../../../../datasets/programme.json", import.meta.url));
    const programme = projectSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    expect(roundTrip(programme)).toEqual(programme);
  });

  it("round-trips every field, attribute types, field-named attributes, XML special characters, unicode and line breaks", () => {
    const back = roundTrip(tricky);
    expect(back).toEqual(tricky);
    expect(Object.is(back.nodes[0].x, -0)).toBe(true);
    expect(back.nodes[1].attributes.lines).toBe("a\r\nb\tc\nd");
  });

  it("round-trips through loadProject and exportProject, and a project with no ties", () => {
    const [file] = exportProject(tricky, "graphml");
    expect(file.name).toBe("project.graphml");
    expect(unwrap(loadProject([file]))).toEqual(tricky);
    const empty = projectSchema.parse({ format: "recovery-networks", version: 1, nodes: [], ties: [] });
    expect(roundTrip(empty)).toEqual(empty);
  });

  it("writes typed keys for the fields in use and for each attribute type, each its own attr.name, and no per-edge directed attribute", () => {
    const text = exportGraphml(tricky).text;
    expect(text).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<key id="e_strength" for="edge" attr.name="strength" attr.type="long"/>');
    expect(text).toContain('<key id="n0" for="node" attr.name="age" attr.type="long"/>');
    expect(text).toContain('<key id="n1" for="node" attr.name="score" attr.type="double"/>');
    expect(text).toContain('<key id="n2" for="node" attr.name="member" attr.type="boolean"/>');
    // One attr.name per key, so networkx and igraph keep every value: field-named and mixed-type attributes are renamed.
    expect(text.match(/attr\.name="mixed[^"]*"/g)).toEqual(['attr.name="mixed"', 'attr.name="mixed (string)"', 'attr.name="mixed"']);
    expect(text).toContain('attr.name="label (attribute)" attr.type="string"/>');
    expect(text).toContain('attr.name="Use Status (attribute)" attr.type="string"/>');
    expect(text).toContain('attr.name="recovery_networks (attribute)" attr.type="string"/>');
    expect(text).toContain('<graph id="G" edgedefault="undirected">');
    expect(text).not.toMatch(/<edge [^>]*directed=/);
    expect(text).toContain('<node id="p&amp;1">');
    expect(text).toContain('<edge id="t&lt;1&gt;" source="p&amp;1" target="g 2">');
  });

  it("says edgedefault=\"directed\" when every tie is directed", () => {
    const directed = { ...tricky, ties: tricky.ties.map((t) => ({ ...t, directed: true })) };
    expect(exportGraphml(directed).text).toContain('edgedefault="directed"');
    expect(roundTrip(directed)).toEqual(directed);
  });

  it("escapes text and attribute values, and replaces characters XML cannot hold", () => {
    expect(escapeText("a<&>\"'\r\u0001")).toBe("a&lt;&amp;&gt;\"'&#13;\uFFFD");
    expect(escapeAttribute('a"\t\n')).toBe("a&quot;&#9;&#10;");
  });
});
