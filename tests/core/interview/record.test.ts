import { describe, expect, it } from "vitest";
import { interviewLabel, knownPairs, planInterview, recordInterview } from "../../../src/core/interview/record.ts";
import { startFromLastReview } from "../../../src/core/interview/lastReview.ts";
import { keptAlters, movedRing, toggledPair, unansweredStill, withAlter, withName, type InterviewState } from "../../../src/core/interview/state.ts";
import { recoveryGroupFields } from "../../../src/core/interview/questions.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

/** Alex (client) tied to Bo (family, strong, supportive since 2024-01-01); Sam Jones exists, tied to nobody. */
const project = (): Project =>
  projectSchema.parse({
    format: "recovery-networks",
    version: 4,
    nodes: [
      { id: "alex", label: "Alex Rivers", kind: "service_user", start: "2024-01-01" },
      { id: "bo", label: "Bo Rivers", kind: "family" },
      { id: "sam", label: "Sam Jones", kind: "family" },
      { id: "cy", label: "Cy", kind: "friend" },
    ],
    ties: [
      { id: "t1", source: "alex", target: "bo", type: "family", valence: "supportive", strength: 5, start: "2024-01-01" },
      { id: "t2", source: "alex", target: "cy", type: "friend", valence: "risk", strength: 2, start: "2024-01-01" },
      { id: "t3", source: "bo", target: "cy", type: "friend", valence: "neutral", strength: 3 },
    ],
    waves: [{ id: "w1", label: "Baseline", date: "2024-01-01" }],
  });

const first = (): InterviewState => ({ client: "alex", date: "2024-06-01", mode: "first", alters: [], pairs: [], step: 0 });

