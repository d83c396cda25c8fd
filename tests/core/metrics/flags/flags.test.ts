import { describe, expect, it } from "vitest";
import type { FlagDescriptor, MetricContext } from "../../../../src/core/metrics/descriptor.ts";
import { fewPeople } from "../../../../src/core/metrics/flags/fewPeople.ts";
import { evaluateFlags, FLAGS, flagSettingsSchema } from "../../../../src/core/metrics/flags/index.ts";
import { newRiskTies } from "../../../../src/core/metrics/flags/newRiskTies.ts";
import { noGroup } from "../../../../src/core/metrics/flags/noGroup.ts";
import { noRecoverySupport } from "../../../../src/core/metrics/flags/noRecoverySupport.ts";
import { noSupportivePersonalTie } from "../../../../src/core/metrics/flags/noSupportivePersonalTie.ts";
import { noTies } from "../../../../src/core/metrics/flags/noTies.ts";
import { onlyProfessional } from "../../../../src/core/metrics/flags/onlyProfessional.ts";
import { riskHalfOrMore } from "../../../../src/core/metrics/flags/riskHalfOrMore.ts";
import { supportiveTiesLost } from "../../../../src/core/metrics/flags/supportiveTiesLost.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import type { RecoveryGraph } from "../../../../src/core/model/graph.ts";
import { atSecondWave, fixture, makeProject, node, tie } from "../recovery/fixture.ts";

/** Checks one flag for one person with the given settings on top of the defaults. */
function check(f: FlagDescriptor, person: string, graph: RecoveryGraph, context: MetricContext, settings: object = {}) {
  return f.fn(person, graph, f.params.parse(flagSettingsSchema.parse(settings)), context);
}

/** a: service user with `risk` risk ties and `supportive` supportive friend ties. */
function riskProject(risk: number, supportive: number) {
  const nodes = [node("a", "service_user")];
  const ties = [];
  for (let i = 0; i < risk + supportive; i++) {
    nodes.push(node(`p${i}`, "friend"));
    ties.push(tie(`t${i}`, "a", `p${i}`, "friend", i < risk ? "risk" : "supportive"));
  }
  const project = makeProject(nodes, ties);
  return { graph: snapshotAt(project), context: { project, at: undefined } as MetricContext };
}

describe("isolation flags on the fixture", () => {
  const { graph, context } = atSecondWave();

  it("no_ties fires for the isolated person only", () => {
    expect(check(noTies, "s3", graph, context)).toEqual({ text: "no ties at this date", values: { ties: 0 } });
    expect(check(noTies, "s4", graph, context)).toBeUndefined();
  });

  it("only_professional fires when every tie is professional, not with one personal tie, not without ties", () => {
    expect(check(onlyProfessional, "s4", graph, context)).toEqual({
      text: "the only tie is professional",
      values: { ties: 1, professional: 1 },
    });
    expect(check(onlyProfessional, "s1", graph, context)).toBeUndefined();
    expect(check(onlyProfessional, "s3", graph, context)).toBeUndefined();
  });

  it("no_supportive_personal_tie ignores professional ties and groups", () => {
    expect(check(noSupportivePersonalTie, "s2", graph, context)).toEqual({
      text: "none of 1 personal tie is supportive",
      values: { personal: 1, supportivePersonal: 0 },
    });
    expect(check(noSupportivePersonalTie, "s4", graph, context)?.values).toEqual({ personal: 0, supportivePersonal: 0 });
    expect(check(noSupportivePersonalTie, "s1", graph, context)).toBeUndefined();
  });

  it("no_group fires below minGroups", () => {
    expect(check(noGroup, "s4", graph, context)?.text).toBe("belongs to no group");
    expect(check(noGroup, "s1", graph, context)).toBeUndefined(); // 1 group = the threshold
    expect(check(noGroup, "s1", graph, context, { minGroups: 2 })).toEqual({
      text: "belongs to 1 group, fewer than 2",
      values: { groups: 1, minGroups: 2 },
    });
  });

  it("no_recovery_support fires without a recovery group and without a mentor", () => {
    expect(check(noRecoverySupport, "s2", graph, context)?.values).toEqual({ recoveryGroups: 0, peerMentor: 0 });
    expect(check(noRecoverySupport, "s1", graph, context)).toBeUndefined(); // has mentor m
    expect(check(noRecoverySupport, "m", graph, context)).toBeUndefined(); // is in g1
  });

  it("supportive_ties_lost and new_risk_ties compare with the previous wave, at their thresholds", () => {
    // s1 lost t13 of its 5 supportive ties (20%): below the default share of one half.
    expect(check(supportiveTiesLost, "s1", graph, context)).toBeUndefined();
    expect(check(supportiveTiesLost, "s1", graph, context, { supportiveLostShareAtLeast: 0.2 })).toEqual({
      text: "lost 1 of 5 supportive ties since 2024-01-01",
      values: { lost: 1, before: 5 },
    });
    expect(check(supportiveTiesLost, "s1", graph, context, { supportiveLostShareAtLeast: 0.21 })).toBeUndefined();
    expect(check(supportiveTiesLost, "s1", graph, context, { supportiveLostAtLeast: 2, supportiveLostShareAtLeast: 0 })).toBeUndefined();
    // s2 lost its only supportive tie (t13).
    expect(check(supportiveTiesLost, "s2", graph, context)).toEqual({ text: "lost 1 of 1 supportive tie since 2024-01-01", values: { lost: 1, before: 1 } });
    expect(check(supportiveTiesLost, "s4", graph, context)).toBeUndefined();
    expect(check(newRiskTies, "s1", graph, context)).toEqual({ text: "1 new risk tie since 2024-01-01", values: { gained: 1 } });
    expect(check(newRiskTies, "s1", graph, context, { newRiskAtLeast: 2 })).toBeUndefined();
    expect(check(newRiskTies, "s2", graph, context)).toBeUndefined(); // t9 was already there
  });

  it("change flags never fire for a person absent at the previous wave (a new client)", () => {
    const project = fixture();
    const later = { ...project, nodes: project.nodes.map((n) => (n.id === "s1" ? { ...n, start: "2024-02-01" } : n)) };
    const now = snapshotAt(later, "2024-06-01");
    const context = { project: later, at: "2024-06-01", previous: snapshotAt(later, "2024-01-01"), previousAt: "2024-01-01" };
    expect(check(newRiskTies, "s1", now, context)).toBeUndefined();
    expect(check(supportiveTiesLost, "s1", now, context, { supportiveLostShareAtLeast: 0 })).toBeUndefined();
  });

  it("change flags never fire without a previous wave", () => {
    const bare = { project: context.project, at: context.at };
    expect(check(supportiveTiesLost, "s1", graph, bare)).toBeUndefined();
    expect(check(newRiskTies, "s1", graph, bare)).toBeUndefined();
  });

  it("few_people fires below minPeople, counting distinct people", () => {
    expect(check(fewPeople, "s2", graph, context)).toEqual({
      text: "linked to 1 person, fewer than 3",
      values: { people: 1, minPeople: 3 },
    });
    expect(check(fewPeople, "s1", graph, context)).toBeUndefined(); // 4 people
    expect(check(fewPeople, "s1", graph, context, { minPeople: 4 })).toBeUndefined(); // 4 = threshold
    expect(check(fewPeople, "s1", graph, context, { minPeople: 5 })?.text).toBe("linked to 4 people, fewer than 5");
  });
});

