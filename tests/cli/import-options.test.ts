// --map and --self-loops, as a user gives them to the command line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "rn-import-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("--map", () => {
  const dir = folder({
    "nodes.csv": "respondent,role\nr1,client\nr2,mentor\n",
    "ties.csv": "ego_ref,alter_ref,contacts\nr1,r2,4\n",
    "mapping.json": JSON.stringify({ nodes: { id: "respondent", kind: "role" }, ties: { source: "ego_ref", target: "alter_ref", weight: "contacts" }, kinds: { client: "service_user", mentor: "peer_mentor" } }),
    "bad-map.json": JSON.stringify({ ties: { sender: "ego_ref" } }),
  });

  it("reads a survey's own column names through the mapping file", async () => {
    const run = await runCli("summary", join(dir, "nodes.csv"), join(dir, "ties.csv"), "--map", join(dir, "mapping.json"), "--format", "json");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out);
    expect([summary.nodes, summary.ties]).toEqual([2, 1]);
  });

  it("without it, says which columns are missing and how to map them, exit 1", async () => {
    const run = await runCli("validate", join(dir, "nodes.csv"), join(dir, "ties.csv"));
    expect(run.code).toBe(1);
    expect(run.err).toContain('no "id" column (found "respondent", "role"');
    expect(run.err).toContain("--map mapping.json");
  });

  it("refuses a mapping naming a target that is not a field, with the targets allowed, exit 2", async () => {
    const run = await runCli("validate", dir, "--map", join(dir, "bad-map.json"));
    expect(run.code).toBe(2);
    expect(run.err).toContain('bad-map.json: ties: "sender" is not one of the names a mapping takes');
    expect(run.err).toContain("tie targets: id, source, target, type, valence, strength, directed, start, end, weight, year, interval");
  });
});

describe("--self-loops and validate's exit codes", () => {
  const dir = folder({ "nodes.csv": "id\na\nb\n", "ties.csv": "source,target\na,b\na,a\n" });
  it("drops a self-loop with a warning and exits 0 by default", async () => {
    const run = await runCli("validate", dir);
    expect([run.code, run.out]).toEqual([0, `ok: 2 nodes, 1 ties, 1 warning (${join(dir, "nodes.csv")}, ${join(dir, "ties.csv")})`]);
    expect(run.err).toContain("1 tie links a node to itself and was left out");
  });
  it("refuses it with --self-loops refuse and exits 1", async () => {
    const run = await runCli("validate", dir, "--self-loops", "refuse");
    expect(run.code).toBe(1);
    expect(run.err).toContain('ties.csv, row 3, column "target": tie "t2" links node "a" to itself');
  });
});

describe("--self-loops in every format (tests/fixtures/self-loops/)", () => {
  const fixtures = fileURLToPath(new URL("../fixtures/self-loops/", import.meta.url));
  /** Each fixture with the nodes and ties left once its self-loop is dropped. */
  const KEPT: Record<string, [number, number]> = {
    csv: [2, 1],
    ego: [3, 3],
    "matrix.csv": [3, 2],
    "self-loop.dl": [2, 1],
    "self-loop.gexf": [1, 0],
    "self-loop.graphml": [1, 0],
    "self-loop.json": [1, 0],
    "self-loop.net": [2, 1],
  };
  it.each(Object.entries(KEPT))("%s: validate drops it with a warning and exits 0; with --self-loops refuse exits 1 naming it", async (name, [nodes, ties]) => {
    const inputs = [join(fixtures, name)];
    const dropped = await runCli("validate", ...inputs);
    expect(dropped.code).toBe(0);
    expect(dropped.out).toMatch(new RegExp(`^ok: ${nodes} nodes, ${ties} ties, \\d warnings?`));
    expect(dropped.err).toContain("1 tie links a node to itself and was left out");
    const refused = await runCli("validate", ...inputs, "--self-loops", "refuse");
    expect(refused.code).toBe(1);
    expect(refused.err.split("\n").filter((l) => l.includes("to itself"))).toHaveLength(1);
    expect(refused.err).toMatch(/links node "[^"]+" to itself\. Remove the self-tie/);
  });
});

describe("--graph", () => {
  const bad = fileURLToPath(new URL("../fixtures/bad/graphml-two-graphs.graphml", import.meta.url));
  it("without it, a GraphML file of several graphs is refused with their ids and --graph named, exit 1", async () => {
    const run = await runCli("validate", bad);
    expect(run.code).toBe(1);
    expect(run.err).toContain('holds 2 <graph> elements (1. "first": 1 node, 0 edges; 2. "second": 1 node, 0 edges)');
    expect(run.err).toContain("--graph with its id or number (--graph first)");
  });
  it("reads the graph named by id or number, with a warning for the other", async () => {
    const byId = await runCli("summary", bad, "--graph", "second", "--format", "json");
    expect([byId.code, JSON.parse(byId.out).nodes]).toEqual([0, 1]);
    expect(byId.err).toContain('graph 2 ("second") was read and the other was left out ("first")');
    const byNumber = await runCli("validate", bad, "--graph", "1");
    expect([byNumber.code, byNumber.out]).toEqual([0, `ok: 1 nodes, 0 ties, 1 warning (${bad})`]);
  });
  it("refuses an empty --graph as a usage error, exit 2", async () => {
    expect((await runCli("validate", bad, "--graph", " ")).code).toBe(2);
  });
});

describe("a folder of ego-network survey files", () => {
  const egor = fileURLToPath(new URL("../fixtures/cases/17-egor-ego-networks/", import.meta.url));
  it("is read as the page's Open folder reads it: egor's egos.csv, alters.csv and aaties.csv, 7 nodes", async () => {
    const run = await runCli("summary", egor, "--format", "json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).nodes).toBe(7);
  });
  it("a folder whose CSV files are neither a project nor ego data is refused, saying both", async () => {
    const dir = folder({ "scores.csv": "name,score\nann,3\n" });
    const run = await runCli("validate", dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain("is a folder with no nodes.csv or ties.csv");
    expect(run.err).toContain("are not ego-network survey data");
  });
});
