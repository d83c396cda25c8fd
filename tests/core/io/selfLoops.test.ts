// Self-loops follow one setting in every format: left out with a warning naming each and where it
// was (the default), or refused with a located problem (`selfLoops: "refuse"`), on the page's path
// (File objects through importWithMapping) as on the command line's (loadProject).
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../../src/core/io/load.ts";
import { formatProblem, type ImportResult } from "../../../src/core/io/problems.ts";
import { readRawFiles } from "../../../src/core/io/text/inputs.ts";
import { openAsPage } from "./cases/pagePath.ts";
import { xlsxFile } from "./xlsx/xlsxFile.ts";

const dir = fileURLToPath(new URL("../../fixtures/self-loops/", import.meta.url));

/** Each fixture (a file, or a folder of files): the ties kept by default, then where the loop is and its source, and the refused tie's id. */
const EXPECTED: Record<string, { kept: number; place: string; node: string; tie: string }> = {
  csv: { kept: 1, place: 'ties.csv, row 3, column "target"', node: "a", tie: "t2" },
  ego: { kept: 3, place: "aaties.csv + alters.csv + egos.csv, aaties.csv row 3", node: "E1/1", tie: "E1/1-1" },
  "matrix.csv": { kept: 2, place: "matrix.csv, row 2, column 1", node: "a", tie: "e1" },
  "self-loop.dl": { kept: 1, place: "self-loop.dl, line 3, column 1", node: "a", tie: "e1" },
  "self-loop.gexf": { kept: 0, place: 'self-loop.gexf, <edge id="e1"> (line 8)', node: "a", tie: "e1" },
  "self-loop.graphml": { kept: 0, place: 'self-loop.graphml, <edge id="loop"> (line 5)', node: "a", tie: "loop" },
  "self-loop.json": { kept: 0, place: "self-loop.json, ties[0].target", node: "a", tie: "t1" },
  "self-loop.net": { kept: 1, place: "self-loop.net, line 6", node: "a", tie: "e2" },
};

/** The paths of a fixture, relative to the fixtures folder. */
const pathsOf = (name: string) => (statSync(dir + name).isDirectory() ? readdirSync(dir + name).sort().map((n) => `${name}/${n}`) : [name]);
const lines = (result: ImportResult) => (result.ok ? result.warnings : result.problems).map(formatProblem);

describe("a self-loop in every format", () => {
  it("has an expectation for every fixture", () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, e] of Object.entries(EXPECTED)) {
    const where = e.place.slice(e.place.indexOf(", ") + 2);
    const dropped = `${e.place}: 1 tie links a node to itself and was left out: "${e.node}" (${where}). Nothing to do if these are self-nominations; to refuse such files instead, choose to refuse self-loops (the page's Self-loops setting, or --self-loops refuse)`;
    const refused = `${e.place}: tie "${e.tie}" links node "${e.node}" to itself. Remove the self-tie or correct its target (self-loops are refused by the setting chosen; with the default setting they are left out with a warning)`;
    // Named by their base names, as the page names them.
    const cli = () => pathsOf(name).map((p) => ({ name: p.split("/").pop()!, text: readFileSync(dir + p, "utf8") }));

    it(`${name}: left out with a warning by default, in the command line's path and the page's`, async () => {
      for (const result of [loadProject(cli()), await openAsPage(pathsOf(name).map((p) => dir + p))]) {
        expect(result.ok).toBe(true);
        if (!result.ok) continue;
        expect(result.project.ties).toHaveLength(e.kept);
        expect(result.project.ties.some((t) => t.source === t.target)).toBe(false);
        // The loop's warning is the last (ego data and a matrix are first said to be read as such).
        expect(lines(result).at(-1)).toBe(dropped);
      }
    });

    it(`${name}: refused with a located problem with selfLoops: refuse, in both paths`, async () => {
      for (const result of [loadProject(cli(), { selfLoops: "refuse" }), await openAsPage(pathsOf(name).map((p) => dir + p), { selfLoops: "refuse" })]) {
        expect(result.ok).toBe(false);
        expect(lines(result)).toEqual([refused]);
      }
    });
  }
});

describe("a self-loop in an .xlsx workbook", () => {
  const path = join(mkdtempSync(join(tmpdir(), "rn-loops-")), "book.xlsx");
  writeFileSync(path, xlsxFile({ nodes: [["id"], ["a"], ["b"]], ties: [["source", "target"], ["a", "b"], ["b", "b"]] }));
  const cli = async (selfLoops?: "drop" | "refuse") => loadProject((await readRawFiles([{ name: "book.xlsx", bytes: readFileSync(path) }])).files, selfLoops ? { selfLoops } : {});

  it("is left out with a warning by default, and refused with selfLoops: refuse, in both paths", async () => {
    for (const result of [await cli(), await openAsPage([path])]) {
      expect(result.ok ? result.project.ties.map((t) => t.id) : lines(result)).toEqual(["t1"]);
      expect(lines(result).at(-1)).toContain('1 tie links a node to itself and was left out: "b"');
    }
    for (const result of [await cli("refuse"), await openAsPage([path], { selfLoops: "refuse" })]) {
      expect(result.ok).toBe(false);
      expect(lines(result)).toHaveLength(1);
      expect(lines(result)[0]).toMatch(/^book\.xlsx.*: tie "t2" links node "b" to itself\. Remove the self-tie/);
    }
  });
});
