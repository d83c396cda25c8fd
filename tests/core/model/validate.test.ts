import { describe, expect, test } from "vitest";
import { importJson } from "../../../src/core/io/json.ts";
import { jsonLocator, validateProject } from "../../../src/core/model/validate.ts";

const base = { format: "recovery-networks", version: 1, meta: { title: "t" }, observations: [], waves: [] };

describe("validateProject reports every problem in one run", () => {
  test("fields the schema refuses do not hide duplicate ids, missing nodes or self-loops (refused by the setting) elsewhere in the same records", () => {
    const candidate = {
      ...base,
      nodes: [
        { id: "a", label: "A", kind: "service_user" },
        { id: "a", label: "A again", kind: "alien" },
        { id: "b", label: "B", kind: "family", start: "2014-05-01", end: "2014-01-01" },
      ],
      ties: [
        { id: "t1", source: "a", target: "zz", type: "friend", valence: "good", strength: 9 },
        { id: "t2", source: "b", target: "b", type: "nonsense", valence: "risk" },
      ],
    };
    const result = validateProject(candidate, jsonLocator("p.json"), [], "refuse");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'nodes[1].kind: "kind" is "alien", which is not one of service_user, peer_mentor, family, friend, worker, community_member, group',
      'nodes[1].id: duplicate id "a" (first used at nodes[0].id)',
      "nodes[2].end: end 2014-01-01 is not after start 2014-05-01",
      'ties[0].valence: "valence" is "good", which is not one of supportive, neutral, risk',
      'ties[0].strength: "strength" must be from 1 to 5',
      'ties[0].target: tie "t1" refers to target node "zz", which is not in the nodes',
      'ties[1].type: "type" is "nonsense", which is not one of family, partner, friend, peer_support, mentoring, professional, membership, group_link, other',
      'ties[1].target: tie "t2" links node "b" to itself',
    ]);
  });

  test("by default a self-loop is left out first with a warning, and the problems after it keep their places in the file", () => {
    const nodes = [{ id: "a", label: "A", kind: "family" }, { id: "b", label: "B", kind: "family" }];
    const loop = { id: "t1", source: "a", target: "a", type: "friend", valence: "neutral" };
    const bad = validateProject({ ...base, nodes, ties: [loop, { id: "t2", source: "a", target: "b", type: "friend", valence: "good" }] }, jsonLocator("p.json"));
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.where}: ${p.message}`)).toEqual(['ties[1].valence: "valence" is "good", which is not one of supportive, neutral, risk']);
    const good = validateProject({ ...base, nodes, ties: [loop, { id: "t2", source: "a", target: "b", type: "friend", valence: "neutral" }] }, jsonLocator("p.json"));
    expect(good.ok ? [good.project.ties.map((t) => t.id), good.warnings.map((w) => `${w.where}: ${w.message}`)] : []).toEqual([["t2"], ['ties[0].target: 1 tie links a node to itself and was left out: "a" (ties[0].target)']]);
  });

  test("a refused field is not checked again: a bad source id is reported once, by the schema", () => {
    const candidate = { ...base, nodes: [{ id: "a", label: "A", kind: "family" }], ties: [{ id: "t", source: 7, target: "a", type: "friend", valence: "neutral" }] };
    const result = validateProject(candidate, jsonLocator("p.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.where)).toEqual(["ties[0].source"]);
  });

  test("a required choice left out is called missing, not an undefined value", () => {
    const candidate = { ...base, nodes: [{ id: "a", label: "A", kind: "family" }, { id: "b", label: "B", kind: "family" }], ties: [{ id: "t", source: "a", target: "b", type: "friend" }] };
    const result = validateProject(candidate, jsonLocator("p.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual(['ties[0].valence: "valence" is missing']);
  });

  test("a dated field in a form the schema refuses is not compared", () => {
    const candidate = { ...base, nodes: [{ id: "a", label: "A", kind: "family", start: "tomorrow", end: "2014-01-01" }], ties: [] };
    const result = validateProject(candidate, jsonLocator("p.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.where)).toEqual(["nodes[0].start"]);
  });

  test("through the JSON importer, with the file named in each problem", () => {
    const text = JSON.stringify({ ...base, nodes: [{ id: "a", label: "A", kind: "ghost" }], ties: [{ id: "t", source: "a", target: "nobody", type: "friend", valence: "neutral" }] });
    const result = importJson({ name: "mine.json", text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file} ${p.where}`)).toEqual(["mine.json nodes[0].kind", "mine.json ties[0].target"]);
  });
});
