// The active-set signature of a snapshot: two dates whose active nodes and ties are the same
// get the same signature, so their metrics are computed once. Kept up to date incrementally by
// sweeping the start and end dates in order (Zobrist hashing: an item entering or leaving
// toggles its hash into the running XOR), so no snapshot is built to compare.
import type { IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";

/** Two independent 32-bit hashes of a string (cyrb53's mixing), so collisions are ~2⁻⁶⁴. */
function hash2(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

interface Event {
  date: IsoDate;
  count: 1 | -1;
  hash: [number, number];
}

/**
 * The signature of the snapshot at each of `dates` (any order; one signature per date, in the
 * same order). Nodes and ties are hashed separately (`n:` / `t:` prefixes); the signature also
 * carries the number of active items.
 */
export function activeSetSignatures(project: Project, dates: readonly IsoDate[]): string[] {
  let h1 = 0;
  let h2 = 0;
  let count = 0;
  const events: Event[] = [];
  const items = [
    // A node with spells is one item per spell: they do not overlap, so its hash is in at most once.
    ...project.nodes.flatMap((n) => (n.spells ?? [n]).map((s) => ({ key: `n:${n.id}`, start: s.start, end: s.end }))),
    ...project.ties.map((t) => ({ key: `t:${t.id}`, start: t.start, end: t.end })),
  ];
  for (const item of items) {
    const hash = hash2(item.key);
    if (item.start === undefined) {
      h1 ^= hash[0];
      h2 ^= hash[1];
      count++;
    } else {
      events.push({ date: item.start, count: 1, hash });
    }
    if (item.end !== undefined) events.push({ date: item.end, count: -1, hash });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const order = dates.map((date, i) => ({ date, i })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = new Array<string>(dates.length);
  let next = 0;
  for (const { date, i } of order) {
    // Active at `date`: start ≤ date < end, so every event dated on or before it has happened.
    while (next < events.length && events[next].date <= date) {
      const e = events[next++];
      h1 ^= e.hash[0];
      h2 ^= e.hash[1];
      count += e.count;
    }
    out[i] = `${count}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
  }
  return out;
}
