import { describe, expect, it } from "vitest";
import { shareAxis } from "../../../src/ui/views/dashboard/indicatorChart.ts";

describe("shareAxis", () => {
  it("ends a share's axis at 100 % at most, and a count's where its values need", () => {
    expect(shareAxis("share", 97).domain()).toEqual([0, 100]); // 97 × 1.08 would round up to 120
    expect(shareAxis("share", 53).domain()).toEqual([0, 60]);
    expect(shareAxis("count", 97).domain()).toEqual([0, 120]);
    expect(shareAxis("share", 0).domain()).toEqual([0, 1]);
  });
});
