// The "needs attention" list on a hand-built project with three reviews, and on the sample
// programme at its last wave.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { factsFingerprint, flagLabel, mergeReasons, needsAttention, reasonWords, rowHasReason, ruleLabel, standingMark, withMark } from "../../../src/core/attention/index.ts";
import { DEFAULT_FLAG_SETTINGS } from "../../../src/core/metrics/flags/index.ts";
import { importJson } from "../../../src/core/io/json.ts";
import { makeProject, node, tie } from "../metrics/recovery/fixture.ts";

// Waves w0 2024-01-01, w1 2024-04-01, w2 2024-07-01.
//   a: keyworker k (professional) until 2024-02-01, then nobody: no ties since w1.
//   b: 4 supportive family/friends until 2024-05-01, two of them to the end; 1 risk friend from 2024-05-01.
//   c: 2 supportive friends, 1 group, mentor: nothing flagged.
//   d: only keyworker k throughout.
//   e: 1 supportive + 1 risk friend, no group (context only: no group, few people, risk half).
const project = makeProject(
  [
    node("a", "service_user", { attributes: { hub: "North" } }),
    node("b", "service_user", { attributes: { hub: "South" } }),
    node("c", "service_user", { attributes: { hub: "North" } }),
    node("d", "service_user", { attributes: { hub: "South" } }),
    node("e", "service_user", { attributes: { hub: "North" } }),
    node("k", "worker"),
    node("m", "peer_mentor"),
    node("g", "group", { group_type: "mutual_aid", recovery_oriented: true }),
    ...["f1", "f2", "f3", "f4", "r1", "c1", "c2", "e1", "e2"].map((id) => node(id, "friend")),
  ],
  [
    tie("ka", "k", "a", "professional", "supportive", { end: "2024-02-01" }),
    tie("b1", "b", "f1", "friend", "supportive", { end: "2024-05-01" }),
    tie("b2", "b", "f2", "friend", "supportive", { end: "2024-05-01" }),
    tie("b3", "b", "f3", "friend", "supportive"),
    tie("b4", "b", "f4", "friend", "supportive"),
    tie("br", "b", "r1", "friend", "risk", { start: "2024-05-01" }),
    tie("kb", "k", "b", "professional", "supportive"),
    tie("c1", "c", "c1", "friend", "supportive"),
    tie("c2", "c", "c2", "friend", "supportive"),
    tie("cg", "c", "g", "membership", "supportive"),
    tie("mc", "m", "c", "mentoring", "supportive"),
    tie("kd", "k", "d", "professional", "neutral"),
    tie("e1", "e", "e1", "friend", "supportive"),
    tie("e2", "e", "e2", "friend", "neutral"),
    tie("e3", "e", "e2", "friend", "risk"),
    tie("ke", "k", "e", "professional", "supportive"),
  ],
  [
    { id: "w0", label: "Baseline", date: "2024-01-01" },
    { id: "w1", label: "3 months", date: "2024-04-01" },
    { id: "w2", label: "6 months", date: "2024-07-01" },
  ],
);

