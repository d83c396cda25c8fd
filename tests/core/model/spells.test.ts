// A node present in several separate spells (format version 4): the migration from version 3,
// the rules on spells with their places and fixes, and presence in the snapshot and the timeline.
import { describe, expect, it } from "vitest";
import { importJson } from "../../../src/core/io/json.ts";
import { formatProblem } from "../../../src/core/io/problems.ts";
import { fieldFix, modelField } from "../../../src/core/model/fields.ts";
import { migrateProject, projectSchema, type Project } from "../../../src/core/model/schema.ts";
import { changeDates, dateRange, isActiveAt, snapshotAt } from "../../../src/core/model/snapshot.ts";
import { describeSpells, formatSpells } from "../../../src/core/model/spells.ts";

/** a is present in January and again from March on; b always; one tie a–b, always. */
const base = {
  format: "recovery-networks",
  version: 4,
  nodes: [
    {
      id: "a",
      label: "A",
      kind: "service_user",
      start: "2024-01-01",
      spells: [{ start: "2024-01-01", end: "2024-02-01" }, { start: "2024-03-01" }],
    },
    { id: "b", label: "B", kind: "peer_mentor" },
  ],
  ties: [{ id: "t", source: "a", target: "b", type: "peer_support", valence: "supportive" }],
};

const load = (project: object) => importJson({ name: "p.json", text: JSON.stringify(project) });
const problemsOf = (project: object) => {
  const result = load(project);
  return result.ok ? [] : result.problems.map(formatProblem);
};
/** The base project with node a's fields replaced. */
const withA = (a: object) => ({ ...base, nodes: [{ id: "a", label: "A", kind: "service_user", ...a }, base.nodes[1]] });

describe("node spells: format version 4", () => {
  it("migrates a version 3 file by its version only (it has no spells)", () => {
    const v3 = { format: "recovery-networks", version: 3, meta: { title: "old" }, nodes: [{ id: "n", label: "N", kind: "worker", start: "2020-01-01" }], ties: [] };
    expect(migrateProject(v3)).toEqual({ ...v3, version: 4 });
    const read = load(v3);
    expect(read.ok && [read.project.version, read.project.nodes[0].spells, read.project.nodes[0].start]).toEqual([4, undefined, "2020-01-01"]);
  });

  it("is a field of nodes with a label, a description and advice", () => {
    const field = modelField("nodes", "spells")!;
    expect([field.label, field.kind, field.optional, field.present]).toEqual(["Spells", "intervals", true, false]);
    expect(fieldFix(field)).toBe("Write each spell's start and end as YYYY-MM-DD (the end exclusive, after the start), the spells in date order with a gap between each, or leave it empty");
  });

  it("loads a node with two spells and keeps them", () => {
    const result = load(base);
    expect(result.ok && result.project.nodes[0].spells).toEqual([{ start: "2024-01-01", end: "2024-02-01" }, { start: "2024-03-01" }]);
  });
});

