// Largest, smallest and append for arrays of any length. `Math.max(...values)` and
// `target.push(...items)` pass every element as an argument, and JavaScript engines cap the
// number of arguments (V8 throws "Maximum call stack size exceeded" at about 120,000), so a
// snapshot with 130,000 components or nodes broke them. These loop instead.

/**
 * The largest of `values`, as `Math.max(...values)`: −Infinity when empty, NaN when any value
 * is NaN. Works on any length.
 */
export function maxOf(values: ArrayLike<number>): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v > best) best = v;
  }
  return best;
}

/**
 * The smallest of `values`, as `Math.min(...values)`: +Infinity when empty, NaN when any value
 * is NaN. Works on any length.
 */
export function minOf(values: ArrayLike<number>): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v < best) best = v;
  }
  return best;
}

/** Appends every item of `items` to `target`, as `target.push(...items)` but for any length; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
