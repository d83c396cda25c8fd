// The import cases from the field that are about formats (tests/fixtures/cases/, copied from the
// shared cases with their README's right result): GEXF time, undeclared GEXF attributes, GEXF
// weights written back, Pajek, egor ego networks, nested GraphML data and yEd groups. Each case
// is loaded twice — through the page's open code (File objects → readFiles → importWithMapping) and
// through the command line (`convert --to json`) — and both must give the same project and the
// same warnings, which must be the right result.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportJson } from "../../../../src/core/io/json.ts";
import { formatProblem, type Problem } from "../../../../src/core/io/problems.ts";
import { networkSize } from "../../../../src/core/metrics/recovery/networkSize.ts";
import { egoDensity } from "../../../../src/core/metrics/recovery/egoDensity.ts";
import type { Project } from "../../../../src/core/model/schema.ts";
import { isActiveAt, snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { openAsPage } from "./pagePath.ts";
import { runCli } from "../../../cli/runCli.ts";

const CASES = fileURLToPath(new URL("../../../fixtures/cases/", import.meta.url));

/** The files of a case: one file, or every file of a folder (not its subfolders). */
function paths(name: string): string[] {
  const path = join(CASES, name);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => statSync(join(path, f)).isFile()).sort().map((f) => join(path, f));
}

/** Loads through the page: the bytes as File objects, read and imported by src/ui/open. */
async function viaPage(files: string[]): Promise<{ project: Project; warnings: string[] }> {
  const result = await openAsPage(files);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return { project: result.project, warnings: result.warnings.map((w: Problem) => formatProblem(w)) };
}

/** Loads through the command line: `convert <files> --to json --out <tmp>`, then the JSON written. */
async function viaCli(files: string[]): Promise<{ project: Project; warnings: string[] }> {
  const out = join(mkdtempSync(join(tmpdir(), "rn-cases-")), "out.json");
  const run = await runCli("convert", ...files, "--to", "json", "--out", out);
  if (run.code !== 0) throw new Error(run.err);
  const warnings = run.err.split("\n").filter((l) => l.startsWith("warning: ")).map((l) => l.slice("warning: ".length));
  return { project: JSON.parse(readFileSync(out, "utf8")) as Project, warnings };
}

