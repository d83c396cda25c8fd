// maxOf, minOf and pushAll: Math.max / Math.min / push semantics, at lengths where spreading throws.
import { describe, expect, it } from "vitest";
import { maxOf, minOf, pushAll } from "../../src/core/arrays.ts";

describe("maxOf, minOf, pushAll", () => {
  it("maxOf / minOf behave as Math.max / Math.min: empty gives ∓Infinity, any NaN gives NaN", () => {
    expect(maxOf([3, -1, 7, 2])).toBe(7);
    expect(minOf(Float64Array.from([3, -1, 7, 2]))).toBe(-1);
    expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
    expect(minOf([])).toBe(Number.POSITIVE_INFINITY);
    expect(maxOf([1, Number.NaN, 2])).toBeNaN();
    expect(minOf([1, Number.NaN, 2])).toBeNaN();
  });

  it("work on 500,000 values, where spreading them into Math.max throws", () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(499_999);
    expect(minOf(values)).toBe(0);
  });

  it("pushAll appends in order, any number of items", () => {
    expect(pushAll([1, 2], [3, 4])).toEqual([1, 2, 3, 4]);
    const many = pushAll<number>([], new Array<number>(500_000).fill(1));
    expect(many.length).toBe(500_000);
  });
});
