import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { shortestPathWork } from "../../../src/core/metrics/shortestPathWork.ts";

describe("shortestPathWork(graph)", () => {
  it("throws on a count that is not a whole number of at least 0", () => {
    expect(() => shortestPathWork({ order: -1, size: 0 })).toThrow(/order and size must be whole numbers of at least 0 \(got -1 nodes, 0 ties\)/);
    expect(() => shortestPathWork({ order: 2, size: 1.5 })).toThrow(/got 2 nodes, 1.5 ties/);
  });

  it("is nodes × (nodes + ties): one breadth-first search per node", () => {
    const path = new Graph({ type: "undirected" });
    path.mergeEdge("a", "b");
    path.mergeEdge("b", "c");
    expect(shortestPathWork(path)).toBe(3 * (3 + 2));
    expect(shortestPathWork({ order: 5_000, size: 15_000 })).toBe(1e8);
    expect(shortestPathWork({ order: 0, size: 0 })).toBe(0);
  });
});
