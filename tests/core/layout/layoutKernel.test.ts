import { describe, expect, it } from "vitest";
import { createLayoutKernel, layoutIterations, layoutSettings } from "../../../src/core/layout/layoutKernel.ts";
import { createRng } from "../../../src/core/random.ts";

/** Two triangles joined by one tie, from seeded random starting points. */
function twoTriangles(seed: number) {
  const rng = createRng(seed);
  const x = Float32Array.from({ length: 6 }, () => rng() * 100);
  const y = Float32Array.from({ length: 6 }, () => rng() * 100);
  const edges = Int32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3]);
  return { x, y, edges };
}
const distance = (p: { x: Float32Array; y: Float32Array }, a: number, b: number) => Math.hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);

describe("createLayoutKernel(input)", () => {
  it("gives the same positions for the same input, whatever the batch sizes", () => {
    const one = createLayoutKernel(twoTriangles(1), 200);
    one.run(200);
    const batched = createLayoutKernel(twoTriangles(1), 200);
    while (batched.run(7) < 200);
    expect(batched.positions()).toEqual(one.positions());
  });

  it("gives a different picture from different starting points", () => {
    const a = createLayoutKernel(twoTriangles(1), 50);
    const b = createLayoutKernel(twoTriangles(2), 50);
    a.run(50);
    b.run(50);
    expect(a.positions().x).not.toEqual(b.positions().x);
  });

  it("pulls tied nodes together: each triangle ends tighter than the distance between the triangles' far corners", () => {
    const kernel = createLayoutKernel(twoTriangles(3), 300);
    kernel.run(300);
    const p = kernel.positions();
    expect(distance(p, 0, 1)).toBeLessThan(distance(p, 0, 5));
    expect(distance(p, 4, 5)).toBeLessThan(distance(p, 0, 5));
    expect([...p.x, ...p.y].every(Number.isFinite)).toBe(true);
  });

  it("stops at its total and counts what it ran; an empty network is done at once", () => {
    const kernel = createLayoutKernel(twoTriangles(1), 10);
    expect(kernel.run(4)).toBe(4);
    expect(kernel.run(100)).toBe(10);
    expect([kernel.done, kernel.total]).toEqual([10, 10]);
    const empty = createLayoutKernel({ x: new Float32Array(0), y: new Float32Array(0), edges: new Int32Array(0) });
    expect(empty.run(1_000)).toBe(empty.total);
  });
});

describe("layoutIterations(order) and layoutSettings(order)", () => {
  it("gives fewer iterations to larger networks, and Barnes–Hut above 500 nodes", () => {
    expect([layoutIterations(400), layoutIterations(3_000), layoutIterations(20_000)]).toEqual([600, 300, 150]);
    expect(layoutSettings(500).barnesHutOptimize).toBe(false);
    expect(layoutSettings(501).barnesHutOptimize).toBe(true);
    expect(layoutSettings(1).slowDown).toBe(1);
  });
});
