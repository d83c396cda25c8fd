import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { sameNodesBesidesPositions } from "../../src/ui/metricsUpdater.ts";

const { nodes } = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "a", label: "Ann", kind: "service_user" },
    { id: "b", label: "Bo", kind: "family" },
  ],
  ties: [],
});

describe("sameNodesBesidesPositions", () => {
  it("saved positions are not a change that needs new metrics", () => {
    expect(sameNodesBesidesPositions(nodes, nodes.map((n) => ({ ...n, x: 1, y: 2 })))).toBe(true);
  });

  it("a new kind, a new date, a new node are", () => {
    expect(sameNodesBesidesPositions(nodes, [nodes[0], { ...nodes[1], kind: "friend" }])).toBe(false);
    expect(sameNodesBesidesPositions(nodes, [{ ...nodes[0], end: "2024-01-01" }, nodes[1]])).toBe(false);
    expect(sameNodesBesidesPositions(nodes, [nodes[0]])).toBe(false);
  });
});
