import { describe, expect, it } from "vitest";
import {
  computeTimeline,
  DASHBOARD_INDICATORS,
  dashboardIndicator,
  denominatorText,
  formatChange,
  formatIndicator,
  isolatedShare,
  sinceText,
  stepName,
  zeroAtStartNote,
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
    expect(formatIndicator({ unit: "share" }, Number.NaN)).toBe("—");
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

describe("denominatorText and zeroAtStartNote", () => {
  it("say how many service users a share or count is out of, and when there are none", () => {
    const share = dashboardIndicator("shareWithGroup");
    expect(denominatorText(share, 42 / 79, { kindServiceUser: 79 })).toBe("42 of 79 service users");
    expect(denominatorText(dashboardIndicator("isolatedServiceUsers"), 11, { kindServiceUser: 79 })).toBe("11 of 79 service users");
    expect(denominatorText(share, 1, { kindServiceUser: 1 })).toBe("1 of 1 service user");
    expect(denominatorText(share, Number.NaN, { kindServiceUser: 0 })).toBe("no service users at this date");
    expect(denominatorText(dashboardIndicator("density"), 0.5, { kindServiceUser: 79 })).toBeUndefined();
    expect(denominatorText(share, 0.5, {})).toBeUndefined();
  });

  it("explain a line that starts at 0 and rises, and nothing else", () => {
    const share = dashboardIndicator("shareWithGroup");
    expect(zeroAtStartNote(share, [0, 0.3, 0.5], "Baseline (2012-04-01)")).toBe(
      "At Baseline (2012-04-01), no service user had yet joined a group: the data records the first memberships later; so the line starts at 0.",
    );
    expect(zeroAtStartNote(share, [0.1, 0.3], "Baseline")).toBeUndefined();
    expect(zeroAtStartNote(share, [0, 0, Number.NaN], "Baseline")).toBeUndefined();
    expect(zeroAtStartNote(dashboardIndicator("bridgingTies"), [0, 3], "Baseline")).toBeUndefined();
  });

  it("define every indicator in plain words, without code terms or a 0-to-1 scale for a value shown in %", () => {
    for (const d of DASHBOARD_INDICATORS) {
      expect(d.definition, d.key).not.toMatch(/NaN|_|=|\bn\(|from 0 to 1/);
      if (d.unit === "share") expect(d.definition, d.key).toMatch(/percentage/);
    }
  });
});
