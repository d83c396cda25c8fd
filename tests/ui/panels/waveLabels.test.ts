// The timeline's wave labels: placed on rows so that none overlaps another, anchored at their
// mark's end near the axis's end, and left out when no row has room.
import { describe, expect, it } from "vitest";
import { placeWaveLabels } from "../../../src/ui/panels/waveLabels.ts";

const OPTIONS = { axisWidth: 200, rows: 2, offset: 3, gap: 4 };

describe("placeWaveLabels(labels, options)", () => {
  it("throws when rows is not a whole number of at least 1", () => {
    expect(() => placeWaveLabels([], { ...OPTIONS, rows: 0 })).toThrow("recovery-networks/waveLabels: rows must be a whole number of at least 1, not 0");
    expect(() => placeWaveLabels([], { ...OPTIONS, rows: 1.5 })).toThrow("not 1.5");
  });

  it("puts labels that clear each other on the top row, just right of their marks", () => {
    expect(placeWaveLabels([{ x: 10, width: 20 }, { x: 50, width: 20 }], OPTIONS)).toEqual([
      { row: 0, anchor: "start", left: 13, right: 33 },
      { row: 0, anchor: "start", left: 53, right: 73 },
    ]);
  });

  it("moves a label that would come within the gap of the one before to the next row", () => {
    // The first ends at 33; the second starts at 36, 3 px after it: less than the 4 px gap.
    expect(placeWaveLabels([{ x: 10, width: 20 }, { x: 33, width: 20 }, { x: 60, width: 10 }], OPTIONS)).toEqual([
      { row: 0, anchor: "start", left: 13, right: 33 },
      { row: 1, anchor: "start", left: 36, right: 56 },
      { row: 0, anchor: "start", left: 63, right: 73 },
    ]);
    // Exactly the gap is enough.
    expect(placeWaveLabels([{ x: 10, width: 20 }, { x: 34, width: 20 }], OPTIONS)[1]).toEqual({ row: 0, anchor: "start", left: 37, right: 57 });
  });

  it("leaves out a label that fits on no row", () => {
    expect(placeWaveLabels([{ x: 10, width: 40 }, { x: 20, width: 40 }, { x: 30, width: 40 }, { x: 100, width: 10 }], OPTIONS)).toEqual([
      { row: 0, anchor: "start", left: 13, right: 53 },
      { row: 1, anchor: "start", left: 23, right: 63 },
      undefined,
      { row: 0, anchor: "start", left: 103, right: 113 },
    ]);
    // With one row, a label that clears the one before is kept and the next is left out.
    expect(placeWaveLabels([{ x: 10, width: 40 }, { x: 60, width: 40 }, { x: 70, width: 40 }], { ...OPTIONS, rows: 1 })).toEqual([
      { row: 0, anchor: "start", left: 13, right: 53 },
      { row: 0, anchor: "start", left: 63, right: 103 },
      undefined,
    ]);
  });

  it("anchors a label at its mark's end when it would pass the axis's end", () => {
    expect(placeWaveLabels([{ x: 150, width: 20 }, { x: 190, width: 20 }], OPTIONS)).toEqual([
      { row: 0, anchor: "start", left: 153, right: 173 },
      // 190 + 3 + 20 > 200: ends 3 px left of its mark, over the label before, so on the next row.
      { row: 1, anchor: "end", left: 167, right: 187 },
    ]);
  });

  it("no two labels it places on one row overlap, whatever the spacing", () => {
    for (const spacing of [5, 12, 25, 40]) {
      const labels = Array.from({ length: 13 }, (_, k) => ({ x: 8 + k * spacing, width: 10 + (k % 4) * 6 }));
      const places = placeWaveLabels(labels, { ...OPTIONS, axisWidth: 16 + 12 * spacing });
      const placed = places.filter((p) => p !== undefined);
      expect(placed.length).toBeGreaterThan(0);
      for (const a of placed) for (const b of placed) {
        if (a !== b && a.row === b.row) expect(a.right + 4 <= b.left || b.right + 4 <= a.left).toBe(true);
      }
    }
  });
});
