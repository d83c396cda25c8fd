// Strength follows the project's tie weight through the snapshot: the ties' strength, an
// attribute (ties without it count 1, parallel ties add up), or none (the number of ties).
import { describe, expect, it } from "vitest";
import { computeStructural } from "../../../../src/core/metrics/structural/index.ts";
import { projectSchema, type Project } from "../../../../src/core/model/schema.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import { withWeight } from "../../../../src/core/model/weight.ts";

const project: Project = projectSchema.parse({
  format: "recovery-networks",
  version: 2,
  meta: { title: "w", weight: "weight" },
  nodes: ["a", "b", "c"].map((id) => ({ id, label: id, kind: "friend" })),
  ties: [
    { id: "t1", source: "a", target: "b", type: "friend", valence: "supportive", strength: 4, attributes: { weight: 0.5 } },
    { id: "t2", source: "a", target: "b", type: "family", valence: "neutral", strength: 2, attributes: { weight: 7 } },
    { id: "t3", source: "b", target: "c", type: "friend", valence: "supportive", strength: 5, attributes: {} },
  ],
});

const strength = (p: Project) => Object.fromEntries([...computeStructural(snapshotAt(p), { node: ["strength"] }).nodes].map(([id, v]) => [id, v.strength]));

describe("strength under meta.weight", () => {
  it("sums the chosen attribute; a tie without it counts 1", () => {
    expect(strength(project)).toEqual({ a: 7.5, b: 8.5, c: 1 });
  });

  it("sums the strengths with the weight strength, and counts ties with none", () => {
    expect(strength(withWeight(project, "strength"))).toEqual({ a: 6, b: 11, c: 5 });
    expect(strength(withWeight(project, null))).toEqual({ a: 2, b: 3, c: 1 });
  });
});