describe("needsAttention on a hand-built project", () => {
  const list = needsAttention(project, "2024-07-01");

  it("lists a, b and d in the documented order: no ties, then new risk ties, then only professional", () => {
    expect(list.present).toBe(5);
    expect(list.previous).toEqual({ date: "2024-04-01", wave: "3 months" });
    expect(list.rows.map((r) => [r.client, r.headline.flag])).toEqual([
      ["a", "no_ties"],
      ["b", "new_risk_ties"],
      ["d", "only_professional"],
    ]);
  });

  it("merges the flags that restate one fact into the headline", () => {
    const a = list.rows[0];
    expect(a.headline.restates.map((r) => r.flag)).toEqual(["no_supportive_personal_tie", "no_group", "no_recovery_support", "few_people"]);
    expect(a.others).toEqual([]);
    expect(a.context).toEqual([]);
    const d = list.rows[2];
    expect(d.headline.restates.map((r) => r.flag)).toEqual(["no_supportive_personal_tie", "no_group", "no_recovery_support", "few_people"]);
  });

  it("says the headline in plain words with its evidence, since when, the trend, hub and keyworker", () => {
    const [a, b] = list.rows;
    expect(a.headline.words).toBe("no ties with anyone at this date, including workers");
    expect(a.headline.since).toEqual({ date: "2024-04-01", wave: "3 months" });
    expect(a.headline.held).toBe("since 3 months (2024-04-01), 2 reviews");
    expect(a.keyworkers).toEqual([{ id: "k", label: "K", ended: "2024-02-01" }]);
    expect(a.hub).toBe("North");
    expect(a.trend.map((t) => [t.date, t.people, t.supportive])).toEqual([
      ["2024-01-01", 1, 1],
      ["2024-04-01", 0, 0],
      ["2024-07-01", 0, 0],
    ]);
    expect(b.headline.words).toBe("1 new risk tie since the last review, 3 months (2024-04-01)");
    expect(b.headline.held).toBe("new at this review");
    expect(b.others).toEqual([]); // lost 2 of 5 supportive ties (the keyworker's tie is supportive too): under half
    expect(b.keyworkers).toEqual([{ id: "k", label: "K" }]);
    expect(b.trend.map((t) => [t.people, t.supportive])).toEqual([[5, 5], [5, 5], [4, 3]]);
  });

  it("does not list e, whose only flags do not list a client by default, unless the setting says so", () => {
    expect(list.rows.some((r) => r.client === "e")).toBe(false);
    const withGroups = needsAttention(project, "2024-07-01", { settings: { listOn: ["no_group"] } });
    // All four are in no group since the baseline: the tie-break is the name.
    expect(withGroups.rows.map((r) => [r.client, r.headline.flag, r.headline.held])).toEqual([
      ["a", "no_group", "since Baseline (2024-01-01), 3 reviews"],
      ["b", "no_group", "since Baseline (2024-01-01), 3 reviews"],
      ["d", "no_group", "since Baseline (2024-01-01), 3 reviews"],
      ["e", "no_group", "since Baseline (2024-01-01), 3 reviews"],
    ]);
    // a's no ties is not listed now, so it is context.
    expect(withGroups.rows[0].context.map((c) => c.flag)).toEqual(["no_ties"]);
  });

  it("counts the clients each rule flags", () => {
    const count = (flag: string) => list.ruleCounts.find((c) => c.flag === flag);
    expect(count("no_ties")).toEqual({ flag: "no_ties", label: "No ties at all", count: 1, listed: true });
    expect(count("no_group")).toEqual({ flag: "no_group", label: "No group membership", count: 4, listed: false });
    expect(count("few_people")?.count).toBe(2); // a (nobody) and d (only k); counted even where merged
    expect(count("risk_half_or_more")?.count).toBe(0); // e: 1 of 4 ties
  });

  it("follows the thresholds: with a share of 0.4, b's loss of 2 of 5 supportive ties becomes the headline", () => {
    const loose = needsAttention(project, "2024-07-01", { settings: { supportiveLostShareAtLeast: 0.4 } });
    const b = loose.rows.find((r) => r.client === "b");
    expect(b?.headline.words).toBe("lost 2 of 5 supportive ties since the last review, 3 months (2024-04-01)");
    expect(b?.others.map((o) => o.flag)).toEqual(["new_risk_ties"]);
  });

  it("keeps a reviewed mark while the facts are the same and lets it lapse when they change", () => {
    const reason = list.rows[0].headline;
    const mark = { client: "a", reason: "no_ties", fingerprint: reason.fingerprint, date: "2024-07-02", note: "phoned, no answer" };
    expect(reason.fingerprint).toBe("no_ties|ties=0");
    const marked = needsAttention(project, "2024-07-01", { marks: [mark] });
    expect(marked.rows.map((r) => r.client)).toEqual(["b", "d", "a"]); // reviewed goes below
    expect(marked.rows[2].headline.mark).toEqual(mark);
    expect(marked.rows[2].reviewed).toBe(true);
    const stale = { ...mark, fingerprint: "no_ties|ties=1" };
    expect(standingMark([stale], "a", "no_ties", reason.fingerprint)).toBeUndefined();
    expect(withMark([stale], mark)).toEqual([mark]);
  });

  it("fingerprints leave thresholds out and tie a change to the review it compares with", () => {
    expect(factsFingerprint("risk_half_or_more", { text: "", values: { risk: 2, ties: 3, share: 2 / 3, threshold: 0.5 } }, "2024-01-01")).toBe(
      "risk_half_or_more|risk=2;share=0.666667;ties=3",
    );
    expect(factsFingerprint("new_risk_ties", { text: "", values: { gained: 1 } }, "2024-04-01")).toBe("new_risk_ties|gained=1|2024-04-01");
  });

  it("reads saved settings from the project and names a wrong one", () => {
    const saved = { ...project, meta: { ...project.meta, attention: { settings: { listOn: ["no_ties"] }, marks: [] } } };
    expect(needsAttention(saved, "2024-07-01").rows.map((r) => r.client)).toEqual(["a"]);
    const wrong = { ...project, meta: { ...project.meta, attention: { settings: { minPeople: 0 }, marks: [] } } };
    expect(() => needsAttention(wrong, "2024-07-01")).toThrow(/^meta\.attention\.settings\.minPeople: .*Needs attention/);
  });
});

