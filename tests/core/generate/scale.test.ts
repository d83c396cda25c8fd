import { describe, expect, it } from "vitest";
import { generateScaled } from "../../../src/core/generate/scale.ts";
import { jsonLocator, semanticProblems } from "../../../src/core/model/validate.ts";
import { countBy } from "./patterns.ts";

describe("generateScaled({ nodes, seed })", () => {
  it("refuses fewer than 50 nodes", () => {
    expect(() => generateScaled({ nodes: 10, seed: 1 })).toThrow(/nodes must be a whole number of at least 50/);
  });

  it("gives about the asked-for number of nodes with the programme's mix of kinds, more hubs as it grows", () => {
    for (const nodes of [1000, 5000]) {
      const project = generateScaled({ nodes, seed: 1 });
      expect(Math.abs(project.nodes.length - nodes) / nodes).toBeLessThan(0.05);
      const kinds = countBy(project.nodes, (n) => n.kind);
      const serviceUsers = Math.round(nodes / 3.95);
      expect(kinds.service_user).toBe(serviceUsers);
      expect(kinds.peer_mentor).toBe(Math.round(serviceUsers / 10));
      const hubs = Math.round(serviceUsers / 133);
      expect(kinds.group).toBe(10 * hubs);
      expect(kinds.family / kinds.service_user).toBeGreaterThan(1);
      expect(kinds.friend / kinds.service_user).toBeGreaterThan(0.7);
      expect(semanticProblems(project, jsonLocator("scaled.json"))).toEqual([]);
    }
  });

  it("builds about 20,000 nodes and over 40,000 ties", () => {
    const project = generateScaled({ nodes: 20_000, seed: 3 });
    expect(project.nodes.length).toBeGreaterThan(19_000);
    expect(project.ties.length).toBeGreaterThan(40_000);
  });
});
