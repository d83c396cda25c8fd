// The networkx 2.8 fixtures (tests/fixtures/gexf/networkx-*.gexf): every node, edge and attribute
// networkx reads back is imported, and snapshots have networkx's counts at every checked date.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../../../src/core/io/gexf/import.ts";
import { formatProblem, type ImportResult } from "../../../../src/core/io/problems.ts";
import { addDays } from "../../../../src/core/model/dates.ts";
import type { Node, Project, Tie } from "../../../../src/core/model/schema.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { NODE_KINDS } from "../../../../src/core/model/vocabulary.ts";

const dir = fileURLToPath(new URL("../../../fixtures/gexf/", import.meta.url));
const fixtures = readdirSync(dir).filter((n) => n.startsWith("networkx-") && n.endsWith(".gexf"));

type Value = string | number | boolean | null | Value[];
interface Expected {
  directed: boolean;
  node_default: Record<string, Value>;
  nodes: ({ id: string } & Record<string, Value>)[];
  edges: ({ source: string; target: string; id: string } & Record<string, Value>)[];
  counts?: { date: string; nodes: number; ties: number }[];
}

function load(name: string): { project: Project; expected: Expected; years: boolean } {
  const result: ImportResult = importGexf({ name, text: readFileSync(dir + name, "utf8") });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const expected = JSON.parse(readFileSync(dir + name.replace(".gexf", ".expected.json"), "utf8")) as Expected;
  return { project: result.project, expected, years: name.includes("years") };
}

/** A networkx time as the model's start, and a closed networkx end as the model's exclusive end. */
const start = (t: Value, years: boolean) => (years ? `${t}-01-01` : String(t));
const end = (t: Value, years: boolean) => (years ? `${Number(t) + 1}-01-01` : addDays(String(t), 1));
const open = (t: Value | undefined) => t === undefined || t === null || t === "None";

const NODE_FIELDS = new Set(["group_type", "recovery_oriented", "use_status"]);
const TIE_FIELDS = new Set(["valence", "strength"]);

function checkNode(node: Node, expected: Expected["nodes"][number], defaults: Expected["node_default"], project: Project, years: boolean): void {
  const attributes: Record<string, Value> = {};
  for (const [key, value] of Object.entries(expected)) {
    if (key === "id" || key === "label") continue;
    if (key === "start") expect(node.start).toBe(start(value, years));
    else if (key === "end") expect(node.end).toBe(end(value, years));
    else if (key === "spells" || key === "slices") {
      const spells = value as [Value, Value][];
      expect(node.start).toBe(spells.some(([s]) => open(s)) ? undefined : start(spells.map(([s]) => s).sort()[0], years));
      expect(node.end).toBe(spells.some(([, e]) => open(e)) ? undefined : end(spells.map(([, e]) => e).sort().pop()!, years));
    } else if (Array.isArray(value)) {
      // A dynamic value: one observation per (value, start, end).
      for (const [v, s] of value as [Value, Value][]) expect(project.observations).toContainEqual({ subject: node.id, date: start(s, years), measure: key, value: v });
    } else if (key === "kind") {
      const word = String(value).replace(/ /g, "_");
      if ((NODE_KINDS as readonly string[]).includes(word)) expect(node.kind).toBe(word);
      else expect([node.kind, node.attributes.kind]).toEqual(["community_member", value]);
      if (!(NODE_KINDS as readonly string[]).includes(word)) attributes.kind = value;
    } else if (NODE_FIELDS.has(key)) expect(node[key as keyof Node]).toBe(value);
    else attributes[key] = value;
  }
  for (const [key, value] of Object.entries(defaults)) if (!(key in expected)) attributes[key] = value;
  const { spells, ...kept } = node.attributes;
  expect(kept).toEqual(attributes);
  expect(spells === undefined || typeof spells === "string").toBe(true);
}

