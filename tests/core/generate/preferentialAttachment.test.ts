import { describe, expect, it } from "vitest";
import { preferentialAttachment } from "../../../src/core/generate/preferentialAttachment.ts";
import { jsonLocator, validateProject } from "../../../src/core/model/validate.ts";

describe("preferentialAttachment({ nodes, edgesPerNode, seed })", () => {
  it("refuses m < 1 and n ≤ m, saying which", () => {
    expect(() => preferentialAttachment({ nodes: 10, edgesPerNode: 0, seed: 1 })).toThrow(/edgesPerNode must be a whole number of at least 1/);
    expect(() => preferentialAttachment({ nodes: 3, edgesPerNode: 3, seed: 1 })).toThrow(/nodes must be a whole number above edgesPerNode/);
  });

  it("has n nodes and m(n − m) ties: 10 nodes, m = 3 → 21; 20,000 nodes, m = 3 → 59,991", () => {
    const small = preferentialAttachment({ nodes: 10, edgesPerNode: 3, seed: 1 });
    expect(small.nodes.map((n) => n.id)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(small.ties).toHaveLength(21);
    const large = preferentialAttachment({ nodes: 20_000, edgesPerNode: 3, seed: 1 });
    expect(large.nodes).toHaveLength(20_000);
    expect(large.ties).toHaveLength(59_991);
    expect(preferentialAttachment({ nodes: 5, edgesPerNode: 1, seed: 9 }).ties).toHaveLength(4);
  });

  it("starts from a star on m + 1 nodes, then ties each new node to m distinct earlier nodes", () => {
    const { ties } = preferentialAttachment({ nodes: 50, edgesPerNode: 3, seed: 4 });
    expect(ties.slice(0, 3).map((t) => [t.source, t.target])).toEqual([["0", "1"], ["0", "2"], ["0", "3"]]);
    const bySource = new Map<string, string[]>();
    for (const t of ties.slice(3)) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t.target]);
    expect([...bySource.keys()]).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 4)));
    for (const [source, targets] of bySource) {
      expect(new Set(targets).size).toBe(3);
      expect(targets.every((t) => Number(t) < Number(source))).toBe(true);
    }
  });

  it("is a generic graph: community members, `other` neutral ties of strength 3, undated, and valid", () => {
    const project = preferentialAttachment({ nodes: 30, edgesPerNode: 2, seed: 2 });
    expect(new Set(project.nodes.map((n) => n.kind))).toEqual(new Set(["community_member"]));
    expect(project.ties.every((t) => t.type === "other" && t.valence === "neutral" && t.strength === 3 && t.start === undefined)).toBe(true);
    expect(validateProject(JSON.parse(JSON.stringify(project)), jsonLocator("pa.json")).ok).toBe(true);
  });

  it("attaches preferentially: the star's centre and early nodes end with the highest degrees", () => {
    const { ties } = preferentialAttachment({ nodes: 2000, edgesPerNode: 3, seed: 5 });
    const degree = new Map<string, number>();
    for (const t of ties) for (const id of [t.source, t.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const early = [...Array(10).keys()].reduce((s, i) => s + degree.get(String(i))!, 0) / 10;
    const late = [...Array(10).keys()].reduce((s, i) => s + degree.get(String(1990 + i))!, 0) / 10;
    expect(early).toBeGreaterThan(30);
    expect(late).toBeLessThan(4);
  });

  it("repeats for the same seed and differs for another", () => {
    const a = preferentialAttachment({ nodes: 100, edgesPerNode: 3, seed: 1 });
    expect(preferentialAttachment({ nodes: 100, edgesPerNode: 3, seed: 1 })).toEqual(a);
    expect(preferentialAttachment({ nodes: 100, edgesPerNode: 3, seed: 2 }).ties).not.toEqual(a.ties);
  });
});
