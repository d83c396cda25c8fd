import { describe, expect, it } from "vitest";
import { interviewSchema, interviewSteps, movedRing, suggestedValence, toggledPair, withAlter, withName, withoutName, withSuggestedValences, type InterviewState } from "../../../src/core/interview/state.ts";
import { strengthOfRing } from "../../../src/core/interview/questions.ts";

const empty = (): InterviewState => ({ client: "alex", date: "2024-06-01", mode: "first", alters: [], pairs: [], step: 0 });

describe("the interview's state", () => {
  it("has nine screens for a first interview and six for a repeat one", () => {
    expect(interviewSteps({ mode: "first" }).map((s) => ("generator" in s ? s.generator : s.id))).toEqual(["time", "help", "crisis", "use", "groups", "rings", "valence", "pairs", "review"]);
    expect(interviewSteps({ mode: "repeat" }).map((s) => s.id)).toEqual(["still", "new", "rings", "valence", "pairs", "review"]);
  });

  it("withName adds a name once: naming the same person again (accents and case aside) adds the question to them", () => {
    let s = withName(empty(), { label: " Zoë ", kind: "friend" }, "time");
    s = withName(s, { label: "zoe", kind: "family" }, "crisis");
    expect(s.alters).toEqual([{ key: "new:1", label: "Zoë", kind: "friend", named: ["time", "crisis"], strength: 3 }]);
    s = withName(s, { label: "Bo", kind: "family", nodeId: "bo" }, "time");
    expect(s.alters.map((a) => a.key)).toEqual(["new:1", "bo"]);
    expect(() => withName(s, { label: "  ", kind: "friend" }, "time")).toThrow("the name is empty");
  });

  it("withoutName removes a name no question names any more, with its pairs", () => {
    let s = withName(withName(empty(), { label: "Zoë", kind: "friend" }, "time"), { label: "Bo", kind: "family" }, "time");
    s = toggledPair(s, "new:1", "new:2");
    expect(s.pairs).toEqual([["new:1", "new:2"]]);
    s = withoutName(s, "new:1", "time");
    expect(s.alters.map((a) => a.label)).toEqual(["Bo"]);
    expect(s.pairs).toEqual([]);
  });

  it("movedRing moves one ring at a time and stops at the closest and the furthest", () => {
    let s = withName(empty(), { label: "Bo", kind: "family" }, "time");
    s = movedRing(movedRing(movedRing(s, "new:1", -1), "new:1", -1), "new:1", -1);
    expect(s.alters[0].strength).toBe(5);
    for (let i = 0; i < 6; i++) s = movedRing(s, "new:1", 1);
    expect(s.alters[0].strength).toBe(1);
    expect(strengthOfRing(1)).toBe(5);
    expect(strengthOfRing(5)).toBe(1);
  });

  it("toggledPair adds a pair once in either order and takes it away again", () => {
    let s = toggledPair(empty(), "a", "b");
    s = toggledPair(s, "b", "a");
    expect(s.pairs).toEqual([]);
    expect(toggledPair(empty(), "a", "a").pairs).toEqual([]);
  });

  it("the schema refuses a draft with a strength out of 1–5 or an empty name", () => {
    const bad = { ...empty(), alters: [{ key: "k", label: "", kind: "friend", named: [], strength: 7 }] };
    const result = interviewSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["alters.0.label", "alters.0.strength"]);
  });

  it("suggestedValence carries \"helps you stay well\" and \"use or drink with\" into the answer; withSuggestedValences fills only the unanswered", () => {
    let s = withName(empty(), { label: "Bo", kind: "family" }, "help");
    s = withName(s, { label: "Cy", kind: "friend" }, "use");
    s = withName(s, { label: "Di", kind: "friend" }, "help");
    s = withName(s, { label: "Di", kind: "friend" }, "use");
    s = withName(s, { label: "Ed", kind: "friend" }, "time");
    s = withName(s, { label: "Fi", kind: "friend" }, "use");
    s = withAlter(s, "new:5", { valence: "neutral" });
    expect(s.alters.map(suggestedValence)).toEqual(["supportive", "risk", undefined, undefined, "risk"]);
    const out = withSuggestedValences(s);
    expect(out.alters.map((a) => a.valence)).toEqual(["supportive", "risk", undefined, undefined, "neutral"]);
    expect(withSuggestedValences(out)).toBe(out);
  });
});