describe("planInterview(project, state)", () => {
  it("throws, naming the client, when the client is not in the service on the date", () => {
    expect(() => planInterview(project(), { ...first(), date: "2023-06-01" })).toThrow("Alex Rivers is not in the service on 2023-06-01; change the review's date");
    expect(() => planInterview(project(), { ...first(), client: "zed" })).toThrow('no client "zed"');
  });

  it("records new people from the date, ties to them and to people already there, and a wave", () => {
    let s = withName(first(), { label: "Jo", kind: "peer_mentor" }, "help");
    s = withName(s, { label: "Sam Jones", kind: "family", nodeId: "sam" }, "crisis");
    s = movedRing(movedRing(s, "new:1", -1), "new:1", -1); // 3 → 5
    s = withAlter(s, "sam", { valence: "supportive" });
    s = toggledPair(s, "new:1", "sam");
    const { project: out, plan } = planInterview(project(), s);
    expect(out.nodes.at(-1)).toEqual({ id: "peer-mentor", label: "Jo", kind: "peer_mentor", start: "2024-06-01", attributes: {} });
    expect(out.ties.slice(3)).toEqual([
      { id: "alex-peer-mentor-2024-06-01", source: "alex", target: "peer-mentor", type: "mentoring", valence: "neutral", strength: 5, start: "2024-06-01", attributes: {} },
      { id: "alex-sam-2024-06-01", source: "alex", target: "sam", type: "family", valence: "supportive", strength: 3, start: "2024-06-01", attributes: {} },
      { id: "peer-mentor-sam-2024-06-01", source: "peer-mentor", target: "sam", type: "other", valence: "neutral", strength: 3, start: "2024-06-01", attributes: {} },
    ]);
    expect(out.waves).toEqual([{ id: "w1", label: "Baseline", date: "2024-01-01" }, { id: "review-2024-06-01", label: "Review 2024-06-01", date: "2024-06-01" }]);
    expect(plan.newPeople).toEqual([{ key: "new:1", label: "Jo", kind: "peer_mentor" }]);
    expect(plan.newTies.map((t) => [t.label, t.strength, t.valence, t.unanswered ?? false])).toEqual([["Jo", 5, "neutral", true], ["Sam Jones", 3, "supportive", false]]);
    expect(plan.newPairs).toEqual([["Jo", "Sam Jones"]]);
    // The ties already there are untouched.
    expect(out.ties.slice(0, 3)).toEqual(project().ties);
  });

  it("ends ties not confirmed, ends and restarts changed ones, keeps the rest, on a repeat review", () => {
    let s = startFromLastReview(project(), "alex", "2024-06-01");
    s = withAlter(s, "cy", { still: false });
    s = withAlter(movedRing(s, "bo", 1), "bo", { valence: "neutral", still: true });
    const { project: out, plan } = planInterview(project(), s);
    expect(out.ties).toEqual([
      { id: "t1", source: "alex", target: "bo", type: "family", valence: "supportive", strength: 5, start: "2024-01-01", end: "2024-06-01", attributes: {} },
      { id: "t2", source: "alex", target: "cy", type: "friend", valence: "risk", strength: 2, start: "2024-01-01", end: "2024-06-01", attributes: {} },
      { id: "t3", source: "bo", target: "cy", type: "friend", valence: "neutral", strength: 3, attributes: {} },
      { id: "alex-bo-2024-06-01", source: "alex", target: "bo", type: "family", valence: "neutral", strength: 4, start: "2024-06-01", attributes: {} },
    ]);
    expect(plan.endedTies).toEqual([{ key: "cy", label: "Cy" }]);
    expect(plan.changedTies).toEqual([{ key: "bo", label: "Bo Rivers", before: { strength: 5, valence: "supportive" }, after: { strength: 4, valence: "neutral" } }]);
    expect(plan.keptTies).toEqual([]);
  });

  it("ends no tie without an explicit No: a repeat review with someone not answered for is refused, naming them", () => {
    const s = withAlter(startFromLastReview(project(), "alex", "2024-06-01"), "cy", { still: false });
    expect(unansweredStill(s).map((a) => a.key)).toEqual(["bo"]);
    expect(() => planInterview(project(), s)).toThrow('1 person has no answer to "still someone you see?" (Bo Rivers); go back and tap Yes or No for each');
    const none = startFromLastReview(project(), "alex", "2024-06-01");
    expect(() => planInterview(project(), none)).toThrow('2 people have no answer to "still someone you see?" (Bo Rivers, Cy)');
    // The people not answered No are still on the later screens (rings, answers, pairs).
    expect(keptAlters(s).map((a) => a.key)).toEqual(["bo"]);
    expect(keptAlters(none).map((a) => a.key)).toEqual(["bo", "cy"]);
    const { project: out, plan } = planInterview(project(), withAlter(s, "bo", { still: true }));
    expect(plan.endedTies).toEqual([{ key: "cy", label: "Cy" }]);
    expect(plan.keptTies.map((t) => t.key)).toEqual(["bo"]);
    expect(out.ties[1].end).toBe("2024-06-01");
    expect(out.ties[0].end).toBeUndefined();
  });

  it("makes a Peer a community member tied by peer support, keeps the kind of a client picked from the project, and ids new people by kind, not name", () => {
    const p = project();
    p.nodes.push({ id: "ray", label: "Ray", kind: "service_user", attributes: {} });
    let s = withName(first(), { label: "Alice Brown", kind: "community_member", tieType: "peer_support" }, "help");
    s = withName(s, { label: "Ray", kind: "service_user", nodeId: "ray", tieType: "peer_support" }, "time");
    s = withName(s, { label: "Dee", kind: "family" }, "crisis");
    s = withName(s, { label: "Eve", kind: "family" }, "crisis");
    const { project: out, plan } = planInterview(p, s);
    expect(out.nodes.slice(5)).toEqual([
      { id: "peer", label: "Alice Brown", kind: "community_member", start: "2024-06-01", attributes: {} },
      { id: "family", label: "Dee", kind: "family", start: "2024-06-01", attributes: {} },
      { id: "family-2", label: "Eve", kind: "family", start: "2024-06-01", attributes: {} },
    ]);
    expect(out.ties.slice(3).map((t) => [t.target, t.type])).toEqual([["peer", "peer_support"], ["ray", "peer_support"], ["family", "family"], ["family-2", "family"]]);
    expect(out.nodes.find((n) => n.id === "ray")!.kind).toBe("service_user");
    expect(plan.newPeople.map((n) => [n.label, n.kind, n.tieType])).toEqual([["Alice Brown", "community_member", "peer_support"], ["Dee", "family", undefined], ["Eve", "family", undefined]]);
  });

  it("records a new group's answer to \"Is it a recovery group?\" as recovery_oriented, with a group type where the name says it", () => {
    let s = withName(first(), { label: "Tuesday Recovery Café", kind: "group" }, "groups");
    s = withName(s, { label: "NA Thursday", kind: "group" }, "groups");
    s = withName(s, { label: "Walking club", kind: "group" }, "groups");
    s = withName(s, { label: "Bingo", kind: "group" }, "groups");
    s = withAlter(withAlter(withAlter(s, "new:1", { recovery: true }), "new:2", { recovery: true }), "new:3", { recovery: false });
    const { project: out, plan } = planInterview(project(), s);
    expect(out.nodes.slice(4)).toEqual([
      { id: "tuesday-recovery-cafe", label: "Tuesday Recovery Café", kind: "group", recovery_oriented: true, group_type: "recovery_community", start: "2024-06-01", attributes: {} },
      { id: "na-thursday", label: "NA Thursday", kind: "group", recovery_oriented: true, group_type: "mutual_aid", start: "2024-06-01", attributes: {} },
      { id: "walking-club", label: "Walking club", kind: "group", recovery_oriented: false, start: "2024-06-01", attributes: {} },
      { id: "bingo", label: "Bingo", kind: "group", start: "2024-06-01", attributes: {} },
    ]);
    expect(plan.newPeople.map((n) => n.recovery)).toEqual([true, true, false, undefined]);
    expect(recoveryGroupFields("SMART Recovery", true)).toEqual({ recovery_oriented: true, group_type: "mutual_aid" });
    expect(recoveryGroupFields("St Mary's", true)).toEqual({ recovery_oriented: true });
    expect(recoveryGroupFields("St Mary's", undefined)).toEqual({});
  });

  it("changes nothing but the wave when everything is confirmed as it was", () => {
    let s = startFromLastReview(project(), "alex", "2024-06-01");
    s = withAlter(withAlter(s, "bo", { still: true }), "cy", { still: true });
    const { project: out, plan } = planInterview(project(), s);
    expect(out.ties).toEqual(project().ties);
    expect(plan.keptTies.map((t) => t.key)).toEqual(["bo", "cy"]);
    expect(out.waves.length).toBe(2);
  });

  it("removes, rather than ends, a tie that started on the review's own date", () => {
    const p = recordInterview(project(), withName(first(), { label: "Jo", kind: "friend" }, "time"));
    let again = withAlter(startFromLastReview(p, "alex", "2024-06-01"), "friend", { still: false });
    again = withAlter(withAlter(again, "bo", { still: true }), "cy", { still: true });
    const out = recordInterview(p, again);
    expect(out.ties.map((t) => t.id)).toEqual(["t1", "t2", "t3"]);
    // The person stays: nodes are never removed by an interview.
    expect(out.nodes.map((n) => n.id)).toEqual(["alex", "bo", "sam", "cy", "friend"]);
  });

  it("gives a new person whose id is taken a numbered id, and leaves pairs already tied alone", () => {
    const p = project();
    p.nodes.push({ id: "family", label: "Fay", kind: "family", attributes: {} });
    let s = withName(first(), { label: "Bo Rivers", kind: "family" }, "time");
    s = withName(s, { label: "Cy", kind: "friend", nodeId: "cy" }, "time");
    s = withName(s, { label: "Bo", kind: "family", nodeId: "bo" }, "time");
    s = toggledPair(s, "bo", "cy");
    expect(knownPairs(p, s)).toEqual([["bo", "cy"]]);
    const { project: out, plan } = planInterview(p, s);
    expect(out.nodes.at(-1)!.id).toBe("family-2");
    expect(plan.newPairs).toEqual([]);
  });

  it("throws when someone named from the project has gone from it", () => {
    const s = withName(first(), { label: "Ghost", kind: "friend", nodeId: "ghost" }, "time");
    expect(() => planInterview(project(), s)).toThrow("Ghost (ghost) is no longer in the project; remove them from the interview");
  });

  it("names the undo step after the client and the date", () => {
    expect(interviewLabel(project(), first())).toBe("Review with Alex Rivers on 2024-06-01");
  });
});
