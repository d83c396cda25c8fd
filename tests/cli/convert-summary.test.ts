import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const programme = fileURLToPath(new URL("../../datasets/programme.json", import.meta.url));
const bad = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));

const run = runCli;

describe("recovery-networks summary", () => {
  it("gives the snapshot at a date as JSON with the keys the issue names", async () => {
    const { code, out } = await run("summary", programme, "--at", "2014-03-31", "--format", "json");
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(Object.keys(summary)).toEqual(["at", "nodes", "ties", "density", "components", "isolates", "byKind", "byType"]);
    expect(summary.at).toBe("2014-03-31");
    expect(Object.values(summary.byKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(summary.nodes);
    expect(Object.values(summary.byType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(summary.ties);
    expect(summary.density).toBeGreaterThan(0);
  });

  it("defaults to the latest date and prints text", async () => {
    const { code, out } = await run("summary", programme);
    expect(code).toBe(0);
    expect(out).toMatch(/^at: {9}2015-04-01\nnodes: {6}419\nties: {7}635\n/);
  });

  it("refuses a bad date with exit code 2, and a bad file with its problems and exit code 1", async () => {
    expect((await run("summary", programme, "--at", "31/02/2014")).code).toBe(2);
    const { code, err } = await run("summary", `${bad}json-duplicate-node-id.json`);
    expect(code).toBe(1);
    expect(err).toContain('nodes[1].id: duplicate id "a" (first used at nodes[0].id)');
  });
});

describe("recovery-networks convert", () => {
  const dir = mkdtempSync(join(tmpdir(), "rn-convert-"));

  it("writes CSV files that summarise exactly as the project they came from", async () => {
    const out = join(dir, "csv");
    expect((await run("convert", programme, "--to", "csv", "--out", out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["nodes.csv", "observations.csv", "ties.csv", "waves.csv"]);
    for (const at of ["2012-06-30", "2013-12-31", "2015-04-01"]) {
      const fromJson = await run("summary", programme, "--at", at, "--format", "json");
      const fromCsv = await run("summary", out, "--at", at, "--format", "json");
      expect(fromCsv.out).toBe(fromJson.out);
    }
  });

  it("converts CSV back to project JSON identical to the original", async () => {
    const csv = join(dir, "csv-again");
    const json = join(dir, "back.json");
    await run("convert", programme, "--to", "csv", "--out", csv);
    expect((await run("convert", csv, "--to", "json", "--out", json)).code).toBe(0);
    const original = JSON.parse(readFileSync(programme, "utf8"));
    const back = JSON.parse(readFileSync(json, "utf8"));
    expect(back.nodes).toEqual(original.nodes);
    expect(back.ties).toEqual(original.ties);
    expect(back.observations).toEqual(original.observations);
    expect(back.waves).toEqual(original.waves);
  });

  it("refuses an unknown target format with exit code 2", async () => {
    const { code, err } = await run("convert", programme, "--to", "xlsx", "--out", join(dir, "x"));
    expect(code).toBe(2);
    expect(err).toContain("--to");
  });
});
