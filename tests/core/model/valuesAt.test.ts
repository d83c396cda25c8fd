import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROJECT_VERSION, projectSchema, type Project } from "../../../src/core/model/schema.ts";
import { buildObservationIndex, measureLabel, observationsOf, observedMeasures, valueAt } from "../../../src/core/model/valuesAt.ts";

function project(): Project {
  return projectSchema.parse({
    format: "recovery-networks",
    version: PROJECT_VERSION,
    nodes: [
      { id: "a", label: "A", kind: "service_user", use_status: "active_use", attributes: { score: 5 } },
      { id: "b", label: "B", kind: "service_user" },
    ],
    ties: [],
    observations: [
      { subject: "a", date: "2024-06-01", measure: "use_status", value: "abstinent" },
      { subject: "a", date: "2024-03-01", measure: "use_status", value: "reduced_use" },
      { subject: "a", date: "2024-03-01", measure: "barc10", value: 30 },
      { subject: "a", date: "2024-03-01", measure: "barc10", value: 31 },
      { subject: "a", date: "2024-09-01", measure: "barc10", value: 40 },
      { subject: "b", date: "2024-01-01", measure: "note", value: "moved" },
    ],
  });
}

describe("valueAt(project, node, measure, at)", () => {
  it("gives the latest observation on or before the date, with its date", () => {
    const p = project();
    expect(valueAt(p, "a", "use_status", "2024-03-01")).toEqual({ value: "reduced_use", date: "2024-03-01" });
    expect(valueAt(p, "a", "use_status", "2024-05-31")).toEqual({ value: "reduced_use", date: "2024-03-01" });
    expect(valueAt(p, "a", "use_status", "2024-06-01")).toEqual({ value: "abstinent", date: "2024-06-01" });
    expect(valueAt(p, "a", "barc10", "2024-08-31")).toEqual({ value: 31, date: "2024-03-01" });
    expect(valueAt(p, "a", "barc10", "2025-01-01")).toEqual({ value: 40, date: "2024-09-01" });
  });
  it("takes the later record of one day in file order", () => {
    expect(valueAt(project(), "a", "barc10", "2024-03-01")?.value).toBe(31);
  });
  it("falls back to the node's field, then its attribute, without a date", () => {
    const p = project();
    expect(valueAt(p, "a", "use_status", "2024-02-29")).toEqual({ value: "active_use", date: undefined });
    expect(valueAt(p, "a", "score", "2024-02-29")).toEqual({ value: 5, date: undefined });
    expect(valueAt(p, "a", "barc10", "2024-02-29")).toBeUndefined();
    expect(valueAt(p, "b", "use_status", "2024-02-29")).toBeUndefined();
    expect(valueAt(p, "nobody", "barc10", "2024-02-29")).toBeUndefined();
  });
  it("reads the latest of all when there is no date", () => {
    expect(valueAt(project(), "a", "use_status", undefined)).toEqual({ value: "abstinent", date: "2024-06-01" });
  });
  it("gives the same answers through a prebuilt index", () => {
    const p = project();
    const index = buildObservationIndex(p);
    expect(valueAt(index, "a", "barc10", "2024-08-31")).toEqual(valueAt(p, "a", "barc10", "2024-08-31"));
    expect(observationsOf(index, "a", "barc10").map((o) => o.value)).toEqual([30, 31, 40]);
  });
});

describe("observedMeasures(project)", () => {
  it("lists each measure once by name, numeric when every value is a number, with labels", () => {
    expect(observedMeasures(project())).toEqual([
      { measure: "barc10", label: "BARC-10", numeric: true },
      { measure: "note", label: "note", numeric: false },
      { measure: "use_status", label: "Use status", numeric: false },
    ]);
    expect(measureLabel("days_abstinent")).toBe("days abstinent");
  });
});

describe("the sample programme", () => {
  it("su-0314 was in reduced use on 2014-07-01, BARC-10 17 recorded that day", () => {
    const p = projectSchema.parse(JSON.parse(readFileSync("datasets/programme.json", "utf8")));
    expect(p.nodes.find((n) => n.id === "su-0314")?.use_status).toBe("active_use");
    expect(valueAt(p, "su-0314", "use_status", "2014-07-01")).toEqual({ value: "reduced_use", date: "2014-06-07" });
    expect(valueAt(p, "su-0314", "barc10", "2014-07-01")).toEqual({ value: 17, date: "2014-07-01" });
    expect(valueAt(p, "su-0314", "use_status", "2014-09-04")).toEqual({ value: "active_use", date: "2014-09-04" });
  });
});
