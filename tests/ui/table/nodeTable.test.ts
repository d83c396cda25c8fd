import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/core/metrics/report.ts";
import { nodeTable, reportFor } from "../../../src/ui/views/table/nodeTable.ts";
import { displayText } from "../../../src/ui/views/table/tableData.ts";
import { modelField } from "../../../src/core/model/fields.ts";
import { project } from "./fixture.ts";

const report = computeReport(project, "2014-04-01");
const table = nodeTable({ project, at: "2014-04-01", report, hideNames: false });
const column = (key: string) => table.columns.findIndex((c) => c.key === key);
const cells = (key: string) => table.rows.map((r) => r.cells[column(key)]);

describe("nodeTable", () => {
  it("has a row per node in the snapshot at the date, in project order", () => {
    expect(table.rows.map((r) => [r.key, r.index])).toEqual([["a", 0], ["b", 1], ["c", 2], ["g", 3]]);
    const before = nodeTable({ project, at: "2014-01-01", report: undefined, hideNames: false });
    expect(before.rows.map((r) => r.key)).toEqual(["a", "b", "c"]);
  });

  it("takes the field columns' headers and meanings from the model's fields (fields.ts), codes for vocabularies", () => {
    const useStatus = table.columns[column("use_status")];
    expect(useStatus).toEqual({ key: "use_status", header: "Use status", csvHeader: "use_status", meaning: modelField("nodes", "use_status")!.description, numeric: false, code: true });
    expect(table.columns.slice(0, 5).map((c) => c.header)).toEqual(["Id", "Name", "Kind", "From", "Until"]);
    expect(table.columns[column("recovery_oriented")].code).toBeUndefined();
  });

  it("puts model fields first, then attributes by name, then metrics in descriptor order, then flags", () => {
    const keys = table.columns.map((c) => c.key);
    expect(keys.slice(0, 13)).toEqual(["id", "label", "kind", "start", "end", "spells", "use_status", "group_type", "recovery_oriented", "attr:age", "attr:degree", "attr:hub", "attr:note"]);
    expect(keys.slice(13, 17)).toEqual(["metric:degree", "metric:degreeCentrality", "metric:strength", "metric:betweenness"]);
    expect(keys.slice(-2)).toEqual(["flags", "flag_list"]);
    expect(keys).toContain("metric:networkSize");
    expect(keys).toContain("metric:riskTiesLost");
  });

  it("gives each metric header its descriptor's label and plain-language meaning", () => {
    const b = table.columns[column("metric:betweenness")];
    expect([b.header, b.csvHeader, b.numeric]).toEqual(["Betweenness", "betweenness", true]);
    expect(b.meaning).toMatch(/^Links people who would otherwise not be linked/);
  });

  it("fills cells from the node, its attributes, the report and its flags", () => {
    expect(cells("label")).toEqual(["Ann Lee", "Bo", "Cy", "Café"]);
    expect(cells("attr:age")).toEqual([30, 41, undefined, undefined]);
    expect(cells("metric:degree")).toEqual([2, 2, 1, 1]);
    expect(cells("metric:betweenness")).toEqual([2 / 3, 2 / 3, 0, 0]);
    // Indicators are for people only; the flags are checked for service users only.
    expect(cells("metric:networkSize")).toEqual([1, 2, 1, undefined]);
    expect(cells("flags")).toEqual([1, undefined, undefined, undefined]);
    expect(cells("flag_list")).toEqual(["Fewer than 3 people", "", "", ""]);
  });

  it("shows ids in the name column while names are hidden, and matches them in the filter text", () => {
    const hidden = nodeTable({ project, at: "2014-04-01", report, hideNames: true });
    expect(hidden.rows.map((r) => r.cells[1])).toEqual(["a", "b", "c", "g"]);
    expect(hidden.search.some((s) => s.includes("ann"))).toBe(false);
  });

  it("renames an attribute whose CSV header clashes with a metric", () => {
    expect(table.columns[column("attr:degree")].csvHeader).toBe("attribute_degree");
    expect(table.columns[column("metric:degree")].csvHeader).toBe("degree");
  });

  it("leaves metric and flag columns out when the report is for another date", () => {
    expect(reportFor(report, "2014-05-01")).toBeUndefined();
    const stale = nodeTable({ project, at: "2014-05-01", report, hideNames: false });
    expect(stale.columns.some((c) => c.key.startsWith("metric:") || c.key === "flags")).toBe(false);
  });

  it("shows codes with spaces, booleans as yes/no and numbers to three figures", () => {
    const g = table.rows[3];
    expect(displayText(g.cells[column("kind")], table.columns[column("kind")])).toBe("group");
    expect(displayText(g.cells[column("group_type")], table.columns[column("group_type")])).toBe("mutual aid");
    expect(displayText(g.cells[column("recovery_oriented")], table.columns[column("recovery_oriented")])).toBe("yes");
    expect(displayText(2 / 3, table.columns[column("metric:betweenness")])).toBe("0.667");
    expect(table.search[0]).toContain("service user\nservice_user");
  });
});

describe("nodeTable with observations", () => {
  const observed = { ...project, observations: [
    { subject: "a", date: "2014-02-01", measure: "use_status", value: "reduced_use" },
    { subject: "a", date: "2014-05-01", measure: "use_status", value: "abstinent" },
    { subject: "a", date: "2014-02-01", measure: "barc10", value: 30 },
    { subject: "b", date: "2014-04-01", measure: "barc10", value: 44 },
  ] };
  const at = (date: string) => {
    const t = nodeTable({ project: observed, at: date, report: undefined, hideNames: false });
    const col = (key: string) => t.columns.findIndex((c) => c.key === key);
    return (key: string) => t.rows.map((r) => r.cells[col(key)]);
  };

  it("shows use_status and every observed measure as of the date, with the date recorded", () => {
    const april = at("2014-04-01");
    expect(april("use_status")).toEqual(["reduced_use", undefined, undefined, undefined]);
    expect(april("recorded:use_status")).toEqual(["2014-02-01", undefined, undefined, undefined]);
    expect(april("measure:barc10")).toEqual([30, 44, undefined, undefined]);
    expect(april("recorded:barc10")).toEqual(["2014-02-01", "2014-04-01", undefined, undefined]);
    const may = at("2014-05-01");
    expect(may("use_status")[0]).toBe("abstinent");
    // Before the first observation, the node's own field, with no date.
    const jan = at("2014-01-15");
    expect(jan("use_status")[0]).toBe("in_recovery");
    expect(jan("recorded:use_status")[0]).toBeUndefined();
  });

  it("names the measure columns for people and for CSV, and puts them right after use status", () => {
    const t = nodeTable({ project: observed, at: "2014-04-01", report: undefined, hideNames: false });
    expect(t.columns.map((c) => c.key).slice(4, 11)).toEqual(["end", "spells", "use_status", "recorded:use_status", "measure:barc10", "recorded:barc10", "group_type"]);
    expect(t.rows[0].cells.slice(4, 11)).toEqual([undefined, undefined, "reduced_use", "2014-02-01", 30, "2014-02-01", undefined]);
    const cols = t.columns.filter((c) => c.key.startsWith("measure:") || c.key.startsWith("recorded:"));
    expect(cols.map((c) => [c.header, c.csvHeader])).toEqual([
      ["Use status recorded", "use_status_date"], ["BARC-10", "barc10"], ["BARC-10 recorded", "barc10_date"],
    ]);
  });
});
