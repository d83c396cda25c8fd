// The side panels' starting state: the user's remembered choice wins; otherwise the left panel
// starts folded in windows narrower than the setting, and the right one starts open.
import { describe, expect, it } from "vitest";
import { panelStartsOpen, recallPanel, rememberPanel } from "../../../src/ui/panels/sidePanels.ts";
import { DEFAULT_SETTINGS } from "../../../src/ui/settings.ts";

function memory(): Pick<Storage, "getItem" | "setItem"> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("panelStartsOpen(side, choice, windowWidth, leftOpenMinWidth)", () => {
  it("folds the left panel below the width and opens it from the width on", () => {
    expect(panelStartsOpen("left", undefined, 1024, 1200)).toBe(false);
    expect(panelStartsOpen("left", undefined, 1199, 1200)).toBe(false);
    expect(panelStartsOpen("left", undefined, 1200, 1200)).toBe(true);
    expect(panelStartsOpen("left", undefined, 1400, 1200)).toBe(true);
  });

  it("opens the right panel whatever the width", () => {
    expect(panelStartsOpen("right", undefined, 800, 1200)).toBe(true);
  });

  it("follows the user's choice over the width", () => {
    expect(panelStartsOpen("left", "open", 1024, 1200)).toBe(true);
    expect(panelStartsOpen("left", "closed", 1400, 1200)).toBe(false);
    expect(panelStartsOpen("right", "closed", 1400, 1200)).toBe(false);
  });

  it("by default a 1024-pixel laptop screen starts folded and a 1280-pixel one open", () => {
    expect(panelStartsOpen("left", undefined, 1024, DEFAULT_SETTINGS.leftPanelOpenMinWidth)).toBe(false);
    expect(panelStartsOpen("left", undefined, 1280, DEFAULT_SETTINGS.leftPanelOpenMinWidth)).toBe(true);
  });
});

describe("the remembered panel choice", () => {
  it("is none until one is remembered, stores only open or closed per side, and reads anything else as none", () => {
    const storage = memory();
    expect(recallPanel("left", storage)).toBeUndefined();
    rememberPanel("left", false, storage);
    rememberPanel("right", true, storage);
    expect([...storage.items]).toEqual([["recovery-networks:panel-left", "closed"], ["recovery-networks:panel-right", "open"]]);
    expect(recallPanel("left", storage)).toBe("closed");
    expect(recallPanel("right", storage)).toBe("open");
    storage.setItem("recovery-networks:panel-left", "wide");
    expect(recallPanel("left", storage)).toBeUndefined();
  });

  it("reads none from a blocked storage, and remembering there does not throw", () => {
    const blocked = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("blocked"); } };
    expect(recallPanel("right", blocked)).toBeUndefined();
    expect(() => rememberPanel("right", true, blocked)).not.toThrow();
  });
});
