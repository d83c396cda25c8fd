import { describe, expect, test } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { randomShiftDays, shiftProjectDates, shiftValue } from "../../../src/core/privacy/shiftDates.ts";

describe("randomShiftDays(random)", () => {
  test("maps [0, 1) onto −365…−30 then 30…365 whole days", () => {
    expect(randomShiftDays(0)).toBe(-30);
    expect(randomShiftDays(0.4999)).toBe(-365);
    expect(randomShiftDays(0.5)).toBe(30);
    expect(randomShiftDays(0.99999)).toBe(365);
  });
  test("throws outside [0, 1)", () => {
    expect(() => randomShiftDays(1)).toThrow(/random must be in \[0, 1\), got 1/);
  });
});

describe("shiftValue(value, days)", () => {
  test("moves dates and date-times, leaves anything else", () => {
    expect(shiftValue("2014-02-27", 3)).toBe("2014-03-02");
    expect(shiftValue("2024-10-01T12:00:00Z", -1)).toBe("2024-09-30T12:00:00Z");
    expect(shiftValue("2014-02-27 notes", 3)).toBe("2014-02-27 notes");
    expect(shiftValue(41, 3)).toBe(41);
  });
});

describe("shiftProjectDates(project, days)", () => {
  const project = projectSchema.parse({
    format: "recovery-networks",
    version: 4,
    meta: { title: "t", created: "2014-01-01T09:00:00Z", attributes: { exported: "2015-01-01" } },
    nodes: [
      { id: "a", label: "A", kind: "service_user", start: "2014-01-10", spells: [{ start: "2014-01-10", end: "2014-02-01" }], attributes: { referred: "2013-12-31" } },
      { id: "b", label: "B", kind: "worker" },
    ],
    ties: [{ id: "t", source: "a", target: "b", type: "professional", valence: "neutral", start: "2014-01-10", end: "2014-03-01" }],
    observations: [{ subject: "a", date: "2014-01-10", measure: "review", value: "2014-04-01" }],
    waves: [{ id: "w", label: "Baseline", date: "2014-01-01" }],
  });
  const out = shiftProjectDates(project, 30);

  test("moves every date of every kind by the same days", () => {
    expect(out.meta.created).toBe("2014-01-31T09:00:00Z");
    expect(out.meta.attributes).toEqual({ exported: "2015-01-31" });
    expect(out.nodes[0]).toMatchObject({ start: "2014-02-09", spells: [{ start: "2014-02-09", end: "2014-03-03" }], attributes: { referred: "2014-01-30" } });
    expect(out.nodes[1].start).toBeUndefined();
    expect(out.ties[0]).toMatchObject({ start: "2014-02-09", end: "2014-03-31" });
    expect(out.observations[0]).toMatchObject({ date: "2014-02-09", value: "2014-05-01" });
    expect(out.waves[0].date).toBe("2014-01-31");
    expect(project.waves[0].date).toBe("2014-01-01");
  });
  test("refuses a part of a day", () => {
    expect(() => shiftProjectDates(project, 1.5)).toThrow(/whole number of days, got 1.5/);
  });
});
