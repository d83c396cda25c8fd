// Tie weights through every format: Zachary's karate club (networkx's `weight`) gives networkx's
// weighted degree as strength, and networkx 2.8 reads the same weights back from the tool's GEXF
// 1.2 and GraphML (tests/fixtures/weights/, written by scripts/fixtures/make_weight_fixtures.py);
// a recovery project, an attribute weight and no weight each survive import(export(p)).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/core/io/csv/export.ts";
import { importCsv } from "../../../src/core/io/csv/import.ts";
import { exportGexf } from "../../../src/core/io/gexf/export.ts";
import { importGexf } from "../../../src/core/io/gexf/import.ts";
import { exportGraphml } from "../../../src/core/io/graphml/export.ts";
import { importGraphml } from "../../../src/core/io/graphml/import.ts";
import { exportJson, importJson } from "../../../src/core/io/json.ts";
import { unwrap } from "../../../src/core/io/problems.ts";
import { computeStructural } from "../../../src/core/metrics/structural/index.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";
import { snapshotAt } from "../../../src/core/model/snapshot.ts";
import { withWeight } from "../../../src/core/model/weight.ts";

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const karateFile = { name: "karate.graphml", text: read("../../../datasets/classic/karate.graphml") };
const fixtures = "../../fixtures/weights/";
interface Weights {
  degree: Record<string, number>;
  edges: Record<string, number | null>;
}
const expected = JSON.parse(read(`${fixtures}karate.expected.json`)) as { source: Weights; gexf: Weights; graphml: Weights };

const strengths = (project: Project) => Object.fromEntries([...computeStructural(snapshotAt(project), { node: ["strength"] }).nodes].map(([id, v]) => [id, v.strength]));

describe("Zachary's karate club", () => {
  const karate = unwrap(importGraphml(karateFile));

  it("is weighed by networkx's weight: strength of node 33 is 48, every node as networkx's weighted degree", () => {
    expect(karate.meta.weight).toBe("weight");
    const strength = strengths(karate);
    expect(strength["33"]).toBe(48);
    expect(strength).toEqual(expected.source.degree);
  });

  it("exports GEXF 1.2 and GraphML as the fixtures networkx read (export again if this fails: see the script)", () => {
    expect(exportGexf(karate, { version: "1.2draft", name: "karate.gexf" }).text).toBe(read(`${fixtures}karate.gexf`));
    expect(exportGraphml(karate, "karate.graphml").text).toBe(read(`${fixtures}karate.graphml`));
  });

  it("reads back in networkx with the same weights and weighted degrees (48 at node 33)", () => {
    for (const format of ["gexf", "graphml"] as const) {
      expect(expected[format].degree["33"]).toBe(48);
      expect(expected[format].degree).toEqual(expected.source.degree);
      expect(expected[format].edges).toEqual(expected.source.edges);
    }
  });

  it("comes back from each format as the same project with the same strengths", () => {
    for (const [file, load] of [["karate.gexf", importGexf], ["karate.graphml", importGraphml]] as const) {
      const again = unwrap(load({ name: file, text: read(`${fixtures}${file}`) }));
      expect(again).toEqual(karate);
      expect(strengths(again)).toEqual(expected.source.degree);
    }
  });
});

/** A recovery project whose ties also carry an attribute named `weight` and another numeric one. */
const project: Project = projectSchema.parse({
  format: "recovery-networks",
  version: 2,
  meta: { title: "w" },
  nodes: ["a", "b", "c"].map((id) => ({ id, label: id, kind: "friend" })),
  ties: [
    { id: "t1", source: "a", target: "b", type: "friend", valence: "supportive", strength: 4, attributes: { weight: 0.5, count: 2 } },
    { id: "t2", source: "b", target: "c", type: "family", valence: "neutral", strength: 2, attributes: { weight: 7 } },
  ],
});

/** The `weight=` of each edge element of a GEXF text. */
const gexfWeights = (text: string) => [...text.matchAll(/<edge [^>]*>/g)].map((m) => / weight="([^"]*)"/.exec(m[0])?.[1]);

describe("a tie's own weight as the format's weight", () => {
  it("GEXF writes weight= from the chosen weight, none when a tie has none, and reads each choice back", () => {
    expect(gexfWeights(exportGexf(project).text)).toEqual(["4", "2"]);
    expect(gexfWeights(exportGexf(withWeight(project, "weight")).text)).toEqual(["0.5", "7"]);
    // t2 has no count but an attribute weight, which networkx must not take for the weight.
    expect(gexfWeights(exportGexf(withWeight(project, "count")).text)).toEqual(["2", "1"]);
    expect(gexfWeights(exportGexf(withWeight(project, null)).text)).toEqual(["1", "1"]);
    const plain = { ...project, ties: project.ties.map((t) => ({ ...t, attributes: {} })) };
    expect(gexfWeights(exportGexf(withWeight(plain, null)).text)).toEqual([undefined, undefined]);
    for (const weight of ["strength", "weight", "count", null]) {
      const p = withWeight(project, weight);
      expect(unwrap(importGexf(exportGexf(p)))).toEqual(p);
    }
  });

  it("GraphML names the chosen weight `weight` (the attribute weight itself, or a copy the importer skips), and reads each choice back", () => {
    const strength = exportGraphml(project).text;
    expect(strength).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="long"/>');
    expect(strength).toContain('attr.name="weight (attribute)"');
    const own = exportGraphml(withWeight(project, "weight")).text;
    expect(own).not.toContain("e_weight");
    expect(own).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(exportGraphml(withWeight(project, null)).text).not.toContain('attr.name="weight"');
    for (const weight of ["strength", "weight", "count", null]) {
      const p = withWeight(project, weight);
      expect(unwrap(importGraphml(exportGraphml(p)))).toEqual(p);
    }
  });

  it("JSON keeps every choice, null included", () => {
    for (const weight of ["strength", "weight", "count", null]) {
      const p = withWeight(project, weight);
      expect(unwrap(importJson(exportJson(p)))).toEqual(p);
    }
  });

  it("CSV keeps the weight by column: strength, a weight column, or none (no strength column when all are the default)", () => {
    const csv = (p: Project) => unwrap(importCsv(exportCsv(p)));
    const noWeightColumn = { ...project, ties: project.ties.map((t) => ({ ...t, attributes: { count: 1 } })) };
    expect(csv(noWeightColumn)).toEqual({ ...noWeightColumn, meta: { title: "Untitled project", weight: "strength", attributes: {} } });
    expect(csv(withWeight(project, "weight")).meta.weight).toBe("weight");
    const generic = withWeight({ ...project, ties: project.ties.map((t) => ({ ...t, strength: 3, attributes: {} })) }, null);
    expect(exportCsv(generic)[1].text.split(/\r?\n/)[0]).toBe("id,source,target,type,valence");
    expect(csv(generic).meta.weight).toBeNull();
    expect(csv(generic).ties).toEqual(generic.ties);
  });

  it("warns on import when ties have no numeric weight, naming the first", () => {
    const result = importGexf(exportGexf(withWeight(project, "count")));
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'the tie weight is `count`, and 1 of 2 ties have no numeric `count` (1 without it; the first is tie "t2"): each of those counts 1 in strength',
    ]);
  });
});
