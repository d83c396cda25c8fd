// --map and --self-loops, as a user gives them to the command line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    expect(run.err).toContain('the tie links node "a" to itself');
  });
});
