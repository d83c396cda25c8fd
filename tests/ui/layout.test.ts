import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/core/model/graph.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
import { catchUpWait, hasPositions, layoutInput, seedPositions, withPositions } from "../../src/ui/map/layout.ts";
import { DEFAULT_SETTINGS } from "../../src/ui/settings.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [
    { id: "a", label: "A", kind: "service_user", x: 1, y: 2 },
    { id: "b", label: "B", kind: "group" },
  ],
  ties: [],
});

describe("layout helpers", () => {
  it("hasPositions is true only when every node has x and y", () => {
    expect(hasPositions(project)).toBe(false);
    expect(hasPositions(withPositions(project, new Map([["b", { x: 3, y: 4 }]])))).toBe(true);
  });

  it("withPositions returns a new project and leaves the old one as it was", () => {
    const next = withPositions(project, new Map([["a", { x: 9, y: 9 }]]));
    expect(next.nodes[0]).toMatchObject({ x: 9, y: 9 });
    expect(project.nodes[0]).toMatchObject({ x: 1, y: 2 });
    expect(next.nodes[1]).toBe(project.nodes[1]);
  });

  it("seedPositions keeps saved positions and gives the same start for the same seed", () => {
    const g1 = buildGraph(project.nodes.map((n) => ({ ...n })), []);
    const g2 = buildGraph(project.nodes.map((n) => ({ ...n })), []);
    seedPositions(g1, 5);
    seedPositions(g2, 5);
    expect(g1.getNodeAttributes("a")).toMatchObject({ x: 1, y: 2 });
    expect(g1.getNodeAttribute("b", "x")).toBe(g2.getNodeAttribute("b", "x"));
    expect(Math.hypot(g1.getNodeAttribute("b", "x")!, g1.getNodeAttribute("b", "y")!)).toBeLessThanOrEqual(Math.sqrt(2) * 10);
  });

  it("layoutInput gives the kernel positions, sizes and ties by node index in graph order", () => {
    const graph = buildGraph(project.nodes.map((n) => ({ ...n, x: n.x ?? 5, y: n.y ?? 6 })), [
      { id: "t1", source: "b", target: "a", type: "membership", valence: "supportive", strength: 3, attributes: {} },
    ]);
    const { ids, input } = layoutInput(graph, (id) => (id === "b" ? 8 : 4));
    expect(ids).toEqual(["a", "b"]);
    expect([...input.x, ...input.y]).toEqual([1, 5, 2, 6]);
    expect([...input.sizes!]).toEqual([4, 8]);
    expect([...input.edges]).toEqual([1, 0]);
  });
});

describe("how often a large map catches up with its layout", () => {
  it("every 1.5 s when drawing is quick, else often enough to take a tenth of the page's time", () => {
    expect(DEFAULT_SETTINGS.syncMs).toBe(1_500);
    expect(catchUpWait(50)).toBe(1_500);
    expect(catchUpWait(300)).toBe(3_000);
    // A 100,000-person project took about 6 s per catch-up with software drawing: once a minute.
    expect(catchUpWait(6_000)).toBe(60_000);
  });
  it("follows the settings it is given", () => {
    expect(catchUpWait(50, { syncMs: 200, syncShare: 0.5 })).toBe(200);
    expect(catchUpWait(300, { syncMs: 200, syncShare: 0.5 })).toBe(600);
  });
});
