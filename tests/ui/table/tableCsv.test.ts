import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/core/metrics/report.ts";
import { describeDropped, pseudonymise } from "../../../src/core/privacy/pseudonymise.ts";
import { nodeTable } from "../../../src/ui/views/table/nodeTable.ts";
import { pseudonymisedTable } from "../../../src/ui/views/table/pseudonymisedTable.ts";
import { csvFileName, tableCsv } from "../../../src/ui/views/table/tableCsv.ts";
import { makeTable } from "../../../src/ui/views/table/tableData.ts";
import { tieTable } from "../../../src/ui/views/table/tieTable.ts";
import { project } from "./fixture.ts";

describe("tableCsv", () => {
  it("writes the columns in order and the given rows in the given order, guarded and quoted", () => {
    const table = makeTable("nodes", [
      { key: "id", header: "Id", csvHeader: "id", meaning: "", numeric: false },
      { key: "x", header: "X", csvHeader: "=x", meaning: "", numeric: true },
      { key: "note", header: "Note", csvHeader: "note", meaning: "", numeric: false },
    ], [
      { key: "a", node: "a", index: 0, cells: ["a", 1 / 3, "=SUM(A1)"] },
      { key: "b", node: "b", index: 1, cells: ["b", NaN, 'says "hi", twice'] },
      { key: "c", node: "c", index: 2, cells: ["c", -2, true] },
    ]);
    expect(tableCsv(table, [2, 0, 1])).toBe(
      `id,'=x,note\r\nc,-2,true\r\na,${1 / 3},'=SUM(A1)\r\nb,,"says ""hi"", twice"\r\n`,
    );
  });

  it("names files by table, date and pseudonymisation", () => {
    expect(csvFileName("nodes", "2015-04-01")).toBe("nodes-2015-04-01.csv");
    expect(csvFileName("ties", "2015-04-01", true)).toBe("ties-pseudonymised-2015-04-01.csv");
    expect(csvFileName("nodes", undefined)).toBe("nodes.csv");
  });
});

describe("pseudonymisedTable", () => {
  it("writes the shown rows in the shown order with pseudonyms, the report re-keyed and names dropped", () => {
    const report = computeReport(project, "2014-04-01");
    const shown = nodeTable({ project, at: "2014-04-01", report, hideNames: false });
    const { table, rows, dropped } = pseudonymisedTable(shown, [3, 0], project, "2014-04-01", report);
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    expect(rows.map((r) => [table.rows[r].cells[col("id")], table.rows[r].cells[col("label")], table.rows[r].cells[col("metric:degree")]])).toEqual([
      ["group-1", "group 1", 1],
      ["service_user-1", "service user 1", 2],
    ]);
    expect(table.rows[rows[1]].cells[col("flag_list")]).toBe("Fewer than 3 people");
    // Text attributes whose values one record alone holds are free text, and are left out.
    expect(dropped.map(describeDropped)).toEqual([
      "node attribute hub (free text (2 values held by one record only))",
      "node attribute note (free text (1 value held by one record only))",
      "node attribute degree (free text (1 value held by one record only))",
      "tie attribute where (free text (1 value held by one record only))",
    ]);
    expect(table.columns.some((c) => c.csvHeader === "hub")).toBe(false);
  });

  it("gives tie ends their pseudonyms", () => {
    const shown = tieTable({ project, at: undefined, hideNames: false });
    const { table, rows } = pseudonymisedTable(shown, [1], project, undefined, undefined);
    expect(tableCsv(table, rows)).toBe(
      "id,source_label,target_label,type,valence,strength,directed,start,end,source,target\r\n" +
      "t2,peer mentor 1,friend 1,friend,risk,1,,,,peer_mentor-1,friend-1\r\n",
    );
  });

  it("uses the export's pseudonymisation: its codes and its date shift, the table at the shifted date", () => {
    const prepared = pseudonymise(project, { key: "k", shiftDays: 10 });
    const report = computeReport(project, "2014-04-01");
    const shown = nodeTable({ project, at: "2014-04-01", report, hideNames: false });
    const twin = pseudonymisedTable(shown, [0], project, "2014-04-01", report, prepared);
    expect(twin.at).toBe("2014-04-11");
    const col = (key: string) => twin.table.columns.findIndex((c) => c.key === key);
    const row = twin.table.rows[twin.rows[0]];
    expect([row.cells[col("id")], row.cells[col("label")], row.cells[col("metric:degree")]]).toEqual([prepared.nodes.get("a")!.id, prepared.nodes.get("a")!.label, 2]);
  });
});
