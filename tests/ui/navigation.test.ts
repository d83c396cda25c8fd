import { describe, expect, it } from "vitest";
import { PAN_STEP, panned } from "../../src/ui/map/navigation.ts";

describe("panned(camera, direction)", () => {
  it("moves a fifth of the view in each direction, with sigma's y growing upwards", () => {
    const at = { x: 0.5, y: 0.5, ratio: 1 };
    expect(panned(at, "right")).toEqual({ x: 0.5 + PAN_STEP, y: 0.5 });
    expect(panned(at, "left")).toEqual({ x: 0.5 - PAN_STEP, y: 0.5 });
    expect(panned(at, "up")).toEqual({ x: 0.5, y: 0.5 + PAN_STEP });
    expect(panned(at, "down")).toEqual({ x: 0.5, y: 0.5 - PAN_STEP });
  });

  it("scales the step with the zoom ratio, so zoomed in it moves less of the graph", () => {
    expect(panned({ x: 0, y: 0, ratio: 0.25 }, "right")).toEqual({ x: PAN_STEP * 0.25, y: 0 });
  });
});
