import { describe, expect, it } from "vitest";
import { tieTable } from "../../../src/ui/views/table/tieTable.ts";
import { project } from "./fixture.ts";

describe("tieTable", () => {
  it("has a row per tie in the snapshot (both ends present), with both ends' names", () => {
    const table = tieTable({ project, at: "2014-07-01", hideNames: false });
    expect(table.columns.map((c) => c.csvHeader)).toEqual([
      "id", "source_label", "target_label", "type", "valence", "strength", "directed", "start", "end", "source", "target",
    ]);
    // c has left by July, so b–c is gone (and with it the only `where` attribute); a–g started in March.
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["ab", "Ann Lee", "Bo", "mentoring", "supportive", 4, undefined, undefined, undefined, "a", "b"],
      ["ag", "Ann Lee", "Café", "membership", "supportive", 3, undefined, "2014-03-01", undefined, "a", "g"],
    ]);
    expect(table.rows.map((r) => [r.node, r.index])).toEqual([["a", 0], ["a", 2]]);
  });

  it("shows every tie for undated data, ids as names while names are hidden, attributes as columns", () => {
    const table = tieTable({ project, at: undefined, hideNames: true });
    expect(table.rows.map((r) => [r.key, r.cells[1], r.cells[2], r.cells[11]])).toEqual([
      ["ab", "a", "b", undefined],
      ["bc", "b", "c", "pub"],
      ["ag", "a", "g", undefined],
    ]);
  });
});
