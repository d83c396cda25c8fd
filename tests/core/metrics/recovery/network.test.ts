import { describe, expect, it } from "vitest";
import { computeNetworkIndicators } from "../../../../src/core/metrics/recovery/index.ts";
import { bridgingPeople, bridgingTies } from "../../../../src/core/metrics/recovery/network/bridgingTies.ts";
import { eiIndex } from "../../../../src/core/metrics/recovery/network/eiIndex.ts";
import { mentorBrokerageShare } from "../../../../src/core/metrics/recovery/network/mentorBrokerage.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { atSecondWave, makeProject, node, tie } from "./fixture.ts";

describe("network recovery indicators on the fixture", () => {
  const { graph, context } = atSecondWave();
  const values = computeNetworkIndicators(graph, context);

  it("counts nodes by kind and ties by type", () => {
    expect(values.kind_service_user).toBe(4);
    expect(values.kind_group).toBe(3);
    expect(values.kind_community_member).toBe(0);
    expect(values.type_friend).toBe(4);
    expect(values.type_membership).toBe(3);
    expect(values.type_peer_support).toBe(0); // t13 ended before wave 2
  });

  it("E–I index: 6 ties across the sides, 3 within, worker and treatment-service ties left out", () => {
    expect(values.ei_index).toBeCloseTo(3 / 9, 15);
  });

  it("service-user shares and isolated service users", () => {
    expect(values.share_with_group).toBe(1 / 2); // s1 (g2), s2 (g3) of 4
    expect(values.share_with_supportive_peer).toBe(1 / 4); // s1 via the mentor
    expect(values.share_with_mentor).toBe(1 / 4);
    expect(values.isolated_service_users).toBe(1); // s3
  });

  it("bridging ties and people", () => {
    expect(values.bridging_ties).toBe(1); // g1–g2
    expect(values.bridging_people).toBe(0);
  });

  it("mentors' share of brokerage: m's betweenness 3.5 of a total 64 (networkx, unnormalised)", () => {
    expect(values.mentor_brokerage_share).toBeCloseTo(3.5 / 64, 15);
    // a precomputed, normalised betweenness gives the same share
    const normalised = new Map([["m", 7], ["s1", 53], ["x", 1000], ["fr", 68]]);
    expect(mentorBrokerageShare(graph, normalised)).toBe(7 / 128);
  });
});

describe("network indicators at their edges", () => {
  it("E–I index is +1 when every tie crosses, −1 when none does, NaN without sided ties", () => {
    const p = makeProject(
      [node("a", "service_user"), node("b", "family"), node("c", "worker")],
      [tie("ab", "a", "b", "family", "supportive"), tie("ac", "a", "c", "professional", "neutral")],
    );
    expect(eiIndex.fn(snapshotAt(p), {}, { project: p, at: undefined })).toBe(1);
    const q = makeProject(
      [node("a", "service_user"), node("b", "peer_mentor")],
      [tie("ab", "a", "b", "mentoring", "supportive")],
    );
    expect(eiIndex.fn(snapshotAt(q), {}, { project: q, at: undefined })).toBe(-1);
    const r = makeProject([node("a", "service_user"), node("c", "worker")], [tie("ac", "a", "c", "professional", "neutral")]);
    expect(eiIndex.fn(snapshotAt(r), {}, { project: r, at: undefined })).toBeNaN();
  });

  it("bridging people belong to a recovery group and a community group; group_type decides when recovery_oriented is absent", () => {
    const p = makeProject(
      [node("a", "peer_mentor"), node("r", "group", { group_type: "recovery_community" }), node("c", "group", { group_type: "faith" })],
      [tie("ar", "a", "r", "membership", "supportive"), tie("ac", "a", "c", "membership", "supportive")],
    );
    const g = snapshotAt(p);
    expect(bridgingPeople.fn(g, {}, { project: p, at: undefined })).toBe(1);
    expect(bridgingTies.fn(g, {}, { project: p, at: undefined })).toBe(0);
  });

  it("shares are NaN without service users, and the brokerage share is NaN when nobody brokers", () => {
    const p = makeProject([node("a", "friend"), node("b", "friend")], [tie("ab", "a", "b", "friend", "supportive")]);
    const v = computeNetworkIndicators(snapshotAt(p), { project: p, at: undefined });
    expect(v.share_with_group).toBeNaN();
    expect(v.mentor_brokerage_share).toBeNaN();
    expect(v.isolated_service_users).toBe(0);
  });
});
