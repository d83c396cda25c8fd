import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { defaultStep, nextStep, previousStep, stepsOffered, timelineDates } from "../../../src/core/timeline/steps.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [{ id: "a", label: "A", kind: "service_user", start: "2014-01-31", end: "2014-08-15" }],
  ties: [],
  waves: [
    { id: "w2", label: "6 months", date: "2014-07-31" },
    { id: "w1", label: "Baseline", date: "2014-01-31" },
  ],
});
const noWaves = { ...project, waves: [] };
const undated = { ...noWaves, nodes: [{ ...project.nodes[0], start: undefined, end: undefined }] };

describe("timelineDates", () => {
  it("(wave) gives the wave dates in order", () => {
    expect(timelineDates(project, "wave")).toEqual(["2014-01-31", "2014-07-31"]);
  });
  it("(month) steps calendar months from the first date, clamped to month ends, then the last date", () => {
    expect(timelineDates(project, "month")).toEqual([
      "2014-01-31", "2014-02-28", "2014-03-31", "2014-04-30", "2014-05-31", "2014-06-30", "2014-07-31", "2014-08-15",
    ]);
  });
  it("(quarter) steps three months, then the last date", () => {
    expect(timelineDates(project, "quarter")).toEqual(["2014-01-31", "2014-04-30", "2014-07-31", "2014-08-15"]);
  });
  it("(wave) gives nothing for a project without waves, and no step gives anything for undated data", () => {
    expect(timelineDates(noWaves, "wave")).toEqual([]);
    expect(timelineDates(undated, "month")).toEqual([]);
    expect(timelineDates(undated, "quarter")).toEqual([]);
  });
});

describe("stepsOffered / defaultStep", () => {
  it("offer stepping by wave only when the project has waves, and start by wave then", () => {
    expect(stepsOffered(project)).toEqual(["wave", "month", "quarter"]);
    expect(defaultStep(project)).toBe("wave");
  });
  it("start a project without waves by month, which has steps", () => {
    expect(stepsOffered(noWaves)).toEqual(["month", "quarter"]);
    expect(defaultStep(noWaves)).toBe("month");
    expect(timelineDates(noWaves, defaultStep(noWaves))).toHaveLength(8);
  });
});

describe("nextStep / previousStep", () => {
  const steps = ["2014-01-31", "2014-04-30", "2014-07-31"];
  it("move to the neighbouring step, strictly after or before the date", () => {
    expect(nextStep(steps, "2014-01-31")).toBe("2014-04-30");
    expect(nextStep(steps, "2014-02-10")).toBe("2014-04-30");
    expect(previousStep(steps, "2014-04-30")).toBe("2014-01-31");
    expect(previousStep(steps, "2014-05-01")).toBe("2014-04-30");
  });
  it("give undefined past the ends, and the first or last step for no date", () => {
    expect(nextStep(steps, "2014-07-31")).toBeUndefined();
    expect(previousStep(steps, "2014-01-31")).toBeUndefined();
    expect(nextStep(steps, undefined)).toBe("2014-01-31");
    expect(previousStep(steps, undefined)).toBe("2014-07-31");
  });
});
