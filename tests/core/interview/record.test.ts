import { describe, expect, it } from "vitest";
import { interviewLabel, knownPairs, planInterview, recordInterview } from "../../../src/core/interview/record.ts";
import { startFromLastReview } from "../../../src/core/interview/lastReview.ts";
import { movedRing, toggledPair, withAlter, withName, type InterviewState } from "../../../src/core/interview/state.ts";
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
    expect(out.nodes.at(-1)).toEqual({ id: "jo", label: "Jo", kind: "peer_mentor", start: "2024-06-01", attributes: {} });
    expect(out.ties.slice(3)).toEqual([
      { id: "alex-jo-2024-06-01", source: "alex", target: "jo", type: "mentoring", valence: "neutral", strength: 5, start: "2024-06-01", attributes: {} },
      { id: "alex-sam-2024-06-01", source: "alex", target: "sam", type: "family", valence: "supportive", strength: 3, start: "2024-06-01", attributes: {} },
      { id: "jo-sam-2024-06-01", source: "jo", target: "sam", type: "other", valence: "neutral", strength: 3, start: "2024-06-01", attributes: {} },
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

  it("ends the ties of people from the last review the client was not asked about", () => {
    const s = withAlter(startFromLastReview(project(), "alex", "2024-06-01"), "bo", { still: true });
    const { project: out, plan } = planInterview(project(), s);
    expect(plan.endedTies).toEqual([{ key: "cy", label: "Cy" }]);
    expect(out.ties[1].end).toBe("2024-06-01");
    expect(out.ties[0].end).toBeUndefined();
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
    const again = withAlter(startFromLastReview(p, "alex", "2024-06-01"), "jo", { still: false });
    const out = recordInterview(p, again);
    expect(out.ties.map((t) => t.id)).toEqual(["t1", "t2", "t3"]);
    // The person stays: nodes are never removed by an interview.
    expect(out.nodes.map((n) => n.id)).toEqual(["alex", "bo", "sam", "cy", "jo"]);
  });

  it("gives a new person whose name is taken a numbered id, and leaves pairs already tied alone", () => {
    let s = withName(first(), { label: "Bo Rivers", kind: "family" }, "time");
    s = withName(s, { label: "Cy", kind: "friend", nodeId: "cy" }, "time");
    s = withName(s, { label: "Bo", kind: "family", nodeId: "bo" }, "time");
    s = toggledPair(s, "bo", "cy");
    expect(knownPairs(project(), s)).toEqual([["bo", "cy"]]);
    const { project: out, plan } = planInterview(project(), s);
    expect(out.nodes.at(-1)!.id).toBe("bo-rivers");
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
