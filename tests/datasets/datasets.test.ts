// Every file under datasets/ is checked here: the synthetic programme against the project schema
// and the rules between records (and against the generator, so a stale file fails), the classic
// GraphML files against the counts and attributes of the published datasets.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/core/io/load.ts";
import { unwrap } from "../../src/core/io/problems.ts";
import { generateProgramme } from "../../src/core/generate/programme.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
import { jsonLocator, semanticProblems } from "../../src/core/model/validate.ts";

const ROOT = fileURLToPath(new URL("../../datasets", import.meta.url));
/** The CSV example of docs/data-format.md, in the order the document shows it. */
const EXAMPLE_CSV = ["nodes.csv", "ties.csv", "observations.csv", "waves.csv"];

function datasetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? datasetFiles(join(dir, entry.name)) : /\.(json|graphml|gexf|csv)$/.test(entry.name) ? [relative(ROOT, join(dir, entry.name))] : []);
}

/** The published size and attributes of each classic dataset. */
const CLASSIC: Record<string, { nodes: number; edges: number; nodeKeys: string[]; edgeKeys: string[] }> = {
  "classic/karate.graphml": { nodes: 34, edges: 78, nodeKeys: ["club"], edgeKeys: ["weight"] },
  "classic/florentine.graphml": { nodes: 15, edges: 20, nodeKeys: [], edgeKeys: [] },
  "classic/davis.graphml": { nodes: 32, edges: 89, nodeKeys: ["bipartite", "kind"], edgeKeys: [] },
  "classic/lesmis.graphml": { nodes: 77, edges: 254, nodeKeys: [], edgeKeys: ["weight"] },
};

function readGraphml(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, file), "utf8"), "text/xml");
  const elements = (name: string) => Array.from(doc.getElementsByTagName(name)) as Element[];
  const keys = new Map(elements("key").map((k) => [k.getAttribute("id")!, { name: k.getAttribute("attr.name")!, for: k.getAttribute("for")! }]));
  /** The value of attribute `name` on each node or edge. */
  const values = (tag: "node" | "edge", name: string) =>
    elements(tag).map((el) => {
      const data = (Array.from(el.getElementsByTagName("data")) as Element[]).find((d) => keys.get(d.getAttribute("key")!)?.name === name);
      return data?.textContent ?? undefined;
    });
  const keyNames = (forWhat: string) => [...keys.values()].filter((k) => k.for === forWhat).map((k) => k.name).sort();
  return { nodes: elements("node"), edges: elements("edge"), values, keyNames, graph: elements("graph")[0] };
}

describe("datasets/", () => {
  it("holds exactly the datasets this test knows, so a new one cannot go unchecked", () => {
    expect(datasetFiles(ROOT).sort()).toEqual(["programme.json", ...Object.keys(CLASSIC), ...EXAMPLE_CSV.map((f) => `example-csv/${f}`)].sort());
  });

  it("example-csv/ is the example of docs/data-format.md, and loads as a project", () => {
    const doc = readFileSync(fileURLToPath(new URL("../../docs/data-format.md", import.meta.url)), "utf8");
    const blocks = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toEqual(EXAMPLE_CSV.map((f) => readFileSync(join(ROOT, "example-csv", f), "utf8")));
    const project = unwrap(loadProject(EXAMPLE_CSV.map((f) => ({ name: f, text: readFileSync(join(ROOT, "example-csv", f), "utf8") }))));
    expect([project.nodes.length, project.ties.length, project.observations.length, project.waves.length]).toEqual([4, 3, 2, 2]);
    expect(project.nodes[0]).toMatchObject({ id: "su1", start: "2024-04-01", use_status: "in_recovery", attributes: { housing: "supported" } });
  });

  it("programme.json is a valid project, exactly what `generate programme --seed 2012` writes", () => {
    const text = readFileSync(join(ROOT, "programme.json"), "utf8");
    const parsed = projectSchema.safeParse(JSON.parse(text));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    if (!parsed.success) return;
    expect(semanticProblems(parsed.data, jsonLocator("datasets/programme.json"))).toEqual([]);
    // Stale after a generator change: regenerate with the command in datasets/README.md.
    expect(text).toBe(`${JSON.stringify(generateProgramme({ seed: 2012 }))}\n`);
    expect(text.length).toBeLessThan(2_000_000);
  });

  for (const [file, expected] of Object.entries(CLASSIC)) {
    it(`${file} has ${expected.nodes} nodes, ${expected.edges} undirected edges and its attributes`, () => {
      const g = readGraphml(file);
      expect(g.graph.getAttribute("edgedefault")).toBe("undirected");
      expect(g.nodes).toHaveLength(expected.nodes);
      expect(g.edges).toHaveLength(expected.edges);
      expect(new Set(g.nodes.map((n) => n.getAttribute("id"))).size).toBe(expected.nodes);
      expect(g.keyNames("node")).toEqual(expected.nodeKeys);
      expect(g.keyNames("edge")).toEqual(expected.edgeKeys);
    });
  }

  it("karate: 17 members in each faction; tie weights sum to 231", () => {
    const g = readGraphml("classic/karate.graphml");
    const clubs = g.values("node", "club");
    expect(clubs.filter((c) => c === "Mr. Hi")).toHaveLength(17);
    expect(clubs.filter((c) => c === "Officer")).toHaveLength(17);
    expect(g.values("edge", "weight").reduce((s, w) => s + Number(w), 0)).toBe(231);
  });

  it("davis: 18 women (bipartite 0, community_member) and 14 events (bipartite 1, group)", () => {
    const g = readGraphml("classic/davis.graphml");
    const pairs = g.values("node", "bipartite").map((b, i) => `${b}:${g.values("node", "kind")[i]}`);
    expect(pairs.filter((p) => p === "0:community_member")).toHaveLength(18);
    expect(pairs.filter((p) => p === "1:group")).toHaveLength(14);
  });

  it("lesmis: Valjean co-appears with 36 characters; weights sum to 820", () => {
    const g = readGraphml("classic/lesmis.graphml");
    expect(g.edges.filter((e) => e.getAttribute("source") === "Valjean" || e.getAttribute("target") === "Valjean")).toHaveLength(36);
    expect(g.values("edge", "weight").reduce((s, w) => s + Number(w), 0)).toBe(820);
  });

  for (const [file, expected] of Object.entries(CLASSIC)) {
    it(`${file} loads through the GraphML importer with every node, tie and attribute`, () => {
      const project = unwrap(loadProject([{ name: file, text: readFileSync(join(ROOT, file), "utf8") }]));
      expect([project.nodes.length, project.ties.length]).toEqual([expected.nodes, expected.edges]);
      // Davis's `kind` is the model's kind, so it is a field rather than an attribute.
      const nodeKeys = new Set(project.nodes.flatMap((n) => Object.keys(n.attributes)));
      expect([...nodeKeys].sort()).toEqual(expected.nodeKeys.filter((k) => k !== "kind"));
      expect([...new Set(project.ties.flatMap((t) => Object.keys(t.attributes)))].sort()).toEqual(expected.edgeKeys);
    });
  }
});