describe("node spells: the rules, each at its place with what to do", () => {
  it("refuses spells out of order, overlapping or touching", () => {
    expect(problemsOf(withA({ start: "2024-01-01", end: "2024-04-01", spells: [{ start: "2024-03-01", end: "2024-04-01" }, { start: "2024-01-01", end: "2024-02-01" }] }))).toEqual([
      "p.json, nodes[0].spells[1].start: spell 2 of 2 starts on 2024-01-01, before the spell before it (2024-03-01). Put the spells in date order",
      "p.json, nodes[0].start: start is 2024-01-01, but the first spell starts on 2024-03-01. Set start to 2024-03-01: a node with spells starts with its first spell",
      "p.json, nodes[0].end: end is 2024-04-01, but the last spell ends on 2024-02-01. Set end to 2024-02-01: a node with spells ends with its last spell",
    ]);
    expect(problemsOf(withA({ start: "2024-01-01", end: "2024-04-01", spells: [{ start: "2024-01-01", end: "2024-03-01" }, { start: "2024-02-01", end: "2024-04-01" }] }))).toEqual([
      "p.json, nodes[0].spells[1].start: spell 2 of 2 starts on 2024-02-01, before the spell before it ends (2024-03-01). Merge the two spells into one, or correct the dates so that a gap is left between them",
    ]);
    expect(problemsOf(withA({ start: "2024-01-01", end: "2024-04-01", spells: [{ start: "2024-01-01", end: "2024-02-01" }, { start: "2024-02-01", end: "2024-04-01" }] }))).toEqual([
      "p.json, nodes[0].spells[1].start: spell 2 of 2 starts on 2024-02-01, the day the spell before it ends, so the two are one period. Merge the two spells into one, or correct the dates so that a gap is left between them",
    ]);
  });

  it("refuses a spell that ends before it starts, an unbounded spell in the middle, and fewer than two spells", () => {
    expect(problemsOf(withA({ start: "2024-01-01", end: "2024-04-01", spells: [{ start: "2024-01-01", end: "2024-01-01" }, { start: "2024-03-01", end: "2024-04-01" }] }))).toEqual([
      "p.json, nodes[0].spells[0].end: spell 1 of 2 ends on 2024-01-01, not after it starts (2024-01-01). Swap the dates or correct them: a spell's end is the first day it no longer holds",
    ]);
    expect(problemsOf(withA({ start: "2024-01-01", spells: [{ start: "2024-01-01" }, { start: "2024-03-01" }] }))).toEqual([
      "p.json, nodes[0].spells[0].end: spell 1 of 2 has no end, so it overlaps the spells after it. Give the spell its end date (only the last spell may have none)",
    ]);
    expect(problemsOf(withA({ start: "2024-01-01", end: "2024-02-01", spells: [{ start: "2024-01-01", end: "2024-02-01" }] }))).toEqual([
      "p.json, nodes[0].spells: holds one spell; spells are for a node present in several separate periods. Leave spells out and give the node's start and end (it is then present from start to end), or give two or more spells",
    ]);
  });

  it("refuses a spell date that is not a date, with the spells' advice", () => {
    expect(problemsOf(withA({ start: "2024-01-01", spells: [{ start: "2024-01-01", end: "soon" }, { start: "2024-03-01" }] }))).toEqual([
      `p.json, nodes[0].spells[0].end: "end" is not a date in YYYY-MM-DD form (for example 2024-03-31). Write each spell's start and end as YYYY-MM-DD (the end exclusive, after the start), the spells in date order with a gap between each, or leave it empty`,
    ]);
  });
});

describe("node spells: presence", () => {
  const project: Project = projectSchema.parse(base);
  const a = project.nodes[0];

  it("isActiveAt(node with spells, date) is true inside a spell and false in the gap", () => {
    expect(["2023-12-31", "2024-01-01", "2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01", "2030-01-01"].map((d) => isActiveAt(a, d))).toEqual([false, true, true, false, false, true, true]);
  });

  it("snapshotAt leaves the node and its ties out in the gap", () => {
    expect([snapshotAt(project, "2024-01-15").order, snapshotAt(project, "2024-01-15").size]).toEqual([2, 1]);
    expect([snapshotAt(project, "2024-02-15").order, snapshotAt(project, "2024-02-15").size]).toEqual([1, 0]);
    expect([snapshotAt(project, "2024-03-01").order, snapshotAt(project, "2024-03-01").size]).toEqual([2, 1]);
  });

  it("changeDates and dateRange include the spells' bounds, so the timeline steps on them", () => {
    expect(changeDates(project)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
    expect(dateRange(project)).toEqual({ first: "2024-01-01", last: "2024-03-01" });
  });
});

describe("node spells as text", () => {
  const spells = [{ end: "2018-01-01" }, { start: "2018-02-25", end: "2018-02-26" }, { start: "2018-03-02" }];
  it("formatSpells(spells) writes Gephi's interval notation, unbounded ends as -Infinity and Infinity", () => {
    expect(formatSpells(spells)).toBe("<[-Infinity, 2018-01-01); [2018-02-25, 2018-02-26); [2018-03-02, Infinity)>");
  });
  it("describeSpells(spells) says them in the fields' words", () => {
    expect(describeSpells(spells)).toBe("until 2018-01-01; 2018-02-25 until 2018-02-26; 2018-03-02 onwards");
  });
});