describe("reason filter, rule names and reason words", () => {
  it("rowHasReason finds a reason as headline, merged into another, or as context", () => {
    const list = needsAttention(project, "2024-07-01");
    const b = list.rows.find((r) => r.client === "b")!;
    expect(b.context.map((c) => c.flag)).toContain("no_group");
    expect(list.rows.filter((r) => rowHasReason(r, "no_group")).map((r) => r.client)).toEqual(["a", "b", "d"]);
    expect(list.rows.filter((r) => rowHasReason(r, "no_ties")).map((r) => r.client)).toEqual(["a"]);
    expect(list.rows.filter((r) => rowHasReason(r, "only_professional")).map((r) => r.client)).toEqual(["d"]);
  });

  it("names the rules from the thresholds", () => {
    expect(ruleLabel("risk_half_or_more")).toBe("Risk ties are half or more");
    expect(ruleLabel("few_people")).toBe("Fewer than 3 people");
    expect(ruleLabel("no_group")).toBe("No group membership");
    expect(ruleLabel("no_ties")).toBe("No ties at all");
    const changed = { ...DEFAULT_FLAG_SETTINGS, riskShareAtLeast: 0.3, minPeople: 5, minGroups: 2 };
    expect(ruleLabel("risk_half_or_more", changed)).toBe("Risk ties are 30 % or more");
    expect(ruleLabel("few_people", changed)).toBe("Fewer than 5 people");
    expect(ruleLabel("few_people", { ...changed, minPeople: 1 })).toBe("Fewer than 1 person");
    expect(ruleLabel("no_group", changed)).toBe("Fewer than 2 groups");
    expect(flagLabel("few_people", changed)).toBe("Fewer than 5 people");
  });

  it("the list's rule counts and reasons carry the names of the thresholds in use", () => {
    const list = needsAttention(project, "2024-07-01", { settings: { riskShareAtLeast: 0.25, minPeople: 5, listOn: ["risk_half_or_more", "few_people"] } });
    const names = new Map(list.ruleCounts.map((c) => [c.flag, c.label]));
    expect(names.get("risk_half_or_more")).toBe("Risk ties are 25 % or more");
    expect(names.get("few_people")).toBe("Fewer than 5 people");
    const e = list.rows.find((r) => r.client === "e")!;
    expect([e.headline, ...e.others].map((r) => r.label)).toEqual(["Risk ties are 25 % or more", "Fewer than 5 people"]);
  });

  it("words a reason without repeating its name", () => {
    const none = { text: "", values: { personal: 0, supportivePersonal: 0 } };
    const one = { text: "", values: { personal: 1, supportivePersonal: 0 } };
    const two = { text: "", values: { personal: 2, supportivePersonal: 0 } };
    expect(reasonWords("no_supportive_personal_tie", none, undefined)).toBe("no family member, friend or peer is recorded");
    expect(reasonWords("no_supportive_personal_tie", one, undefined)).toBe("their one personal tie does not support recovery");
    expect(reasonWords("no_supportive_personal_tie", two, undefined)).toBe("none of their 2 personal ties supports recovery");
    expect(reasonWords("no_ties", { text: "", values: { ties: 0 } }, undefined)).toBe("no ties with anyone at this date, including workers");
    expect(reasonWords("few_people", { text: "", values: { people: 2, minPeople: 5 } }, undefined)).toBe("linked to 2 people, fewer than 5");
  });
});

