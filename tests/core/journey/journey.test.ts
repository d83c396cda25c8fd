import { describe, expect, it } from "vitest";
import { journeyChange, previousReviewAt } from "../../../src/core/journey/journeyChange.ts";
import { inServiceWords, journeyText, listWords, monthYear } from "../../../src/core/journey/journeyText.ts";
import { journeyDate, personHistory, reviewDates } from "../../../src/core/journey/personHistory.ts";
import { PROJECT_VERSION, projectSchema, type Project } from "../../../src/core/model/schema.ts";

// Sam: two supportive friends until March, a risk tie with a peer throughout, a peer mentor
// from February, a mutual-aid group throughout. Reviews in January and April.
function project(): Project {
  return projectSchema.parse({
    format: "recovery-networks",
    version: PROJECT_VERSION,
    nodes: [
      { id: "s", label: "Sam Lee", kind: "service_user", start: "2024-01-01", use_status: "active_use" },
      { id: "m", label: "Mo", kind: "peer_mentor" },
      { id: "f", label: "Fay", kind: "friend" },
      { id: "g", label: "Gil", kind: "friend" },
      { id: "u", label: "Uma", kind: "service_user" },
      { id: "grp", label: "Café", kind: "group", group_type: "mutual_aid" },
    ],
    ties: [
      { id: "sf", source: "s", target: "f", type: "friend", valence: "supportive", end: "2024-03-01" },
      { id: "sg", source: "g", target: "s", type: "friend", valence: "supportive", end: "2024-03-01" },
      { id: "su", source: "s", target: "u", type: "peer_support", valence: "risk" },
      { id: "sm", source: "s", target: "m", type: "mentoring", valence: "supportive", start: "2024-02-01" },
      { id: "sgrp", source: "s", target: "grp", type: "membership", valence: "supportive" },
    ],
    observations: [
      { subject: "s", date: "2024-01-01", measure: "barc10", value: 31 },
      { subject: "s", date: "2024-04-01", measure: "barc10", value: 38 },
      { subject: "s", date: "2024-03-15", measure: "use_status", value: "reduced_use" },
    ],
    waves: [
      { id: "w0", label: "Baseline", date: "2024-01-01" },
      { id: "w1", label: "3 months", date: "2024-04-01" },
      { id: "w_before", label: "Earlier", date: "2023-10-01" },
    ],
  });
}

describe("personHistory(project, person)", () => {
  it("gives the indicators and measures at every review while the person is in the network", () => {
    const h = personHistory(project(), "s");
    expect(reviewDates(project(), h.node)).toEqual(["2024-01-01", "2024-04-01"]);
    expect(h.reviews.map((r) => [r.date, r.label])).toEqual([["2024-01-01", "Baseline"], ["2024-04-01", "3 months"]]);
    expect(h.reviews[0].indicators).toEqual({ network_size: 3, supportive_share: 3 / 4, risk_ties: 1, groups: 1, recovery_groups: 1 });
    expect(h.reviews[1].indicators).toEqual({ network_size: 2, supportive_share: 2 / 3, risk_ties: 1, groups: 1, recovery_groups: 1 });
    expect(h.reviews[0].measures).toEqual({ barc10: { value: 31, date: "2024-01-01" }, use_status: { value: "active_use", date: undefined } });
    expect(h.reviews[1].measures).toEqual({ barc10: { value: 38, date: "2024-04-01" }, use_status: { value: "reduced_use", date: "2024-03-15" } });
    expect(h.measures.map((m) => m.measure)).toEqual(["barc10", "use_status"]);
  });
  it("steps use status from the person's start through each recorded change", () => {
    expect(personHistory(project(), "s").useStatus).toEqual([
      { date: "2024-01-01", value: "active_use" },
      { date: "2024-03-15", value: "reduced_use" },
    ]);
    expect(personHistory(project(), "m").useStatus).toEqual([]);
  });
  it("reviews a person who has left at their last review, and one not yet in at none", () => {
    const p = project();
    p.nodes[0] = { ...p.nodes[0], end: "2024-05-01" };
    const h = personHistory(p, "s");
    expect(journeyDate(h, "2024-04-15")).toEqual({ date: "2024-04-15", moved: false });
    expect(journeyDate(h, "2024-09-01")).toMatchObject({ date: "2024-04-01", moved: true, review: { label: "3 months" } });
    expect(journeyDate(h, "2023-12-31")).toBeUndefined();
  });
  it("says which node is missing", () => {
    expect(() => personHistory(project(), "nobody")).toThrow(/no node "nobody"/);
  });
});

