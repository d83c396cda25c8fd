import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computePersonIndicators, RECOVERY_NODE_INDICATORS } from "../../../src/core/metrics/recovery/index.ts";
import { withOutputKeys } from "../../../src/core/metrics/report.ts";
import { snapshotAt } from "../../../src/core/model/snapshot.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";
import { activeSetSignatures, computeTimeline, timelineDates } from "../../../src/core/timeline/index.ts";
import { fixture, makeProject, node, tie } from "../metrics/recovery/fixture.ts";
import { syntheticProgramme } from "./synthetic.ts";

describe("timelineDates", () => {
  it("steps by wave, month or quarter from the first date to the last", () => {
    const p = fixture(); // dates: 2024-01-01 (wave), 2024-03-01 (tie change), 2024-06-01 (wave)
    expect(timelineDates(p, "wave")).toEqual(["2024-01-01", "2024-06-01"]);
    expect(timelineDates(p, "quarter")).toEqual(["2024-01-01", "2024-04-01", "2024-06-01"]); // and the last date, "now"
    expect(timelineDates(p, "month")).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"]);
    expect(timelineDates(makeProject([node("a", "friend")], []), "month")).toEqual([]);
  });
});

describe("activeSetSignatures", () => {
  it("is equal exactly when the active nodes and ties are the same, even after a change is undone", () => {
    const p = makeProject(
      [node("a", "service_user"), node("b", "friend", { start: "2024-05-01" })],
      [tie("x", "a", "b", "friend", "supportive", { start: "2024-02-01", end: "2024-03-01" })],
    );
    const [jan, feb, mar, jun] = activeSetSignatures(p, ["2024-01-15", "2024-02-10", "2024-03-05", "2024-06-01"]);
    expect(mar).toBe(jan); // x came and went: the same sets again
    expect(feb).not.toBe(jan);
    expect(jun).not.toBe(jan); // b has started
    // order of the requested dates does not matter
    expect(activeSetSignatures(p, ["2024-06-01", "2024-01-15"])).toEqual([jun, jan]);
  });

  it("follows a node's spells: absent in the gap, the same set again when it comes back", () => {
    const spells = [{ start: "2024-01-01", end: "2024-02-01" }, { start: "2024-03-01" }];
    const p = makeProject([node("a", "service_user"), node("b", "friend", { start: "2024-01-01", spells })], []);
    const [jan, feb, mar] = activeSetSignatures(p, ["2024-01-15", "2024-02-10", "2024-03-05"]);
    expect(feb).not.toBe(jan); // b is away
    expect(mar).toBe(jan); // b is back
  });
});

describe("computeTimeline", () => {
  it("shares one network computation between steps with the same snapshot and reports each person's change", () => {
    const { steps, stats } = computeTimeline(fixture(), { dates: ["2024-01-01", "2024-02-01", "2024-06-01"] });
    expect(stats).toEqual({ steps: 3, networkComputations: 2, personComputations: 8 + 0 + 4 }); // at 06-01: s1, s2, fr (tie ends) and f (tied to both s1 and fr)
    expect(steps[1].network).toBe(steps[0].network);
    expect(steps[1].changes).toEqual({});
    expect(steps[0].network.ties).toBe(12);
    expect(steps[2].network.ties).toBe(12);
    const s1 = steps[2].changes.s1;
    expect(s1.entered).toBe(false);
    expect(s1.ties).toEqual({
      gained: 1, lost: 1, supportiveGained: 0, supportiveLost: 1, neutralGained: 0, neutralLost: 0, riskGained: 1, riskLost: 0,
    });
    // s1 had s2 (peer support) and now has a second tie with fr: one person fewer, one risk tie more
    expect(s1.deltas.networkSize).toBe(-1);
    expect(s1.deltas.riskTies).toBe(1);
    expect(s1.deltas.supportiveTies).toBe(-1);
    expect(s1.deltas).not.toHaveProperty("groups");
    // f changed: its constraint uses 1/deg(s1), and s1 lost s2
    expect(Object.keys(steps[2].changes).sort()).toEqual(["f", "fr", "s1", "s2"]);
    expect(Object.keys(steps[2].changes.f.deltas)).toEqual(["constraint"]);
  });

  /** Every step's incremental indicators equal a full recomputation; returns the person-steps. */
  function checkAgainstFull(project: Project, every: "quarter" | "month"): { personSteps: number; recomputed: number } {
    const { steps, stats } = computeTimeline(project, { every, keepPeople: true });
    expect(steps.length).toBe(timelineDates(project, every).length);
    const state = RECOVERY_NODE_INDICATORS.filter((d) => !d.change);
    let personSteps = 0;
    for (const step of steps) {
      const graph = snapshotAt(project, step.date);
      const full = computePersonIndicators(graph, { project, at: step.date }, undefined, state);
      personSteps += full.size;
      const expected: Record<string, Record<string, number>> = {};
      for (const [id, values] of full) expected[id] = withOutputKeys(values);
      expect(step.people, step.date).toEqual(expected);
    }
    return { personSteps, recomputed: stats.personComputations };
  }

  it("recomputes only people near a change, and gives the same indicators as a full recomputation", () => {
    const project = syntheticProgramme(7, 60, 6, 4);
    expect(timelineDates(project, "quarter").length).toBeGreaterThan(20);
    const { personSteps, recomputed } = checkAgainstFull(project, "quarter");
    expect(recomputed).toBeLessThan(personSteps);
  });

  it("agrees with a full recomputation on the sample programme, month by month", () => {
    const text = readFileSync(new URL("../../../datasets/programme.json", import.meta.url), "utf8");
    const { personSteps, recomputed } = checkAgainstFull(projectSchema.parse(JSON.parse(text)), "month");
    expect(recomputed).toBeLessThan(personSteps / 2);
  });

  it("by wave on a project without waves gives no steps", () => {
    expect(computeTimeline(makeProject([node("a", "friend")], [])).steps).toEqual([]);
  });
});
