// The command line with --weight (karate's strength as networkx weighs it, or by another choice)
// and with the page's own CSV export (`<project>-nodes.csv` …) given as files or as their folder.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportProject } from "../../src/core/io/load.ts";
import { importJson } from "../../src/core/io/json.ts";
import { unwrap } from "../../src/core/io/problems.ts";
import { networkFiles } from "../../src/ui/export/networkFiles.ts";
import { runCli } from "./runCli.ts";

const karate = fileURLToPath(new URL("../../datasets/classic/karate.graphml", import.meta.url));
const programme = fileURLToPath(new URL("../../datasets/programme.json", import.meta.url));

/** Node 33's strength from `metrics … --format json`. */
async function strength33(...extra: string[]): Promise<number> {
  const { code, out } = await runCli("metrics", karate, ...extra);
  expect(code).toBe(0);
  return JSON.parse(out).nodes["33"].strength;
}

describe("recovery-networks --weight", () => {
  it("weighs karate by the file's weight (48 at node 33, networkx's weighted degree), or as asked", async () => {
    expect(await strength33()).toBe(48);
    expect(await strength33("--weight", "weight")).toBe(48);
    expect(await strength33("--weight", "none")).toBe(17);
    expect(await strength33("--weight", "strength")).toBe(51);
  });

  it("refuses an attribute no tie has, listing the choices, with exit code 1", async () => {
    const { code, err } = await runCli("metrics", karate, "--weight", "count");
    expect(code).toBe(1);
    expect(err).toBe('recovery-networks metrics: --weight: no tie has an attribute "count": the weight is one of "strength", "weight", "none".');
  });

  it("convert writes the choice into the project, summary prints it, and every command's help names it", async () => {
    const { code, out } = await runCli("convert", karate, "--to", "json", "--weight", "none");
    expect(code).toBe(0);
    expect(JSON.parse(out).meta.weight).toBeNull();
    expect((await runCli("summary", karate)).out).toContain("\nweight:     weight (strength is the sum of `weight`)");
    for (const command of ["metrics", "summary", "timeline", "convert"]) {
      expect((await runCli(command, "--help")).out).toContain("--weight ATTR");
    }
  });
});

describe("the page's CSV export opens in the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "rn-page-csv-"));
  const project = unwrap(importJson({ name: "programme.json", text: readFileSync(programme, "utf8") }));
  const { files } = networkFiles(project, "csv", false, exportProject);
  for (const file of files) writeFileSync(join(dir, file.name), file.text);

  it("writes <project>-nodes.csv and the rest, as saved", () => {
    const stem = files[0].name.replace(/-nodes\.csv$/, "");
    expect(stem).not.toBe("");
    expect(files.map((f) => f.name)).toEqual(["nodes", "ties", "observations", "waves"].map((role) => `${stem}-${role}.csv`));
  });

  it("reads them as a folder and as files, as the same project as the JSON", async () => {
    const fromJson = await runCli("summary", programme, "--format", "json");
    const asFolder = await runCli("summary", dir, "--format", "json");
    expect(asFolder.err).toBe("");
    expect(asFolder.out).toBe(fromJson.out);
    const asFiles = await runCli("summary", ...files.map((f) => join(dir, f.name)), "--format", "json");
    expect(asFiles.out).toBe(fromJson.out);
    const back = await runCli("convert", dir, "--to", "json");
    const original = JSON.parse(readFileSync(programme, "utf8"));
    expect(JSON.parse(back.out).ties).toEqual(original.ties);
  });
});
