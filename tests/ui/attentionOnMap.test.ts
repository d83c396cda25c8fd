// "Colour by: needs attention" and the filter "only clients who need attention" on a tiny project.
import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { nodeAppearance, SIZE_RANGE } from "../../src/ui/map/appearance.ts";
import { ATTENTION_COLOURS, ATTENTION_MIN_SIZE, attentionColouring, attentionKeep, attentionTiers } from "../../src/ui/map/attentionOnMap.ts";
import { visibility } from "../../src/ui/map/visibility.ts";
import { defaultFilters } from "../../src/ui/store.ts";

// a: nobody (no ties at all: tier 1); b: only worker w (only professional: tier 3); c: two
// supportive friends and a group (not listed); f1, f2 friends; g a mutual-aid group.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "a", label: "A", kind: "service_user" },
    { id: "b", label: "B", kind: "service_user" },
    { id: "c", label: "C", kind: "service_user" },
    { id: "w", label: "W", kind: "worker" },
    { id: "f1", label: "F1", kind: "friend" },
    { id: "f2", label: "F2", kind: "friend" },
    { id: "g", label: "G", kind: "group", group_type: "mutual_aid" },
  ],
  ties: [
    { id: "wb", source: "w", target: "b", type: "professional", valence: "neutral" },
    { id: "c1", source: "c", target: "f1", type: "friend", valence: "supportive" },
    { id: "c2", source: "c", target: "f2", type: "friend", valence: "supportive" },
    { id: "cg", source: "c", target: "g", type: "membership", valence: "supportive" },
    { id: "wc", source: "w", target: "c", type: "professional", valence: "neutral" },
  ],
  waves: [{ id: "w0", label: "Baseline", date: "2024-01-01" }],
});

describe("needs attention on the map", () => {
  it("gives the headline tier of each listed client, memoised per project and date", () => {
    expect([...attentionTiers(project, "2024-01-01")]).toEqual([["a", 1], ["b", 3]]);
    expect(attentionTiers(project, "2024-01-01")).toBe(attentionTiers(project, "2024-01-01"));
    expect(attentionTiers(project, undefined).size).toBe(0);
  });

  it("colours listed clients by tier, other clients and everyone else apart, with a legend", () => {
    const look = nodeAppearance(project.nodes, "attention", "none", undefined, { project, at: "2024-01-01" }, attentionColouring(project, "2024-01-01", "attention"));
    expect(Object.fromEntries(look.colour)).toEqual({
      a: ATTENTION_COLOURS[1],
      b: ATTENTION_COLOURS.other,
      c: ATTENTION_COLOURS.notListed,
      w: ATTENTION_COLOURS.rest,
      f1: ATTENTION_COLOURS.rest,
      f2: ATTENTION_COLOURS.rest,
      g: ATTENTION_COLOURS.rest,
    });
    expect(look.legend[0]).toEqual({ colour: ATTENTION_COLOURS[1], label: "needs attention: no ties at all" });
    expect(attentionColouring(project, "2024-01-01", "kind")).toBeUndefined();
  });

  it("draws listed clients at least ATTENTION_MIN_SIZE under that colouring, even sized by a degree of 0", () => {
    const metrics = { a: { degree: 0 }, b: { degree: 1 }, c: { degree: 4 }, w: { degree: 2 }, f1: { degree: 1 }, f2: { degree: 1 }, g: { degree: 1 } };
    const asOf = { project, at: "2024-01-01" };
    const look = nodeAppearance(project.nodes, "attention", "metric:degree", metrics, asOf, attentionColouring(project, "2024-01-01", "attention"));
    expect(look.size.get("a")).toBe(ATTENTION_MIN_SIZE);
    expect(look.size.get("b")).toBe(6.25); // degree 1 of 4: 2.5 + 7.5 × √(1/4), already above the minimum
    expect(look.size.get("c")).toBe(SIZE_RANGE[1]);
    expect(look.size.get("f1")).toBe(SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * 0.5);
    // Coloured by kind, the same sizes follow the degree alone: a is the smallest dot.
    const plain = nodeAppearance(project.nodes, "kind", "metric:degree", metrics, asOf, undefined);
    expect(plain.size.get("a")).toBe(SIZE_RANGE[0]);
  });

  it("keeps only the listed clients and whom they are tied to under the filter", () => {
    const keep = attentionKeep(project, "2024-01-01");
    expect([...keep].sort()).toEqual(["a", "b", "w"]);
    const v = visibility(project, "2024-01-01", { ...defaultFilters(), attentionOnly: true }, undefined, keep);
    expect([...v.nodes].sort()).toEqual(["a", "b", "w"]);
    expect([...v.ties]).toEqual(["wb"]);
    expect(visibility(project, "2024-01-01", defaultFilters(), undefined, keep).nodes.size).toBe(7);
  });
});
