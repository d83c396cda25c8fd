import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { nextStep, previousStep, stepDates } from "../../src/ui/time.ts";

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

describe("stepDates", () => {
  it("(wave) gives the wave dates in order", () => {
    expect(stepDates(project, "wave")).toEqual(["2014-01-31", "2014-07-31"]);
  });
  it("(month) steps calendar months from the first date, clamped to month ends, then the last date", () => {
    expect(stepDates(project, "month")).toEqual([
      "2014-01-31", "2014-02-28", "2014-03-31", "2014-04-30", "2014-05-31", "2014-06-30", "2014-07-31", "2014-08-15",
    ]);
  });
  it("(quarter) steps three months", () => {
    expect(stepDates(project, "quarter")).toEqual(["2014-01-31", "2014-04-30", "2014-07-31", "2014-08-15"]);
  });
  it("(wave) falls back to months when there are no waves, and gives nothing for undated data", () => {
    expect(stepDates({ ...project, waves: [] }, "wave")).toHaveLength(8);
    expect(stepDates({ ...project, waves: [], nodes: [{ ...project.nodes[0], start: undefined, end: undefined }] }, "month")).toEqual([]);
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
  it("give undefined past the ends", () => {
    expect(nextStep(steps, "2014-07-31")).toBeUndefined();
    expect(previousStep(steps, "2014-01-31")).toBeUndefined();
  });
});
