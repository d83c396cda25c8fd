import { describe, expect, it } from "vitest";
import { assembleProject, metaRecord, nodeRecord, readTyped, tieRecord, type GraphValue, type GraphValueType } from "../../../src/core/io/graphRecords.ts";
import { formatProblem, type Problem } from "../../../src/core/io/problems.ts";

const FILE = "g.graphml";
let line = 0;
/** A value at a made-up place `<data key="NAME"> (line N)`. */
const v = (name: string, text: string, type: GraphValueType = "string", attributeOnly?: boolean): GraphValue => ({
  name,
  type,
  text,
  where: `<data key="${name}"> (line ${++line})`,
  ...(attributeOnly ? { attributeOnly } : {}),
});
const node = (id: string, values: GraphValue[], problems: Problem[], options = {}) =>
  nodeRecord(FILE, { id, where: `<node id="${id}">`, values }, options, problems);
const tie = (id: string, source: string, target: string, values: GraphValue[], problems: Problem[], directed?: boolean) =>
  tieRecord(FILE, { id, source, target, directed, where: `<edge id="${id}">`, values }, problems);

describe("readTyped", () => {
  it("reads integers, finite numbers and booleans (true/false/1/0), keeps strings as written, empty non-strings absent", () => {
    expect(readTyped(" 42 ", "integer")).toEqual({ value: 42 });
    expect(readTyped("4.5", "integer")).toEqual({ error: '"4.5" is not a whole number' });
    expect(readTyped("-1e3", "number")).toEqual({ value: -1000 });
    expect(readTyped("nan", "number")).toEqual({ error: '"nan" is not a finite number' });
    expect(readTyped("TRUE", "boolean")).toEqual({ value: true });
    expect(readTyped("0", "boolean")).toEqual({ value: false });
    expect(readTyped("maybe", "boolean")).toEqual({ error: '"maybe" is not a boolean (true or false)' });
    expect(readTyped(" 007 ", "string")).toEqual({ value: " 007 " });
    expect(readTyped("  ", "number")).toEqual({ absent: true });
  });
});

describe("nodeRecord", () => {
  it("reads model fields in any spelling and keeps every other value as a typed attribute", () => {
    const problems: Problem[] = [];
    const r = node("n1", [v("Label", "Ann"), v("KIND", "Peer mentor"), v("useStatus", "in recovery"), v("Start", "31/01/2024"), v("x", "1.5", "number"), v("age", "34", "integer"), v("club", "Mr. Hi")], problems);
    expect(problems).toEqual([]);
    expect(r.candidate).toEqual({ id: "n1", label: "Ann", kind: "peer_mentor", use_status: "in_recovery", start: "2024-01-31", x: 1.5, attributes: { age: 34, club: "Mr. Hi" } });
  });

  it("defaults: label from a string `name` (igraph), else the id; kind community_member or options.defaultKind", () => {
    const problems: Problem[] = [];
    expect(node("n0", [v("name", "Bo")], problems).candidate).toEqual({ id: "n0", label: "Bo", kind: "community_member", attributes: { name: "Bo" } });
    expect(node("n1", [], problems, { defaultKind: "service_user" }).candidate).toEqual({ id: "n1", label: "n1", kind: "service_user", attributes: {} });
    expect(problems).toEqual([]);
  });

  it("an unknown kind becomes the default kind and its text stays an attribute; kindMap maps it", () => {
    const problems: Problem[] = [];
    expect(node("a", [v("kind", "client")], problems).candidate).toMatchObject({ kind: "community_member", attributes: { kind: "client" } });
    expect(node("b", [v("kind", "client")], problems, { kindMap: { client: "service_user" } }).candidate).toMatchObject({ kind: "service_user", attributes: {} });
    expect(problems).toEqual([]);
  });

  it("kindAttribute takes the kind from another value (kept as a typed attribute); `kind` is then an attribute", () => {
    const problems: Problem[] = [];
    const r = node("w", [v("bipartite", "1", "integer"), v("kind", "x")], problems, { kindAttribute: "bipartite", kindMap: { "1": "group" } });
    expect(problems).toEqual([]);
    expect(r.candidate).toMatchObject({ kind: "group", attributes: { bipartite: 1, kind: "x" } });
    expect(r.places.get("kind")).toBe(r.places.get("attributes.bipartite"));
  });

  it("an attributeOnly value is an attribute even when its name is a field's", () => {
    const problems: Problem[] = [];
    expect(node("a", [v("label", "Ann"), v("label", "shadow", "string", true)], problems).candidate).toMatchObject({ label: "Ann", attributes: { label: "shadow" } });
    expect(problems).toEqual([]);
  });

  it("reports bad enum values, dates, wrongly typed attributes, repeats and forbidden names at their place", () => {
    const problems: Problem[] = [];
    line = 0;
    const r = node("n1", [v("use_status", "sober"), v("start", "2024-02-30"), v("age", "old", "integer"), v("label", "A"), v("Label", "B"), v("__proto__", "x"), v("constructor", "y")], problems);
    expect(problems.map(formatProblem)).toEqual([
      'g.graphml, <data key="use_status"> (line 1): "use_status" is "sober", which is not one of active_use, reduced_use, abstinent, in_recovery, unknown. Use one of active_use, reduced_use, abstinent, in_recovery, unknown (any case; spaces for underscores are fine)',
      'g.graphml, <data key="start"> (line 2): "start" is "2024-02-30", which is not a date. Write the date as YYYY-MM-DD or dd/mm/yyyy (for example 2024-03-31 or 31/03/2024), or leave it empty',
      'g.graphml, <data key="age"> (line 3): attribute "age": "old" is not a whole number. Write a whole number, or change the attribute\'s declared type',
      'g.graphml, <data key="Label"> (line 5): "label" is given twice (first at <data key="label"> (line 4)). Keep one of the values',
      'g.graphml, <data key="__proto__"> (line 6): "__proto__" cannot be an attribute name (it would reach into the program\'s objects). Rename the attribute in the program that wrote the file',
      'g.graphml, <data key="constructor"> (line 7): "constructor" cannot be an attribute name (it would reach into the program\'s objects). Rename the attribute in the program that wrote the file',
    ]);
    expect([...r.bad].sort()).toEqual(["start", "use_status"]);
    expect(Object.getPrototypeOf(r.candidate.attributes)).toBe(Object.prototype);
  });
});

