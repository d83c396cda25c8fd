import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { showingText, visibility } from "../../src/ui/map/visibility.ts";
import { defaultFilters } from "../../src/ui/store.ts";

// a–b–c in a line, g a group; c leaves on 2014-06-01; the b–c tie is a weak risk tie.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [
    { id: "a", label: "Ann", kind: "service_user" },
    { id: "b", label: "Bo", kind: "peer_mentor" },
    { id: "c", label: "Cy", kind: "friend", end: "2014-06-01" },
    { id: "g", label: "Café", kind: "group", start: "2014-03-01" },
  ],
  ties: [
    { id: "ab", source: "a", target: "b", type: "mentoring", valence: "supportive", strength: 4 },
    { id: "bc", source: "b", target: "c", type: "friend", valence: "risk", strength: 1 },
    { id: "ag", source: "a", target: "g", type: "membership", valence: "supportive", start: "2014-03-01" },
  ],
});
const metrics = { a: { community: 0, degree: 2 }, b: { community: 0, degree: 2 }, c: { community: 1, degree: 1 }, g: { community: 0, degree: 1 } };

describe("visibility", () => {
  it("shows the snapshot at the date: nodes and ties in their intervals", () => {
    const v = visibility(project, "2014-01-01", defaultFilters(), undefined);
    expect([...v.nodes].sort()).toEqual(["a", "b", "c"]);
    expect([...v.ties].sort()).toEqual(["ab", "bc"]);
    const later = visibility(project, "2014-06-01", defaultFilters(), undefined);
    expect([...later.nodes].sort()).toEqual(["a", "b", "g"]);
    expect([...later.ties].sort()).toEqual(["ab", "ag"]);
  });

  it("hides a kind and the ties that touch it, while counting the snapshot", () => {
    const v = visibility(project, "2014-04-01", { ...defaultFilters(), kinds: ["service_user", "friend", "group"] }, undefined);
    expect([...v.nodes].sort()).toEqual(["a", "c", "g"]);
    expect([...v.ties]).toEqual(["ag"]);
    expect(showingText(v)).toBe("Showing 3 of 4 nodes, 1 of 3 ties");
  });

  it("hides ties by valence, type and minimum strength", () => {
    const at = "2014-04-01";
    expect([...visibility(project, at, { ...defaultFilters(), valences: ["supportive"] }, undefined).ties].sort()).toEqual(["ab", "ag"]);
    expect([...visibility(project, at, { ...defaultFilters(), tieTypes: ["friend"] }, undefined).ties]).toEqual(["bc"]);
    expect([...visibility(project, at, { ...defaultFilters(), minStrength: 4 }, undefined).ties]).toEqual(["ab"]);
  });

  it("filters by community and by a metric range from the metrics", () => {
    const at = "2014-04-01";
    expect([...visibility(project, at, { ...defaultFilters(), communities: [1] }, metrics).nodes]).toEqual(["c"]);
    const range = { key: "metric:degree", min: 2, max: 5 };
    expect([...visibility(project, at, { ...defaultFilters(), metricRange: range }, metrics).nodes].sort()).toEqual(["a", "b"]);
    // Without metrics a range hides everything: no node has a value in it.
    expect(visibility(project, at, { ...defaultFilters(), metricRange: range }, undefined).nodes.size).toBe(0);
  });

  it("shows everything for undated data (no date)", () => {
    expect(visibility(project, undefined, defaultFilters(), undefined).nodes.size).toBe(4);
  });
});
