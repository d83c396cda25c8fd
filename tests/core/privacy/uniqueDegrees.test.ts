import { describe, expect, test } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { describeUniqueDegrees, uniqueDegrees } from "../../../src/core/privacy/uniqueDegrees.ts";

// A path s1 – s2 – s3 plus s3 – w1 and s3 – g1: degrees s1 1, s2 2, s3 4, w1 1, g1 1.
const tie = (id: string, source: string, target: string) => ({ id, source, target, type: "friend", valence: "supportive" });
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "s1", label: "s1", kind: "service_user" },
    { id: "s2", label: "s2", kind: "service_user" },
    { id: "s3", label: "s3", kind: "service_user" },
    { id: "s4", label: "s4", kind: "service_user" },
    { id: "w1", label: "w1", kind: "worker" },
    { id: "g1", label: "g1", kind: "group", group_type: "mutual_aid" },
  ],
  ties: [tie("a", "s1", "s2"), tie("b", "s2", "s3"), tie("c", "s3", "w1"), { ...tie("d", "s3", "g1"), type: "membership" }, tie("e", "s3", "s4")],
  observations: [],
  waves: [],
});

describe("uniqueDegrees(project)", () => {
  test("lists the people whose degree no one else of their kind has; groups are left out", () => {
    // service users: s1 1, s2 2, s3 4, s4 1 → s2 and s3 are unique; w1 is the only worker; g1 is a group.
    expect(uniqueDegrees(project)).toEqual({ nodes: ["s2", "s3", "w1"], byKind: { service_user: 2, worker: 1 } });
  });
  test("finds no one when every degree is shared", () => {
    expect(uniqueDegrees({ ...project, nodes: project.nodes.filter((n) => n.id === "s1" || n.id === "s4"), ties: [] })).toEqual({ nodes: [], byKind: {} });
  });
});

describe("describeUniqueDegrees(unique)", () => {
  test("says how many and of which kinds, or nothing", () => {
    expect(describeUniqueDegrees(uniqueDegrees(project))).toBe(
      "3 people have a number of ties no one else of their kind has (service user 2, worker 1): someone who knows how many ties one of them has can pick them out.",
    );
    expect(describeUniqueDegrees({ nodes: [], byKind: {} })).toBeUndefined();
  });
});
