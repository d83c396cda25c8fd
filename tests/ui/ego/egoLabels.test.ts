import { describe, expect, test } from "vitest";
import { placeEgoLabels, textWidth, type LabelledPoint, type PlacedLabel } from "../../../src/ui/views/ego/egoLabels.ts";

const OPTIONS = { fontSize: 11, nodeRadius: 7 };

function box(label: PlacedLabel, text: string) {
  const width = textWidth(text, OPTIONS.fontSize);
  const line = OPTIONS.fontSize; // the glyphs' height
  const left = label.anchor === "start" ? label.x : label.x - width;
  return { left, right: left + width, top: label.y - line / 2, bottom: label.y + line / 2 };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
}

describe("placeEgoLabels", () => {
  test("a lone label sits beside its node on the side away from the ego", () => {
    const [right] = placeEgoLabels([{ x: 100, y: 20, text: "Pat" }], OPTIONS);
    expect(right).toEqual({ x: 110, y: 20, anchor: "start" });
    const [left] = placeEgoLabels([{ x: -100, y: 20, text: "Pat" }], OPTIONS);
    expect(left).toEqual({ x: -110, y: 20, anchor: "end" });
  });

  test("two nodes side by side (as in the sample: a group and a family member) get labels that do not overlap", () => {
    // "Maidstone Volunteer Centre" at (-60, -70) ran into "Rev Thornwick" at (60, -70) before.
    const points: LabelledPoint[] = [
      { x: -60, y: -70, text: "Maidstone Volunteer Centre" },
      { x: 60, y: -70, text: "Rev Thornwick" },
      { x: -40, y: 80, text: "Rory Peargate" },
      { x: 0, y: 90, text: "Max Oakgate" },
    ];
    const placed = placeEgoLabels(points, OPTIONS);
    const boxes = placed.map((p, i) => box(p, points[i].text));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${points[i].text} / ${points[j].text}`).toBe(false);
      for (const p of points) {
        const node = { left: p.x - 7, right: p.x + 7, top: p.y - 7, bottom: p.y + 7 };
        expect(overlaps(boxes[i], node), `${points[i].text} covers the node at ${p.x},${p.y}`).toBe(false);
      }
    }
  });

  test("a crowded column of nodes: every label clear of the others", () => {
    const points: LabelledPoint[] = Array.from({ length: 6 }, (_, i) => ({ x: 120, y: i * 6, text: `Person number ${i}` }));
    const placed = placeEgoLabels(points, OPTIONS);
    const boxes = placed.map((p, i) => box(p, points[i].text));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
  });

  test("a reserved box (the ego's name) is kept clear", () => {
    const reserved = [{ left: -40, right: 40, top: 20, bottom: 36 }];
    const [label] = placeEgoLabels([{ x: 0, y: 28, text: "Alex" }], { ...OPTIONS, reserved });
    expect(overlaps(box(label, "Alex"), reserved[0])).toBe(false);
  });
});
