import { describe, expect, it } from "vitest";
import { makeId, ProjectDraft } from "../../../src/core/generate/draft.ts";
import { quarterlyWaves } from "../../../src/core/generate/observations.ts";
import { toEpochDay } from "../../../src/core/model/dates.ts";

const day = toEpochDay;
const base = { type: "friend", valence: "supportive", strength: 3 } as const;

function draftWithPeople(): ProjectDraft {
  const draft = new ProjectDraft(day("2015-04-01"));
  draft.addNode({ id: "a", label: "A", kind: "service_user", start: day("2013-01-01"), end: day("2013-07-01"), attributes: {} });
  draft.addNode({ id: "b", label: "B", kind: "peer_mentor", start: day("2013-03-01"), attributes: {} });
  draft.addNode({ id: "f", label: "F", kind: "family", spanFromTies: true, attributes: {} });
  draft.addNode({ id: "g", label: "G", kind: "family", spanFromTies: true, attributes: {} });
  return draft;
}

describe("ProjectDraft", () => {
  it("addNode refuses a repeated id", () => {
    const draft = draftWithPeople();
    expect(() => draft.addNode({ id: "a", label: "again", kind: "friend", attributes: {} })).toThrow('generate: duplicate node id "a"');
  });

  it("addTie clips a tie to both ends' lifetimes and drops what is left empty, self-ties, repeats and ties after the horizon", () => {
    const draft = draftWithPeople();
    expect(draft.addTie({ ...base, source: "a", target: "b", start: day("2012-06-01") })).toMatchObject({ start: day("2013-03-01"), end: day("2013-07-01") });
    expect(draft.addTie({ ...base, source: "b", target: "a", start: day("2012-06-01") })).toBeUndefined(); // same pair and type
    expect(draft.addTie({ ...base, type: "peer_support", source: "a", target: "b", start: day("2013-08-01") })).toBeUndefined(); // after a left
    expect(draft.addTie({ ...base, source: "a", target: "a", start: day("2013-02-01") })).toBeUndefined();
    expect(draft.addTie({ ...base, source: "b", target: "f", start: day("2015-04-01") })).toBeUndefined();
    expect(draft.ties).toHaveLength(1);
  });

  it("toProject gives people known through ties the span of their ties, drops them without ties, and opens ends at the horizon", () => {
    const draft = draftWithPeople();
    draft.addTie({ ...base, source: "a", target: "f", start: day("2013-01-01"), end: day("2013-04-01") });
    draft.addTie({ ...base, type: "family", source: "a", target: "f", start: day("2013-05-01") });
    draft.addTie({ ...base, source: "b", target: "a", start: day("2013-03-01"), end: day("2016-01-01") });
    draft.observe("a", day("2013-01-01"), "barc10", 20);
    draft.observe("a", day("2015-05-01"), "barc10", 30); // after the horizon: not recorded
    const project = draft.toProject({ title: "t", source: "s" }, quarterlyWaves(day("2013-01-01"), 1));
    expect(project.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ["a", "2013-01-01", "2013-07-01"],
      ["b", "2013-03-01", undefined],
      ["f", "2013-01-01", "2013-07-01"],
    ]);
    expect(project.ties.map((t) => [t.id, t.source, t.target, t.start, t.end])).toEqual([
      ["t1", "a", "f", "2013-01-01", "2013-04-01"],
      ["t2", "a", "f", "2013-05-01", "2013-07-01"],
      ["t3", "b", "a", "2013-03-01", "2013-07-01"],
    ]);
    expect(project.observations).toEqual([{ subject: "a", date: "2013-01-01", measure: "barc10", value: 20 }]);
    expect(project.meta).toEqual({ title: "t", source: "s", weight: "strength", attributes: { synthetic: true } });
  });

  it("makeId pads the number", () => {
    expect(makeId("su", 7)).toBe("su-0007");
    expect(makeId("g", 12, 3)).toBe("g-012");
    expect(makeId("su", 12345)).toBe("su-12345");
  });
});

describe("quarterlyWaves(start, years)", () => {
  it("names a baseline and one wave every three months up to the end", () => {
    expect(quarterlyWaves(day("2012-04-01"), 1)).toEqual([
      { id: "baseline", label: "Baseline", date: "2012-04-01" },
      { id: "q1", label: "Q1", date: "2012-07-01" },
      { id: "q2", label: "Q2", date: "2012-10-01" },
      { id: "q3", label: "Q3", date: "2013-01-01" },
      { id: "q4", label: "Q4", date: "2013-04-01" },
    ]);
  });
});
