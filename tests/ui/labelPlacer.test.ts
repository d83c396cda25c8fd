// Map labels that never overlap: a label that would cover one already drawn in the frame is
// skipped, forced labels are always drawn, and a new frame starts clean.
import { describe, expect, test } from "vitest";
import { boxesOverlap, createLabelPlacer } from "../../src/ui/map/labelPlacer.ts";

/** A 2D context that records the text drawn; every character is 6 px wide. */
function recordingContext() {
  const texts: string[] = [];
  const context = { font: "", fillStyle: "", measureText: (t: string) => ({ width: t.length * 6 }), fillText: (t: string) => texts.push(t) };
  return { context: context as unknown as CanvasRenderingContext2D, texts };
}
const settings = { labelSize: 12, labelWeight: "normal", labelFont: "sans-serif", labelColor: { color: "#000" } } as never;
const label = (key: string, x: number, y: number, forceLabel = false) => ({ key, label: key, x, y, size: 5, color: "#000", forceLabel });

describe("boxesOverlap(a, b)", () => {
  test("is true for overlapping boxes and false for boxes that only touch or are apart", () => {
    expect(boxesOverlap({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(true);
    expect(boxesOverlap({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(boxesOverlap({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 30, x2: 10, y2: 40 })).toBe(false);
  });
});

describe("createLabelPlacer()", () => {
  test("skips a label that would cover one drawn earlier in the frame, and keeps one clear of it", () => {
    const { context, texts } = recordingContext();
    const placer = createLabelPlacer();
    placer.draw(context, label("Maidstone AA meeting", 100, 100), settings);
    placer.draw(context, label("Maidstone Recovery Café", 110, 108), settings); // 8 px lower: overlaps
    placer.draw(context, label("Sevenoaks", 100, 130), settings); // 30 px lower: clear
    expect(texts).toEqual(["Maidstone AA meeting", "Sevenoaks"]);
    expect([...placer.drawn()]).toEqual(["Maidstone AA meeting", "Sevenoaks"]);
  });

  test("always draws a forced label (the selected node), and starts each frame clean", () => {
    const { context, texts } = recordingContext();
    const placer = createLabelPlacer();
    placer.draw(context, label("a", 100, 100), settings);
    placer.draw(context, label("b", 100, 100, true), settings);
    expect(texts).toEqual(["a", "b"]);
    placer.reset();
    expect(placer.drawn().size).toBe(0);
    placer.draw(context, label("c", 100, 100), settings);
    expect(texts).toEqual(["a", "b", "c"]);
  });
});
