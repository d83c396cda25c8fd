// roleOf: which file of a CSV project a name is, the page's export names (`<project>-nodes.csv`) included.
import { describe, expect, it } from "vitest";
import { roleOf } from "../../../../src/core/io/csv/columns.ts";
import { importCsv } from "../../../../src/core/io/csv/import.ts";

describe("roleOf(fileName)", () => {
  it("knows the plain names in any case and folder, with .csv, .tsv and .txt", () => {
    expect(["nodes.csv", "data/Edges.CSV", "links.tsv", "Observations.txt", "waves.csv"].map(roleOf)).toEqual(["nodes", "ties", "ties", "observations", "waves"]);
  });

  it("knows the page's export, <project>-<role>.csv, and <project>_<role>.csv", () => {
    expect(["kent-pilot-nodes.csv", "kent-pilot-ties.csv", "kent-pilot-observations.csv", "exports/kent-pilot-waves.csv", "study_edges.csv"].map(roleOf)).toEqual(["nodes", "ties", "observations", "waves", "ties"]);
  });

  it("gives undefined for other names, including a role word not at the end or not after - or _", () => {
    expect(["people.csv", "nodes-2024.csv", "mynodes.csv", "nodes.json", "kent-pilot.csv"].map(roleOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("importCsv with the page's export names", () => {
  it("names a missing file with the same project prefix", () => {
    const result = importCsv([{ name: "out/kent-nodes.csv", text: "id\na\n" }]);
    expect(!result.ok && result.problems.map((p) => p.file)).toEqual(["out/kent-ties.csv"]);
  });
});
