import { describe, expect, it } from "vitest";
import { blend, easeInOut, fadeAmount, visibilityChange } from "../../src/ui/map/fade.ts";
import type { Visibility } from "../../src/ui/map/visibility.ts";

const vis = (nodes: string[], ties: string[]): Visibility => ({ nodes: new Set(nodes), ties: new Set(ties), snapshotNodes: nodes.length, snapshotTies: ties.length });

describe("visibilityChange(before, after)", () => {
  it("lists the nodes and ties that join and that leave", () => {
    const change = visibilityChange(vis(["a", "b", "c"], ["ab", "bc"]), vis(["b", "c", "d"], ["bc", "cd"]));
    expect([...change.enteringNodes]).toEqual(["d"]);
    expect([...change.leavingNodes]).toEqual(["a"]);
    expect([...change.enteringTies]).toEqual(["cd"]);
    expect([...change.leavingTies]).toEqual(["ab"]);
  });
});

describe("blend(colour, amount)", () => {
  it("mixes toward white by default, exactly at the ends and half way", () => {
    expect(blend("#000000", 0)).toBe("#000000");
    expect(blend("#000000", 1)).toBe("#ffffff");
    expect(blend("#204060", 0.5)).toBe("#90a0b0");
    expect(blend("#204060", 0.5, "#000000")).toBe("#102030");
  });

  it("clamps the amount and leaves colours it cannot read unchanged", () => {
    expect(blend("#336699", 2)).toBe("#ffffff");
    expect(blend("#336699", -1)).toBe("#336699");
    expect(blend("rgba(0,0,0,0.5)", 0.5)).toBe("rgba(0,0,0,0.5)");
  });
});

describe("fadeAmount(fade, id, what)", () => {
  const change = visibilityChange(vis(["a", "b"], ["ab"]), vis(["b", "c"], ["bc"]));

  it("fades entering items in and leaving items out as progress goes from 0 to 1", () => {
    expect(fadeAmount({ change, progress: 0.25 }, "c", "node")).toBe(0.75);
    expect(fadeAmount({ change, progress: 0.25 }, "a", "node")).toBe(0.25);
    expect(fadeAmount({ change, progress: 0.25 }, "bc", "tie")).toBe(0.75);
    expect(fadeAmount({ change, progress: 0.25 }, "ab", "tie")).toBe(0.25);
  });

  it("is undefined for items that do not change, and when no fade runs", () => {
    expect(fadeAmount({ change, progress: 0.5 }, "b", "node")).toBeUndefined();
    expect(fadeAmount(undefined, "a", "node")).toBeUndefined();
  });
});

describe("easeInOut(t)", () => {
  it("starts at 0, ends at 1, passes 0.5 half way and never goes backwards", () => {
    expect([easeInOut(0), easeInOut(0.5), easeInOut(1)]).toEqual([0, 0.5, 1]);
    let last = -1;
    for (let t = 0; t <= 1; t += 0.05) {
      expect(easeInOut(t)).toBeGreaterThanOrEqual(last);
      last = easeInOut(t);
    }
  });
});