describe("risk_half_or_more at its threshold", () => {
  it("fires at exactly one half, with the evidence in words and numbers", () => {
    const { graph, context } = riskProject(1, 1);
    expect(check(riskHalfOrMore, "a", graph, context)).toEqual({
      text: "1 of 2 ties is a risk tie (50%; threshold 50%)",
      values: { risk: 1, ties: 2, share: 1 / 2, threshold: 0.5 },
    });
  });
  it("does not fire just below one half", () => {
    const { graph, context } = riskProject(2, 3);
    expect(check(riskHalfOrMore, "a", graph, context)).toBeUndefined();
  });
  it("uses the configured threshold", () => {
    const { graph, context } = riskProject(2, 1);
    expect(check(riskHalfOrMore, "a", graph, context)?.text).toBe("2 of 3 ties are risk ties (67%; threshold 50%)");
    expect(check(riskHalfOrMore, "a", graph, context, { riskShareAtLeast: 0.7 })).toBeUndefined();
  });
  it("does not fire without ties", () => {
    const { graph, context } = riskProject(0, 0);
    expect(check(riskHalfOrMore, "a", graph, context)).toBeUndefined();
  });
});

describe("evaluateFlags", () => {
  it("checks service users by default, in node then flag order", () => {
    const { graph, context } = atSecondWave();
    const raised = evaluateFlags(graph, context).map((r) => `${r.node}:${r.flag}`);
    expect(raised).toEqual([
      "s1:new_risk_ties",
      "s2:no_supportive_personal_tie",
      "s2:risk_half_or_more",
      "s2:no_recovery_support",
      "s2:supportive_ties_lost",
      "s2:few_people",
      "s3:no_ties",
      "s3:no_supportive_personal_tie",
      "s3:no_group",
      "s3:no_recovery_support",
      "s3:few_people",
      "s4:only_professional",
      "s4:no_supportive_personal_tie",
      "s4:no_group",
      "s4:no_recovery_support",
      "s4:few_people",
    ]);
  });
  it("checks the kinds the settings name", () => {
    const { graph, context } = atSecondWave();
    const raised = evaluateFlags(graph, context, { kinds: ["friend"] });
    expect(raised.map((r) => `${r.node}:${r.flag}`)).toEqual([
      "fr:risk_half_or_more", // t4 and t9 of its 4 ties
      "fr:no_group",
      "fr:no_recovery_support",
      "fr:new_risk_ties",
    ]);
  });
  it("every flag has a unique id and parses the default settings", () => {
    expect(new Set(FLAGS.map((f) => f.id)).size).toBe(9);
    for (const f of FLAGS) expect(() => f.params.parse(flagSettingsSchema.parse({}))).not.toThrow();
  });
});