describe("mergeReasons", () => {
  const ev = { text: "", values: {} };
  it("folds restating flags into the most urgent one, a listed flag only into a listed one", () => {
    const raised = ["few_people", "no_group", "no_recovery_support", "only_professional"].map((flag) => ({ node: "x", flag, evidence: ev }));
    expect(mergeReasons(raised).map((m) => [m.flag, m.restates.map((r) => r.flag)])).toEqual([["only_professional", ["no_group", "no_recovery_support", "few_people"]]]);
    const listOnGroup = mergeReasons(raised, new Set(["no_group"]));
    expect(listOnGroup.map((m) => [m.flag, m.listed, m.restates.map((r) => r.flag)])).toEqual([
      ["no_group", true, ["no_recovery_support"]],
      ["only_professional", false, ["few_people"]],
    ]);
  });
  it("throws for a flag without a place in the priority", () => {
    expect(() => mergeReasons([{ node: "x", flag: "made_up", evidence: ev }])).toThrow('the flag "made_up" has no place in PRIORITY');
  });
});

describe("needsAttention on the sample programme at its last wave (2015-04-01)", () => {
  const read = importJson({ name: "programme.json", text: readFileSync(new URL("../../../datasets/programme.json", import.meta.url), "utf8") });
  if (!read.ok) throw new Error("datasets/programme.json does not load");
  const sample = read.project;
  const list = needsAttention(sample, "2015-04-01");
  // The generator (src/core/generate/people.ts) marks its isolated clients pathway "disengaged";
  // its relapsing clients' use_status goes to in_recovery and then back to active_use.
  const statuses = (id: string) => sample.observations.filter((o) => o.subject === id && o.measure === "use_status" && o.date <= "2015-04-01").map((o) => o.value);
  const isolated = (id: string) => sample.nodes.find((n) => n.id === id)?.attributes.pathway === "disengaged";
  const relapsed = (id: string) => statuses(id).includes("in_recovery") && statuses(id).at(-1) === "active_use";

  it("flags a minority: 20 of the 79 clients present", () => {
    expect([list.rows.length, list.present]).toEqual([20, 79]);
  });

  it("starts with every isolated client, then clients who relapsed; nobody else is listed", () => {
    const presentIsolated = sample.nodes.filter((n) => isolated(n.id) && list.rows.some((r) => r.client === n.id) ).length;
    expect(list.rows.slice(0, 11).every((r) => isolated(r.client) && r.headline.flag === "no_ties")).toBe(true);
    expect(presentIsolated).toBe(11);
    expect(list.rows.slice(11).every((r) => relapsed(r.client))).toBe(true);
  });

  it("counts the clients per rule", () => {
    expect(Object.fromEntries(list.ruleCounts.map((c) => [c.flag, c.count]))).toEqual({
      no_ties: 11,
      only_professional: 0,
      no_supportive_personal_tie: 16,
      risk_half_or_more: 6,
      no_group: 37,
      no_recovery_support: 32,
      supportive_ties_lost: 8,
      new_risk_ties: 5,
      few_people: 16,
    });
  });
});
