import { describe, expect, it } from "vitest";
import { loadProject } from "../../../../src/core/io/load.ts";
import { formatProblem } from "../../../../src/core/io/problems.ts";
import { readRawFiles } from "../../../../src/core/io/text/inputs.ts";
import { cellText } from "../../../../src/core/io/xlsx/workbook.ts";
import { xlsxFile } from "./xlsxFile.ts";

describe("Excel workbooks", () => {
  it("read a nodes sheet and a ties sheet as the CSV files of a project", async () => {
    const bytes = xlsxFile({
      nodes: [["id", "label", "kind", "score"], ["n1", "Zoë", "service_user", 12.5], ["n2", "Kai", "worker", 3]],
      ties: [["source", "target", "type", "weight"], ["n1", "n2", "professional", 0.25]],
    });
    const read = await readRawFiles([{ name: "survey.xlsx", bytes }]);
    expect(read.problems).toEqual([]);
    expect(read.files.map((f) => f.name)).toEqual(["survey.xlsx/nodes.csv", "survey.xlsx/ties.csv"]);
    const result = loadProject(read.files);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.project.nodes.map((n) => [n.id, n.label, n.kind, n.attributes.score])).toEqual([["n1", "Zoë", "service_user", 12.5], ["n2", "Kai", "worker", 3]]);
    expect(result.project.ties.map((t) => [t.source, t.target, t.type, t.attributes.weight])).toEqual([["n1", "n2", "professional", 0.25]]);
    expect(result.warnings).toEqual([]);
  });

  it("read one sheet of another name as an edge list, and say so", async () => {
    const read = await readRawFiles([{ name: "book.xlsx", bytes: xlsxFile({ Sheet1: [["Source", "Target"], ["a", "b"], ["b", "c"]] }) }]);
    const result = loadProject(read.files);
    expect(result.ok && [result.project.nodes.length, result.project.ties.length]).toEqual([3, 2]);
    expect(result.ok && result.warnings.map((w) => `${w.file}, ${w.where}: ${w.message}`)[0]).toBe('book.xlsx, sheet "Sheet1": is the workbook\'s only sheet, so it was read as the ties (an edge list)');
  });

  it("refuse a file that is not a workbook, in one message", async () => {
    const read = await readRawFiles([{ name: "book.xlsx", bytes: new TextEncoder().encode("id,label\n") }]);
    expect(read.files).toEqual([]);
    expect(read.problems.map((p) => p.message.slice(0, 38))).toEqual(["could not be read as an Excel workbook"]);
  });

  it("write dates as ISO dates, date-times with their time (which the importer then drops with a note)", () => {
    expect(cellText(new Date(Date.UTC(2018, 1, 25)))).toBe("2018-02-25");
    expect(cellText(new Date(Date.UTC(2018, 1, 25, 3, 44, 34)))).toBe("2018-02-25T03:44:34Z");
    expect(cellText(null)).toBe("");
    expect(cellText(0.1 + 0.2)).toBe("0.30000000000000004");
  });
});
