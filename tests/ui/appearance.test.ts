import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { KIND_COLOURS } from "../../src/core/model/kindColours.ts";
import { GROUP_FACTOR, MISSING_COLOUR, SIZE_RANGE, nodeAppearance } from "../../src/ui/map/appearance.ts";
import { valueKeys } from "../../src/ui/map/nodeValues.ts";
import { findNode } from "../../src/ui/map/search.ts";

const { nodes } = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [
    { id: "a", label: "Ann Lee", kind: "service_user", attributes: { age: 30, area: "north" } },
    { id: "b", label: "Bo", kind: "peer_mentor", attributes: { age: 50 } },
    { id: "g", label: "Café", kind: "group", attributes: { area: "south" } },
  ],
  ties: [],
});
const metrics = { a: { degree: 4, community: 2 }, b: { degree: 1, community: 10 }, g: { degree: 0, community: 2 } };

describe("nodeAppearance", () => {
  it("colours and sizes 200,000 nodes by a metric (too many values to spread into Math.max)", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...nodes[0], id: `n${i}` }));
    const values = Object.fromEntries(many.map((n, i) => [n.id, { degree: i % 1000 }]));
    const look = nodeAppearance(many, "metric:degree", "metric:degree", values);
    expect(look.legend.map((e) => e.label)).toEqual(["0", "250", "500", "749", "999"]) // formatNumber rounds;
    expect(look.size.get("n999")).toBe(SIZE_RANGE[1]);
  });

  it("colours by kind with the fixed palette and lists only the kinds present", () => {
    const look = nodeAppearance(nodes, "kind", "none", undefined);
    expect(look.colour.get("b")).toBe(KIND_COLOURS.peer_mentor);
    expect(look.legend.map((e) => e.label)).toEqual(["service user", "peer mentor", "group"]);
  });

  it("sizes by the square root of a metric from 0, groups larger", () => {
    const look = nodeAppearance(nodes, "kind", "metric:degree", metrics);
    expect(look.size.get("a")).toBe(SIZE_RANGE[1]);
    expect(look.size.get("b")).toBeCloseTo(SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * 0.5, 10);
    expect(look.size.get("g")).toBeCloseTo(SIZE_RANGE[0] * GROUP_FACTOR, 10);
  });

  it("colours a numeric attribute continuously (viridis ends) and a missing value grey", () => {
    const look = nodeAppearance(nodes, "attr:age", "none", undefined);
    expect(look.continuous).toBe(true);
    expect(look.colour.get("a")).toBe("#440154");
    expect(look.colour.get("b")).toBe("#fde725");
    expect(look.colour.get("g")).toBe(MISSING_COLOUR);
    expect(look.legend.map((e) => e.label)).toEqual(["30", "35", "40", "45", "50"]);
  });

  it("treats community numbers as categories in natural order, with a no-value entry", () => {
    const look = nodeAppearance(nodes, "metric:community", "none", metrics);
    expect(look.continuous).toBe(false);
    expect(look.legend.map((e) => e.label)).toEqual(["2", "10"]);
    expect(look.colour.get("a")).toBe(look.colour.get("g"));
    const partial = nodeAppearance(nodes, "attr:area", "none", undefined);
    expect(partial.colour.get("b")).toBe(MISSING_COLOUR);
    expect(partial.legend.map((e) => e.label)).toEqual(["north", "south", "no value"]);
  });
});

describe("valueKeys", () => {
  it("offers model fields, attributes (numeric when every value is) and metrics", () => {
    const keys = valueKeys({ nodes, observations: [] } as never, metrics);
    expect(keys.map((k) => k.key)).toEqual([
      "kind", "use_status", "group_type", "recovery_oriented", "attr:age", "attr:area", "metric:degree", "metric:community",
    ]);
    expect(keys.filter((k) => k.numeric).map((k) => k.key)).toEqual(["attr:age", "metric:degree"]);
  });
  it("names metrics as the details panel does, in the descriptors' order, under their group", () => {
    const keys = valueKeys({ nodes, observations: [] } as never, { a: { pagerank: 0.2, degree: 1, zeta: 3, degreeCentrality: 0.5, riskShare: 0 } });
    const metricKeys = keys.filter((k) => k.group === "Metrics");
    expect(metricKeys.map((k) => k.label)).toEqual(["Degree", "Degree (share)", "PageRank", "Share of risk ties", "zeta"]);
    expect(keys.filter((k) => k.group === "Fields").map((k) => k.label)).toEqual(["kind", "use status", "group type", "recovery oriented"]);
  });
});

describe("findNode", () => {
  const all = new Set(["a", "b", "g"]);
  it("matches an exact id, then an exact name, then part of a name, ignoring case", () => {
    expect(findNode(nodes, "G", all, false)).toBe("g");
    expect(findNode(nodes, "bo", all, false)).toBe("b");
    expect(findNode(nodes, "lee", all, false)).toBe("a");
  });
  it("matches ids only when names are hidden, and only visible nodes", () => {
    expect(findNode(nodes, "lee", all, true)).toBeUndefined();
    expect(findNode(nodes, "bo", new Set(["a"]), false)).toBeUndefined();
  });
});

describe("observed measures as of the date", () => {
  const observed = projectSchema.parse({
    format: "recovery-networks",
    version: 1,
    nodes: [
      { id: "a", label: "A", kind: "service_user", use_status: "active_use" },
      { id: "b", label: "B", kind: "service_user", use_status: "active_use" },
    ],
    ties: [],
    observations: [
      { subject: "a", date: "2024-01-01", measure: "barc10", value: 20 },
      { subject: "a", date: "2024-06-01", measure: "barc10", value: 40 },
      { subject: "a", date: "2024-03-01", measure: "use_status", value: "abstinent" },
      { subject: "b", date: "2024-01-01", measure: "barc10", value: 30 },
    ],
  });
  it("offers each measure that is not a node field under Measures, numeric when its values are", () => {
    const keys = valueKeys(observed, undefined);
    expect(keys.filter((k) => k.group === "Measures")).toEqual([{ key: "measure:barc10", label: "BARC-10", numeric: true, group: "Measures" }]);
  });
  it("sizes by a measure and colours by use_status as of the date", () => {
    const march = nodeAppearance(observed.nodes, "use_status", "measure:barc10", undefined, { project: observed, at: "2024-03-01" });
    expect(march.legend.map((e) => e.label)).toEqual(["abstinent", "active use"]);
    expect(march.size.get("a")).toBeLessThan(march.size.get("b")!);
    const june = nodeAppearance(observed.nodes, "use_status", "measure:barc10", undefined, { project: observed, at: "2024-06-01" });
    expect(june.size.get("a")).toBeGreaterThan(june.size.get("b")!);
    const december = nodeAppearance(observed.nodes, "use_status", "none", undefined, { project: observed, at: "2023-12-01" });
    expect(december.legend.map((e) => e.label)).toEqual(["active use"]);
  });
});