describe("journeyChange(project, person, at, previousAt)", () => {
  it("lists ties gained and lost by id with the alter's kind, and each measure before and now", () => {
    const c = journeyChange(project(), "s", "2024-04-01", "2024-01-01");
    expect(c.previous).toEqual({ date: "2024-01-01", label: "Baseline" });
    expect(c.gained.map((t) => [t.tie.id, t.alter, t.alterKind])).toEqual([["sm", "m", "peer_mentor"]]);
    expect(c.lost.map((t) => [t.tie.id, t.alter, t.alterKind])).toEqual([["sf", "f", "friend"], ["sg", "g", "friend"]]);
    expect(c.measures.map((m) => [m.measure, m.before?.value, m.now?.value])).toEqual([["use_status", "active_use", "reduced_use"], ["barc10", 31, 38]]);
  });
});

describe("journeyText(change, name)", () => {
  it("words the change since the previous review", () => {
    expect(journeyText(journeyChange(project(), "s", "2024-04-01", "2024-01-01"), "Sam")).toBe(
      "Since the January 2024 review (Baseline) Sam gained a peer mentor and lost 2 supportive ties; " +
        "use status changed from active use to reduced use and BARC-10 rose from 31 to 38.",
    );
  });
  it("says when the ties have not changed and a score stayed", () => {
    const p = project();
    p.observations.push({ subject: "s", date: "2024-05-01", measure: "barc10", value: 38 });
    expect(journeyText(journeyChange(p, "s", "2024-05-01", "2024-04-01"), "Sam")).toBe(
      "Since the April 2024 review (3 months) Sam's ties have not changed; use status stayed reduced use and BARC-10 stayed at 38.",
    );
  });
  it("counts gained people once and notes risk ties among them", () => {
    const p = project();
    p.ties.push({ id: "sf2", source: "s", target: "f", type: "friend", valence: "risk", strength: 3, start: "2024-03-10", attributes: {} });
    p.ties.push({ id: "sf3", source: "s", target: "f", type: "friend", valence: "supportive", strength: 3, start: "2024-03-10", attributes: {} });
    expect(journeyText(journeyChange(p, "s", "2024-04-01", "2024-01-01"), "Sam")).toMatch(
      /^Since the January 2024 review \(Baseline\) Sam gained a peer mentor and a friend \(1 of the 3 new ties is a risk tie\), and lost 2 supportive ties;/,
    );
  });
  it("says there is no earlier review at the first one", () => {
    expect(journeyText(journeyChange(project(), "s", "2024-01-01", undefined), "Sam")).toBe(
      "This is Sam's first review: there is no earlier review to compare with. Use status is active use and BARC-10 is 31.",
    );
  });
  it("compares a client who joined after the last wave with nothing: their first review since joining", () => {
    // Nia joins on 2024-02-10, after the Baseline wave (2024-01-01), with a supportive friend.
    const base = project();
    const p = projectSchema.parse({
      ...base,
      nodes: [...base.nodes, { id: "n", label: "Nia", kind: "service_user", start: "2024-02-10" }],
      ties: [...base.ties, { id: "nf", source: "n", target: "f", type: "friend", valence: "supportive", start: "2024-02-10" }],
      observations: [...base.observations, { subject: "n", date: "2024-01-01", measure: "barc10", value: 20 }, { subject: "n", date: "2024-04-01", measure: "barc10", value: 25 }],
    });
    expect(previousReviewAt(p, "n", "2024-04-01")).toBeUndefined();
    expect(previousReviewAt(p, "s", "2024-04-01")).toBe("2024-01-01");
    const change = journeyChange(p, "n", "2024-04-01", "2024-01-01");
    expect(change.previous).toBeUndefined();
    expect(change.joined).toBe("2024-02-10");
    expect(change.gained).toEqual([]);
    expect(change.lost).toEqual([]);
    expect(change.measures.map((m) => [m.measure, m.before, m.now?.value])).toEqual([["barc10", undefined, 25]]);
    const text = journeyText(change, "Nia");
    expect(text).toBe("This is Nia's first review since joining the service on 2024-02-10: there is no earlier review of theirs to compare with. BARC-10 is 25.");
    expect(text).not.toMatch(/not changed/);
  });
  it("words months and lists", () => {
    expect(monthYear("2014-03-01")).toBe("March 2014");
    expect(monthYear("2015-12-31")).toBe("December 2015");
    expect(listWords([])).toBe("");
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("inServiceWords", () => {
  it("inServiceWords(node) gives the outer span for one spell, and each spell when the client left and came back", () => {
    expect(inServiceWords({ start: "2013-01-01", end: "2014-06-01" })).toBe("In the service from 2013-01-01 until 2014-06-01.");
    expect(inServiceWords({})).toBe("In the service throughout.");
    expect(inServiceWords({ start: "2013-01-01", end: "2015-01-01", spells: [{ start: "2013-01-01", end: "2013-06-01" }, { start: "2014-01-01", end: "2015-01-01" }] }))
      .toBe("In the service 2013-01-01 until 2013-06-01; 2014-01-01 until 2015-01-01.");
  });
});

describe("journeyChange and journeyText: a tie recorded again with a changed answer", () => {
  // Eve's review of 2024-06-01 changed Ian from "puts it at risk" to "neither" (the tie ended and
  // started again on the day) and ended Ray.
  const reviewed = (): Project => projectSchema.parse({
    format: "recovery-networks",
    version: PROJECT_VERSION,
    nodes: [
      { id: "eve", label: "Eve", kind: "service_user", start: "2024-01-01" },
      { id: "friend", label: "Ian", kind: "friend" },
      { id: "friend-2", label: "Ray", kind: "friend" },
    ],
    ties: [
      { id: "i1", source: "eve", target: "friend", type: "friend", valence: "risk", strength: 3, start: "2024-01-01", end: "2024-06-01" },
      { id: "r1", source: "eve", target: "friend-2", type: "friend", valence: "risk", strength: 3, start: "2024-01-01", end: "2024-06-01" },
      { id: "i2", source: "eve", target: "friend", type: "friend", valence: "neutral", strength: 3, start: "2024-06-01" },
    ],
    waves: [{ id: "w0", label: "Baseline", date: "2024-01-01" }, { id: "w1", label: "Review 2024-06-01", date: "2024-06-01" }],
  });

  it("is a change of that tie, neither gained nor lost", () => {
    const change = journeyChange(reviewed(), "eve", "2024-06-01", "2024-01-01");
    expect(change.gained).toEqual([]);
    expect(change.lost.map((t) => t.tie.id)).toEqual(["r1"]);
    expect(change.changed.map((c) => [c.alter, c.before.id, c.after.id])).toEqual([["friend", "i1", "i2"]]);
    expect(journeyText(change, "Eve")).toBe("Since the January 2024 review (Baseline) Eve lost a risk tie; the tie to a friend went from risk to neutral.");
  });

  it("alone, says so", () => {
    const p = reviewed();
    p.ties = p.ties.filter((t) => t.id !== "r1");
    expect(journeyText(journeyChange(p, "eve", "2024-06-01", "2024-01-01"), "Eve")).toBe("Since the January 2024 review (Baseline) Eve's tie to a friend went from risk to neutral.");
  });
});