describe("tieRecord", () => {
  it("defaults type other, valence neutral, strength 3; takes directed from the element unless a value says otherwise", () => {
    const problems: Problem[] = [];
    expect(tie("e0", "a", "b", [v("weight", "2.5", "number")], problems, true).candidate).toEqual({
      id: "e0", source: "a", target: "b", type: "other", valence: "neutral", strength: 3, directed: true, attributes: { weight: 2.5 },
    });
    expect(tie("e1", "a", "b", [v("Directed", "false", "boolean"), v("Type", "Peer support"), v("valence", "RISK"), v("strength", "5.0", "number"), v("id", "x")], problems, true).candidate).toEqual({
      id: "e1", source: "a", target: "b", type: "peer_support", valence: "risk", strength: 5, directed: false, attributes: { id: "x" },
    });
    expect(tie("e2", "a", "b", [], problems).candidate).not.toHaveProperty("directed");
    expect(problems).toEqual([]);
  });
});

describe("metaRecord", () => {
  it("keeps every graph value as an attribute and takes the title from `title`, else `name`", () => {
    const problems: Problem[] = [];
    expect(metaRecord(FILE, [v("name", "Karate"), v("year", "1977", "integer")], problems)).toEqual({ title: "Karate", attributes: { name: "Karate", year: 1977 } });
    expect(metaRecord(FILE, [v("Name", "x"), v("Title", "T")], problems).title).toBe("T");
    expect(metaRecord(FILE, [], problems)).toEqual({ attributes: {} });
    expect(problems).toEqual([]);
  });
});

describe("assembleProject", () => {
  const parts = (nodes: ReturnType<typeof node>[], ties: ReturnType<typeof tie>[]) => ({
    file: FILE,
    meta: { title: "T", attributes: {} },
    nodes,
    ties,
    elsewhere: { meta: "<graph> (line 1)", observations: "<graph> (line 1)", waves: "<graph> (line 1)" },
  });

  it("gives a valid project with the defaults filled in", () => {
    const problems: Problem[] = [];
    const result = assembleProject(parts([node("a", [], problems), node("b", [], problems)], [tie("e0", "a", "b", [], problems)]), problems);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      project: {
        format: "recovery-networks",
        version: 4,
        meta: { title: "T", weight: "strength", attributes: {} },
        nodes: [{ id: "a", label: "a", kind: "community_member", attributes: {} }, { id: "b", label: "b", kind: "community_member", attributes: {} }],
        ties: [{ id: "e0", source: "a", target: "b", type: "other", valence: "neutral", strength: 3, attributes: {} }],
        observations: [],
        waves: [],
      },
    });
  });

  it("lists reading problems, schema problems and the rules between records together, by line, without repeats", () => {
    const problems: Problem[] = [];
    const a = { ...node("a", [], problems), where: "<node id=\"a\"> (line 3)" };
    a.places.set("id", a.where);
    const a2 = { ...node("a", [], problems), where: "<node id=\"a\"> (line 4)" };
    a2.places.set("id", a2.where);
    line = 9;
    const e0 = { ...tie("e0", "a", "zz", [v("strength", "9", "integer"), v("valence", "bad")], problems), where: "<edge> (line 5)" };
    for (const k of ["id", "source", "target"]) e0.places.set(k, e0.where);
    const result = assembleProject(parts([a, a2], [e0]), problems);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'g.graphml, <node id="a"> (line 4): duplicate id "a" (first used at <node id="a"> (line 3)). Give each of the nodes its own id',
      'g.graphml, <edge> (line 5): tie "e0" refers to target node "zz", which is not in the nodes. Add that node, or correct the id',
      'g.graphml, <data key="strength"> (line 10): "strength" must be from 1 to 5. Give a whole number from 1 (weak) to 5 (strong), or leave it empty for 3',
      'g.graphml, <data key="valence"> (line 11): "valence" is "bad", which is not one of supportive, neutral, risk. Use one of supportive, neutral, risk (any case; spaces for underscores are fine)',
    ]);
  });
});
