import { describe, expect, it } from "vitest";
import { constraint } from "../../../../src/core/metrics/recovery/constraint.ts";
import { egoDensity } from "../../../../src/core/metrics/recovery/egoDensity.ts";
import { effectiveSize } from "../../../../src/core/metrics/recovery/effectiveSize.ts";
import { familyTies } from "../../../../src/core/metrics/recovery/familyTies.ts";
import { communityGroups, groupMemberships, recoveryGroups } from "../../../../src/core/metrics/recovery/groupMemberships.ts";
import { computePersonIndicators, RECOVERY_NODE_INDICATORS } from "../../../../src/core/metrics/recovery/index.ts";
import type { PersonIndicatorDescriptor } from "../../../../src/core/metrics/recovery/indicator.ts";
import { kindDiversity } from "../../../../src/core/metrics/recovery/kindDiversity.ts";
import { networkSize } from "../../../../src/core/metrics/recovery/networkSize.ts";
import { peerMentorTie } from "../../../../src/core/metrics/recovery/peerMentorTie.ts";
import { professionalShare } from "../../../../src/core/metrics/recovery/professionalShare.ts";
import { recoveryReach } from "../../../../src/core/metrics/recovery/recoveryReach.ts";
import { CHANGE_INDICATORS } from "../../../../src/core/metrics/recovery/tieChange.ts";
import {
  neutralShare,
  neutralTies,
  riskShare,
  riskTies,
  supportiveShare,
  supportiveTies,
} from "../../../../src/core/metrics/recovery/tieValence.ts";
import { atSecondWave } from "./fixture.ts";

/** Runs a descriptor with its default parameters (or the given ones) on the fixture at wave 2. */
function run(d: { fn: PersonIndicatorDescriptor["fn"]; params: PersonIndicatorDescriptor["params"] }, params: object = {}) {
  const { graph, context } = atSecondWave();
  return d.fn(graph, d.params.parse(params), context);
}

describe("per-person indicators on the fixture", () => {
  it("network_size counts distinct people, not groups or parallel ties", () => {
    const values = run(networkSize);
    expect(values.get("s1")).toBe(4); // m, f, fr (two ties), w; g2 is a group
    expect(values.get("s2")).toBe(1);
    expect(values.get("s3")).toBe(0);
    expect(values.has("g1")).toBe(false); // groups get no person indicators
  });

  it("valence counts count every tie; shares divide by all ties", () => {
    expect(run(supportiveTies).get("s1")).toBe(4);
    expect(run(neutralTies).get("s1")).toBe(1);
    expect(run(riskTies).get("s1")).toBe(1);
    expect(run(supportiveShare).get("s1")).toBeCloseTo(4 / 6, 15);
    expect(run(neutralShare).get("s1")).toBeCloseTo(1 / 6, 15);
    expect(run(riskShare).get("s1")).toBeCloseTo(1 / 6, 15);
    expect(run(riskShare).get("s2")).toBe(1 / 2);
    expect(run(riskShare).get("s3")).toBeNaN();
  });

  it("group memberships split into recovery-oriented and wider community; treatment services are neither", () => {
    expect(run(groupMemberships).get("s1")).toBe(1);
    expect(run(recoveryGroups).get("s1")).toBe(0);
    expect(run(communityGroups).get("s1")).toBe(1);
    expect(run(groupMemberships).get("s2")).toBe(1);
    expect(run(recoveryGroups).get("s2")).toBe(0);
    expect(run(communityGroups).get("s2")).toBe(0);
    expect(run(recoveryGroups).get("m")).toBe(1);
  });

  it("peer_mentor_tie, family_ties and professional_share", () => {
    expect(run(peerMentorTie).get("s1")).toBe(1);
    expect(run(peerMentorTie).get("s2")).toBe(0);
    expect(run(familyTies).get("s1")).toBe(1);
    expect(run(familyTies).get("fr")).toBe(0);
    expect(run(professionalShare).get("s1")).toBeCloseTo(1 / 6, 15);
    expect(run(professionalShare).get("s4")).toBe(1);
    expect(run(professionalShare).get("s3")).toBeNaN();
  });

  it("ego density, effective size and constraint (networkx 2.8 values)", () => {
    // s1's alters m, f, fr, w, g2: one pair (f–fr) is tied.
    expect(run(egoDensity).get("s1")).toBeCloseTo(1 / 10, 15);
    expect(run(effectiveSize).get("s1")).toBeCloseTo(5 - 2 / 5, 15);
    expect(run(constraint).get("s1")).toBeCloseTo(253 / 900, 15);
    expect(run(effectiveSize).get("s2")).toBe(2);
    expect(run(constraint).get("s2")).toBe(1 / 2);
    expect(run(effectiveSize).get("s3")).toBeNaN();
    expect(run(constraint).get("s3")).toBeNaN();
    expect(run(egoDensity).get("s3")).toBe(0);
  });

  it("kind diversity is the IQV over the 7 kinds", () => {
    // five alters of five different kinds: (7/6)(1 − 5·(1/5)²) = 14/15
    expect(run(kindDiversity).get("s1")).toBeCloseTo(14 / 15, 15);
    // s4: one worker only
    expect(run(kindDiversity).get("s4")).toBe(0);
    // s2: a friend and a group: (7/6)(1 − 2·(1/2)²) = 7/12
    expect(run(kindDiversity).get("s2")).toBeCloseTo(7 / 12, 15);
  });

  it("recovery reach looks the given number of steps out", () => {
    expect(run(recoveryReach).get("s1")).toBe(1); // s1 – m – g1
    expect(run(recoveryReach).get("s2")).toBe(0); // g1 is 4 steps away
    expect(run(recoveryReach, { steps: 3 }).get("s2")).toBe(0);
    expect(run(recoveryReach, { steps: 4 }).get("s2")).toBe(1);
    expect(run(recoveryReach).get("m")).toBe(1);
  });

  it("ties gained and lost since the previous wave, by valence", () => {
    const byId = new Map(CHANGE_INDICATORS.map((d) => [d.id, d]));
    const value = (id: string, person: string) => run(byId.get(id)! as PersonIndicatorDescriptor).get(person);
    expect(value("ties_gained", "s1")).toBe(1); // the risk tie t4
    expect(value("ties_lost", "s1")).toBe(1); // the peer-support tie t13
    expect(value("risk_ties_gained", "s1")).toBe(1);
    expect(value("supportive_ties_gained", "s1")).toBe(0);
    expect(value("supportive_ties_lost", "s1")).toBe(1);
    expect(value("supportive_ties_lost", "s2")).toBe(1);
    expect(value("ties_gained", "s2")).toBe(0);
    expect(value("neutral_ties_lost", "s1")).toBe(0);
  });

  it("change indicators are NaN without a previous wave", () => {
    const { graph, context } = atSecondWave();
    const values = computePersonIndicators(graph, { project: context.project, at: context.at });
    expect(values.get("s1")!.ties_gained).toBeNaN();
    expect(values.get("s1")!.network_size).toBe(4);
  });

  it("every indicator has a unique id and parses its defaults", () => {
    const ids = RECOVERY_NODE_INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of RECOVERY_NODE_INDICATORS) expect(() => d.params.parse({})).not.toThrow();
  });

  it("computePersonIndicators restricted to some people gives the same values as the full run", () => {
    const { graph, context } = atSecondWave();
    const all = computePersonIndicators(graph, context);
    const some = computePersonIndicators(graph, context, ["s2"]);
    expect([...some.keys()]).toEqual(["s2"]);
    expect(some.get("s2")).toEqual(all.get("s2"));
    expect(all.size).toBe(8);
  });
});