function checkEdge(ties: Tie[], expected: Expected["edges"][number], directed: boolean, years: boolean): void {
  const spells = (expected.spells ?? expected.slices) as [Value, Value][] | undefined;
  expect(ties.map((t) => t.id)).toEqual(spells ? spells.map((_, k) => `${expected.id}-s${k + 1}`) : [expected.id]);
  ties.forEach((tie, k) => {
    const ends = [tie.source, tie.target];
    expect(directed ? ends : ends.sort()).toEqual(directed ? [expected.source, expected.target] : [expected.source, expected.target].sort());
    expect(tie.directed).toBe(directed ? true : undefined);
    const [s, e] = spells ? spells[k] : [expected.start, expected.end];
    expect(tie.start).toBe(open(s) ? undefined : start(s!, years));
    expect(tie.end).toBe(open(e) ? undefined : end(e!, years));
    const attributes: Record<string, Value> = {};
    for (const [key, value] of Object.entries(expected)) {
      if (["source", "target", "id", "start", "end", "spells", "slices"].includes(key)) continue;
      if (TIE_FIELDS.has(key)) expect(tie[key as keyof Tie]).toBe(value);
      else if (key === "weight" && value === expected.strength) continue;
      else attributes[key] = value;
    }
    expect(tie.attributes).toEqual(attributes);
  });
}

describe("importGexf on networkx 2.8 files", () => {
  it("has the fixtures", () => {
    expect(fixtures).toEqual([
      "networkx-dynamic-dates-1.1.gexf",
      "networkx-dynamic-dates.gexf",
      "networkx-dynamic-years.gexf",
      "networkx-static-directed.gexf",
      "networkx-static-undirected-1.1.gexf",
      "networkx-static-undirected.gexf",
    ]);
  });

  it.each(fixtures)("%s: every node, edge and attribute networkx reads", (name) => {
    const { project, expected, years } = load(name);
    expect(project.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    for (const [i, n] of expected.nodes.entries()) {
      expect(project.nodes[i].label).toBe(n.label ?? n.id);
      checkNode(project.nodes[i], n, expected.node_default, project, years);
    }
    const dynamicValues = expected.nodes.flatMap((n) => Object.entries(n).filter(([k, v]) => k !== "spells" && k !== "slices" && Array.isArray(v)).flatMap(([, v]) => v as Value[]));
    expect(project.observations).toHaveLength(dynamicValues.length);
    const tieCount = expected.edges.reduce((sum, e) => sum + ((e.spells ?? e.slices) as Value[] | undefined ?? [0]).length, 0);
    expect(project.ties).toHaveLength(tieCount);
    for (const e of expected.edges) {
      checkEdge(project.ties.filter((t) => t.id === e.id || t.id.startsWith(`${e.id}-s`)), e, expected.directed, years);
    }
  });

  it.each(fixtures.filter((n) => n.includes("dynamic")))("%s: snapshots have networkx's node and tie counts at every date", (name) => {
    const { project, expected } = load(name);
    expect(expected.counts!.length).toBeGreaterThanOrEqual(7);
    const counts = expected.counts!.map(({ date }) => {
      const graph = snapshotAt(project, date);
      return { date, nodes: graph.order, ties: graph.size };
    });
    expect(counts).toEqual(expected.counts);
  });

  it("reads a node's gapped spells as its spells (start and end their hull), with no warning", () => {
    const result = importGexf({ name: "d.gexf", text: readFileSync(dir + "networkx-dynamic-dates.gexf", "utf8") });
    if (!result.ok) throw new Error("not imported");
    const c = result.project.nodes.find((n) => n.id === "c")!;
    expect(c).toMatchObject({
      start: "2012-01-01",
      end: "2012-10-01",
      spells: [
        { start: "2012-01-01", end: "2012-04-01" },
        { start: "2012-07-01", end: "2012-10-01" },
      ],
      attributes: { hub: "Maidstone" },
    });
    // f's two spells touch ([…, 05-01) and [05-01, …)): one interval, no attribute, no warning.
    expect(result.project.nodes.find((n) => n.id === "f")).toEqual({ id: "f", label: "Flo", kind: "community_member", start: "2012-02-01", attributes: { hub: "Dover" } });
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });
});
