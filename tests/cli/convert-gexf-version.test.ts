// `convert --to gexf --gexf-version 1.3|1.2`: GEXF 1.2draft for networkx 2, which cannot read
// 1.3; checked against Debian's networkx 2.8 when it is installed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/core/io/load.ts";
import { runCli } from "./runCli.ts";

const programme = fileURLToPath(new URL("../../datasets/programme.json", import.meta.url));

// Debian's python3-networkx (2.8) is the one that reads GEXF 1.2draft and not 1.3.
const PYTHON = "/usr/bin/python3";
const hasNetworkx = spawnSync(PYTHON, ["-c", "import networkx"]).status === 0;

/** The project `path` loads to through the tool's own loader. */
function load(path: string) {
  const result = loadProject([{ name: path, text: readFileSync(path, "utf8") }]);
  if (!result.ok) throw new Error(`${path} did not load: ${JSON.stringify(result.problems)}`);
  return result.project;
}

describe("recovery-networks convert --gexf-version", () => {
  const dir = mkdtempSync(join(tmpdir(), "rn-gexf-version-"));
  const v12 = join(dir, "programme-1.2.gexf");
  const v13 = join(dir, "programme-1.3.gexf");

  it("--gexf-version 1.2 writes GEXF 1.2draft that loads to the same project as GEXF 1.3", async () => {
    expect((await runCli("convert", programme, "--to", "gexf", "--gexf-version", "1.2", "--out", v12)).code).toBe(0);
    expect((await runCli("convert", programme, "--to", "gexf", "--out", v13)).code).toBe(0);
    const root12 = /<gexf [^>]*>/.exec(readFileSync(v12, "utf8"))?.[0];
    expect(root12).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(root12).toContain('version="1.2"');
    expect(/<gexf [^>]*>/.exec(readFileSync(v13, "utf8"))?.[0]).toContain('xmlns="http://gexf.net/1.3" ');
    const project = load(v12);
    expect(project.nodes.length).toBeGreaterThan(0);
    expect(project).toEqual(load(v13));
  });

  it("refuses a version other than 1.3 or 1.2 with exit code 2", async () => {
    const { code, err } = await runCli("convert", programme, "--to", "gexf", "--gexf-version", "1.1", "--out", join(dir, "x.gexf"));
    expect(code).toBe(2);
    expect(err).toContain('--gexf-version must be 1.3 or 1.2, not "1.1"');
  });

  it("refuses --gexf-version with --to json with exit code 2", async () => {
    const { code, err } = await runCli("convert", programme, "--to", "json", "--gexf-version", "1.2", "--out", join(dir, "x.json"));
    expect(code).toBe(2);
    expect(err).toContain("--gexf-version is for --to gexf, not --to json");
  });

  it.skipIf(!hasNetworkx)("networkx.read_gexf reads the 1.2 file with every node and tie", async () => {
    expect((await runCli("convert", programme, "--to", "gexf", "--gexf-version", "1.2", "--out", v12)).code).toBe(0);
    const script = "import json, sys, networkx as nx\ng = nx.read_gexf(sys.argv[1])\nprint(json.dumps([g.number_of_nodes(), g.number_of_edges()]))";
    const python = spawnSync(PYTHON, ["-c", script, v12], { encoding: "utf8" });
    expect(python.status, python.stderr).toBe(0);
    const original = JSON.parse(readFileSync(programme, "utf8"));
    expect(JSON.parse(python.stdout)).toEqual([original.nodes.length, original.ties.length]);
  });
});
