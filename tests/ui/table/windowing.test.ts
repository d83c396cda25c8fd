import { describe, expect, it } from "vitest";
import { rowWindow, scrollToShow } from "../../../src/ui/views/table/windowing.ts";

describe("rowWindow", () => {
  it("renders the rows in view plus the overscan, and stands in for the rest with space", () => {
    // 28 px rows, a 280 px viewport scrolled to row 100: rows 100–109 in view, 8 more each side.
    expect(rowWindow(2800, 280, 28, 20_000)).toEqual({ first: 92, last: 118, before: 92 * 28, after: (20_000 - 118) * 28 });
  });

  it("clamps at the top and the bottom and copes with an empty table", () => {
    expect(rowWindow(0, 280, 28, 20_000, 2)).toEqual({ first: 0, last: 12, before: 0, after: (20_000 - 12) * 28 });
    expect(rowWindow(28 * 95, 280, 28, 100, 2)).toEqual({ first: 93, last: 100, before: 93 * 28, after: 0 });
    expect(rowWindow(500, 280, 28, 0)).toEqual({ first: 0, last: 0, before: 0, after: 0 });
  });
});

describe("scrollToShow", () => {
  it("scrolls up to a row above the view, down to one below it (under a sticky header), else not at all", () => {
    expect(scrollToShow(5, 280, 280, 28, 30)).toBe(140);
    expect(scrollToShow(20, 0, 280, 28, 30)).toBe(21 * 28 + 30 - 280);
    expect(scrollToShow(12, 280, 280, 28, 30)).toBeUndefined();
  });
});