/** Both paths; they must agree (the CLI names files by their path, the page by their name). */
async function load(name: string, only?: string[]): Promise<{ project: Project; warnings: string[] }> {
  const files = only ? only.map((f) => join(CASES, name, f)) : paths(name);
  const page = await viaPage(files);
  const cli = await viaCli(files);
  expect(JSON.parse(exportJson(page.project).text)).toEqual(cli.project);
  const strip = (lines: string[]) => lines.map((l) => l.split(CASES).join("").replace(/^[^,:]*\//, ""));
  expect(strip(cli.warnings)).toEqual(strip(page.warnings));
  return page;
}

const ties = (p: Project, date: string) => p.ties.filter((t) => isActiveAt(t, date) && [t.source, t.target].every((id) => isActiveAt(p.nodes.find((n) => n.id === id)!, date)));

describe("import cases about formats, through the page and the command line", () => {
  it("08: GEXF 1.3 timestamps — u1 and r1 on 2018-02-25 and 2018-03-02 only, no tie on 2018-02-28", async () => {
    const { project, warnings } = await load("08-gexf13-datetime-timestamps.gexf");
    const r1 = project.ties.filter((t) => t.id.startsWith("r1"));
    expect(r1.map((t) => [t.start, t.end])).toEqual([["2018-02-25", "2018-02-26"], ["2018-03-02", "2018-03-03"]]);
    expect(ties(project, "2018-02-25").map((t) => t.id)).toEqual(["r1-s1", "r2"]);
    expect(ties(project, "2018-02-28")).toEqual([]);
    expect(ties(project, "2018-03-02").map((t) => t.id)).toEqual(["r1-s2"]);
    expect(ties(project, "2018-03-03")).toEqual([]);
    // u1 exists on its two days only: two spells, start and end their hull for readers that know no spells.
    const u1 = project.nodes.find((n) => n.id === "u1")!;
    expect([u1.start, u1.end, u1.spells]).toEqual([
      "2018-02-25",
      "2018-03-03",
      [
        { start: "2018-02-25", end: "2018-02-26" },
        { start: "2018-03-02", end: "2018-03-03" },
      ],
    ]);
    expect(u1.attributes).toEqual({});
    const present = (date: string) => snapshotAt(project, date).nodes().sort();
    expect(present("2018-02-25")).toEqual(["u1", "u2", "u3"]);
    expect(present("2018-02-28")).toEqual(["u2", "u3"]);
    expect(present("2018-03-02")).toEqual(["u1", "u2", "u3"]);
    expect(present("2018-03-03")).toEqual(["u2", "u3"]);
    expect(snapshotAt(project, "2018-02-28").size).toBe(0);
    // Only the times of day are lost, and said; u1's spells lose nothing.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("carry a time of day (2018-02-25T03:44:34 …)");
  });

  it("11: Gephi 0.9.3's undeclared attributes load, each named in a warning; weight is the tie's weight", async () => {
    const { project, warnings } = await load("11-gexf-undeclared-attvalue.gexf");
    expect(project.nodes.map((n) => n.attributes.modularity_class)).toEqual([1, 0]);
    expect(project.ties[0].attributes.weight).toBe(2);
    expect(project.meta.weight).toBe("weight");
    expect(warnings.map((w) => /attribute "(\w+)" is used/.exec(w)?.[1])).toEqual(["modularity_class", "weight"]);
  });

  it("16: Pajek .net — 4 nodes Ash, Birch, Cedar, Dogwood; 3 ties with weights 1, 2, 1", async () => {
    const { project, warnings } = await load("16-pajek");
    expect(project.nodes.map((n) => [n.id, n.label])).toEqual([["Ash", "Ash"], ["Birch", "Birch"], ["Cedar", "Cedar"], ["Dogwood", "Dogwood"]]);
    expect(project.ties.map((t) => [t.source, t.target, t.attributes.weight, t.directed])).toEqual([
      ["Ash", "Birch", 1, false],
      ["Ash", "Cedar", 2, false],
      ["Cedar", "Dogwood", 1, false],
    ]);
    expect(project.meta.weight).toBe("weight");
    expect(warnings).toEqual([]);
  });

  it("17: egor's three files — 2 egos, 5 alters distinct per ego (7 nodes), 3 alter–alter ties, ego attributes, ego measures", async () => {
    const { project, warnings } = await load("17-egor-ego-networks");
    expect(project.nodes).toHaveLength(7);
    expect(project.nodes.filter((n) => n.attributes.ego === true).map((n) => [n.id, n.kind, n.attributes.sex, n.attributes.age])).toEqual([
      ["E1", "service_user", "w", 34],
      ["E2", "service_user", "m", 51],
    ]);
    expect(project.nodes.filter((n) => n.attributes.ego_id !== undefined).map((n) => n.id)).toEqual(["E1/1", "E1/2", "E1/3", "E2/1", "E2/2"]);
    const amongAlters = project.ties.filter((t) => t.source !== "E1" && t.source !== "E2");
    expect(amongAlters.map((t) => [t.source, t.target, t.attributes.weight])).toEqual([
      ["E1/1", "E1/2", 1],
      ["E1/2", "E1/3", 2],
      ["E2/1", "E2/2", 1],
    ]);
    expect(project.ties.filter((t) => t.source === "E1").map((t) => [t.target, t.type])).toEqual([["E1/1", "family"], ["E1/2", "friend"], ["E1/3", "other"]]);
    // The ego measures apply: E1 has 3 alters, 2 of the 3 pairs tied; E2 has 2 alters, tied.
    const graph = snapshotAt(project);
    expect([networkSize.value("E1", graph, {}, {} as never), networkSize.value("E2", graph, {}, {} as never)]).toEqual([3, 2]);
    expect([egoDensity.value("E1", graph, {}, {} as never), egoDensity.value("E2", graph, {}, {} as never)]).toEqual([2 / 3, 1]);
    expect(warnings[0]).toContain("read as ego-network survey data: 2 egos, each tied to its alters; 5 alters, distinct per ego");
  });

  it("17 renamed: nodes.csv (ids repeat per ego, with egoID) and ties.csv read as the same ego networks", async () => {
    const { project } = await load("17-egor-ego-networks/renamed");
    const full = (await load("17-egor-ego-networks")).project;
    expect(project.nodes.filter((n) => n.attributes.ego_id !== undefined).map((n) => [n.id, n.attributes.relation, n.attributes.closeness])).toEqual(
      full.nodes.filter((n) => n.attributes.ego_id !== undefined).map((n) => [n.id, n.attributes.relation, n.attributes.closeness]),
    );
    expect(project.ties.map((t) => [t.source, t.target])).toEqual(full.ties.map((t) => [t.source, t.target]));
    // Without an egos file the egos have no attributes of their own.
    expect(project.nodes.filter((n) => n.attributes.ego === true).map((n) => n.attributes)).toEqual([{ ego: true }, { ego: true }]);
  });

  it("22: nested XML in <data> is its trimmed inner text, with one warning", async () => {
    const { project, warnings } = await load("22-graphml-nested-xml-data.graphml");
    expect(project.nodes.map((n) => n.attributes.MaltegoEntity)).toEqual(["Alex Example", "alex@example.org"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("3 values hold nested XML (as Maltego writes its entities); each was flattened to its trimmed inner text");
  });

  it("23: yEd group nodes flatten — the group a node of kind group with membership ties, 4 nodes, one message", async () => {
    const { project, warnings } = await load("23-graphml-yed-group-nodes.graphml");
    expect(project.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["n0", "Tuesday café", "group"],
      ["n0::n0", "Rowan", "community_member"],
      ["n0::n1", "Sasha", "community_member"],
      ["n1", "Key worker", "community_member"],
    ]);
    expect(project.ties.map((t) => [t.source, t.target, t.type])).toEqual([
      ["n0::n0", "n0::n1", "other"],
      ["n1", "n0::n0", "other"],
      ["n0::n0", "n0", "membership"],
      ["n0::n1", "n0", "membership"],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('1 group node ("n0") holds a nested graph, as yEd writes groups; the groups were flattened');
    expect(warnings[0]).not.toContain("n0::n0");
  });

  const PYTHON = "/usr/bin/python3";
  const hasNetworkx = spawnSync(PYTHON, ["-c", "import networkx"]).status === 0;
  it.skipIf(!hasNetworkx)("20: convert --to gexf --gexf-version 1.2, read by networkx, gives the weights 12, 0.5, 3", async () => {
    const file = join(CASES, "20-gexf-weighted-roundtrip.gexf");
    await load("20-gexf-weighted-roundtrip.gexf");
    const out = join(mkdtempSync(join(tmpdir(), "rn-case20-")), "out.gexf");
    expect((await runCli("convert", file, "--to", "gexf", "--gexf-version", "1.2", "--out", out)).code).toBe(0);
    const read = spawnSync(PYTHON, ["-c", `import networkx as nx; g = nx.read_gexf(${JSON.stringify(out)}); print([g.edges[e]["weight"] for e in g.edges])`], { encoding: "utf8" });
    expect(read.stdout.trim()).toBe("[12.0, 0.5, 3.0]");
  });
});
