import { describe, expect, it } from "vitest";
import {
  computeTimeline,
  DASHBOARD_INDICATORS,
  dashboardIndicator,
  formatChange,
  formatIndicator,
  isolatedShare,
  sinceText,
  stepName,
} from "../../../src/core/timeline/index.ts";
import { fixture } from "../metrics/recovery/fixture.ts";

describe("DASHBOARD_INDICATORS", () => {
  it("reads every indicator from a timeline step, with a title, an axis and a one-line definition", () => {
    const [first] = computeTimeline(fixture()).steps;
    for (const d of DASHBOARD_INDICATORS) {
      expect(d.label.length, d.key).toBeGreaterThan(0);
      expect(d.axis.length, d.key).toBeGreaterThan(0);
      expect(d.definition, d.key).toMatch(/^[A-Z].*\.$/);
      expect(Number.isFinite(d.value(first.network)), d.key).toBe(true);
    }
    // at the baseline, s3 of the four service users has no tie
    expect(dashboardIndicator("isolatedServiceUsers").value(first.network)).toBe(1);
    expect(dashboardIndicator("isolatedServiceUsersShare").value(first.network)).toBe(1 / 4);
    expect(dashboardIndicator("shareWithMentor").value(first.network)).toBe(1 / 4);
    expect(() => dashboardIndicator("nope")).toThrow(/no dashboard indicator "nope"/);
  });

  it("isolatedShare is undefined without service users", () => {
    expect(isolatedShare({ isolatedServiceUsers: 0, kindServiceUser: 0 })).toBeNaN();
    expect(isolatedShare({ isolatedServiceUsers: 3, kindServiceUser: 12 })).toBe(0.25);
  });
});

describe("formatIndicator and formatChange", () => {
  it("write shares in %, counts as integers, ratios to three figures", () => {
    expect(formatIndicator({ unit: "share" }, 0.414)).toBe("41 %");
    expect(formatIndicator({ unit: "count" }, 1234)).toBe("1,234");
    expect(formatIndicator({ unit: "ratio" }, 0.005693673)).toBe("0.00569");
    expect(formatIndicator({ unit: "share" }, Number.NaN)).toBe("–");
  });

  it("write a change in points for shares, signed for counts and ratios, and say when there is none", () => {
    expect(formatChange({ unit: "share" }, 0.45, 0.41)).toBe("+4 points");
    expect(formatChange({ unit: "share" }, 0.40, 0.41)).toBe("−1 point");
    expect(formatChange({ unit: "share" }, 0.412, 0.41)).toBe("no change");
    expect(formatChange({ unit: "count" }, 11, 14)).toBe("−3");
    expect(formatChange({ unit: "ratio" }, 0.0057, 0.0055)).toBe("+0.0002");
    expect(formatChange({ unit: "count" }, 3, Number.NaN)).toBeUndefined();
  });
});

describe("stepName and sinceText", () => {
  it("name a wave's date by its label and any other date by itself", () => {
    const p = fixture();
    expect(stepName(p, "2024-01-01")).toBe("Baseline");
    expect(stepName(p, "2024-03-01")).toBe("2024-03-01");
    expect(sinceText(p, "2024-01-01")).toBe("the Baseline review (2024-01-01)");
    expect(sinceText(p, "2024-03-01")).toBe("2024-03-01");
  });
});
