import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/core/model/graph.ts";
import { projectSchema, type Project } from "../../src/core/model/schema.ts";
import { keepPositions } from "../../src/ui/map/placeNew.ts";

const project = (nodes: unknown[], ties: unknown[] = []): Project => projectSchema.parse({ format: "recovery-networks", version: 4, nodes, ties });
const graphOf = (p: Project) => buildGraph(p.nodes.map((n) => ({ ...n })), p.ties);
const at = (g: ReturnType<typeof graphOf>, id: string) => {
  const { x, y } = g.getNodeAttributes(id);
  return { x, y };
};

describe("keepPositions", () => {
  it("a network with no position anywhere is left for a layout (false)", () => {
    const g = graphOf(project([{ id: "a", label: "A", kind: "friend" }]));
    expect(keepPositions(g, undefined)).toBe(false);
    expect(at(g, "a")).toEqual({ x: undefined, y: undefined });
  });

  it("nodes keep the positions they had on the previous map", () => {
    const before = graphOf(project([{ id: "a", label: "A", kind: "friend" }, { id: "b", label: "B", kind: "friend" }]));
    before.mergeNodeAttributes("a", { x: 1, y: 2 });
    before.mergeNodeAttributes("b", { x: 5, y: 2 });
    const after = graphOf(project([{ id: "a", label: "A", kind: "family" }, { id: "b", label: "B", kind: "friend", x: 7, y: 7 }]));
    expect(keepPositions(after, before)).toBe(true);
    expect(at(after, "a")).toEqual({ x: 1, y: 2 });
    // A saved position in the project wins over the previous map's.
    expect(at(after, "b")).toEqual({ x: 7, y: 7 });
  });

  it("a new node goes half the mean tie length from its first partner; one with no tie to the centre", () => {
    const p = project([
      { id: "a", label: "A", kind: "friend", x: 0, y: 0 },
      { id: "b", label: "B", kind: "friend", x: 4, y: 0 },
      { id: "n", label: "N", kind: "friend" },
      { id: "m", label: "M", kind: "friend" },
    ], [
      { id: "ab", source: "a", target: "b", type: "friend", valence: "supportive" },
      { id: "nb", source: "n", target: "b", type: "friend", valence: "supportive" },
    ]);
    const g = graphOf(p);
    expect(keepPositions(g, undefined)).toBe(true);
    // The tie a–b is 4 long, so the step is 2; n is the first new node (angle 0) beside b.
    expect(at(g, "n")).toEqual({ x: 6, y: 0 });
    // m is the second new node: from the centre (2, 0), turned by one golden angle.
    const angle = Math.PI * (3 - Math.sqrt(5));
    expect(at(g, "m").x).toBeCloseTo(2 + 2 * Math.cos(angle), 12);
    expect(at(g, "m").y).toBeCloseTo(2 * Math.sin(angle), 12);
  });
});
