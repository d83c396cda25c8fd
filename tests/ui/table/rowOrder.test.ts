import { describe, expect, it } from "vitest";
import { countText, filterRows, nextSort, sortRows } from "../../../src/ui/views/table/rowOrder.ts";
import { makeTable, type Cell, type Column } from "../../../src/ui/views/table/tableData.ts";

const columns: Column[] = [
  { key: "id", header: "Id", csvHeader: "id", meaning: "", numeric: false },
  { key: "kind", header: "Kind", csvHeader: "kind", meaning: "", numeric: false, code: true },
  { key: "score", header: "Score", csvHeader: "score", meaning: "", numeric: true },
];
const data: Cell[][] = [
  ["n10", "service_user", 2],
  ["n9", "peer_mentor", undefined],
  ["n2", "service_user", 10],
  ["n1", "group", NaN],
  ["N3", "service_user", 2],
];
const table = makeTable("nodes", columns, data.map((cells, index) => ({ key: String(cells[0]), node: String(cells[0]), index, cells })));
const ids = (rows: number[]) => rows.map((r) => table.rows[r].key);
const all = [0, 1, 2, 3, 4];

describe("sortRows", () => {
  it("sorts numbers as numbers, keeps ties in table order, and puts empty and NaN last both ways", () => {
    expect(ids(sortRows(table, all, { column: "score", direction: "ascending" }))).toEqual(["n10", "N3", "n2", "n9", "n1"]);
    expect(ids(sortRows(table, all, { column: "score", direction: "descending" }))).toEqual(["n2", "n10", "N3", "n9", "n1"]);
  });

  it("sorts text naturally (n2 before n10) and without regard to case", () => {
    expect(ids(sortRows(table, all, { column: "id", direction: "ascending" }))).toEqual(["n1", "n2", "N3", "n9", "n10"]);
    expect(ids(sortRows(table, all, { column: "id", direction: "descending" }))).toEqual(["n10", "n9", "N3", "n2", "n1"]);
  });

  it("leaves the order alone without a sort or for an unknown column", () => {
    expect(sortRows(table, [4, 0], undefined)).toEqual([4, 0]);
    expect(sortRows(table, [4, 0], { column: "nope", direction: "ascending" })).toEqual([4, 0]);
  });

  it("sorts 20,000 rows by a number and by text", () => {
    const n = 20_000;
    const big = makeTable("nodes", columns, Array.from({ length: n }, (_, i) => {
      const cells: Cell[] = [`p${(i * 7919) % n}`, "friend", (i * 104729) % 1000];
      return { key: String(i), node: String(i), index: i, cells };
    }));
    const rows = Array.from({ length: n }, (_, i) => i);
    const byScore = sortRows(big, rows, { column: "score", direction: "descending" });
    const byId = sortRows(big, rows, { column: "id", direction: "ascending" });
    expect(big.rows[byScore[0]].cells[2]).toBe(999);
    expect(big.rows[byScore[n - 1]].cells[2]).toBe(0);
    expect(big.rows[byId[0]].cells[0]).toBe("p0");
    expect(big.rows[byId[1]].cells[0]).toBe("p1");
    expect(big.rows[byId[n - 1]].cells[0]).toBe(`p${n - 1}`);
    // Every row once, largest score first and equal scores in table order; ids in natural order.
    const scores = byScore.map((r) => big.rows[r].cells[2] as number);
    expect(new Set(byScore).size).toBe(n);
    expect(scores.every((score, i) => i === 0 || scores[i - 1] > score || (scores[i - 1] === score && byScore[i - 1] < byScore[i]))).toBe(true);
    expect(byId.map((r) => big.rows[r].cells[0])).toEqual(Array.from({ length: n }, (_, i) => `p${i}`));
  });
});

describe("nextSort", () => {
  it("starts numbers largest first and text A to Z, and reverses on a second click", () => {
    expect(nextSort(undefined, "score", true)).toEqual({ column: "score", direction: "descending" });
    expect(nextSort(undefined, "id", false)).toEqual({ column: "id", direction: "ascending" });
    expect(nextSort({ column: "id", direction: "ascending" }, "id", false)).toEqual({ column: "id", direction: "descending" });
    expect(nextSort({ column: "id", direction: "descending" }, "score", true)).toEqual({ column: "score", direction: "descending" });
  });
});

describe("filterRows", () => {
  it("keeps rows where every word appears in some cell, as shown or as the code", () => {
    expect(ids(filterRows(table, ""))).toEqual(["n10", "n9", "n2", "n1", "N3"]);
    expect(ids(filterRows(table, "Service User"))).toEqual(["n10", "n2", "N3"]);
    expect(ids(filterRows(table, "service_user 10"))).toEqual(["n10", "n2"]);
    expect(ids(filterRows(table, "mentor"))).toEqual(["n9"]);
    expect(ids(filterRows(table, "zzz"))).toEqual([]);
  });

  it("keeps only the keys given (the rows shown on the map)", () => {
    expect(ids(filterRows(table, "service", new Set(["n2", "n9"])))).toEqual(["n2"]);
  });
});

describe("countText", () => {
  it("says how many of how many, with thousands separated", () => {
    expect(countText(37, 419, "nodes")).toBe("Showing 37 of 419 nodes");
    expect(countText(20000, 20000, "ties")).toBe("Showing 20,000 of 20,000 ties");
    expect(countText(1, 1, "nodes")).toBe("Showing 1 of 1 node");
  });
});
