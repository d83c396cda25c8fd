// Property-based round trips: for random projects p, import(export(p)) = p, for JSON, GEXF 1.3
// and 1.2draft, and GraphML exactly; for Pajek, the part of p that Pajek can carry (ids, the
// direction of each tie, its weight, positions, and numeric node attributes as partitions and
// vectors) — labels, kinds, tie types, valence, strength, times, text and boolean attributes,
// observations, waves and meta are not in the format (docs/file-formats.md). Nodes sometimes have
// spells (several separate periods).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportProject, loadProject } from "../../../src/core/io/load.ts";
import { unwrap } from "../../../src/core/io/problems.ts";
import type { AttributeValue, Project } from "../../../src/core/model/schema.ts";
import { NODE_KINDS, TIE_TYPES, VALENCES } from "../../../src/core/model/vocabulary.ts";
import { tieWeight } from "../../../src/core/model/weight.ts";

/** Text with markup characters, quotes, spaces, unicode and line breaks. */
const text = fc.string({ unit: fc.constantFrom(..."aZ09 _-.<>&\"'é☕\n\t/#".split("")), maxLength: 8 });
/** Ids: non-empty, not only spaces. */
const idText = fc.string({ unit: fc.constantFrom(..."abcxyz019-_./é".split("")), minLength: 1, maxLength: 6 });
/** Attribute names that are not model fields in any spelling. */
const attributeName = fc.constantFrom("age", "score", "pathway", "note", "visits", "ratio", "flag", "since");
const date = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
/** An interval [start, end) with start < end, either end possibly open. */
const interval = fc.tuple(fc.option(date, { nil: undefined }), fc.option(date, { nil: undefined })).map(([a, b]) => {
  if (a !== undefined && b !== undefined && a >= b) return a === b ? { start: a } : { start: b, end: a };
  return { ...(a !== undefined ? { start: a } : {}), ...(b !== undefined ? { end: b } : {}) };
});

/** Attributes of one type per name across the collection (as every format types a column once). */
function attributesOf(types: Record<string, "s" | "i" | "d" | "b">) {
  // -0 is left out: JSON itself writes it as 0 (JSON.stringify(-0) is "0"), so no text format keeps it.
  const byType = { s: text, i: fc.integer({ min: -1000, max: 1000 }), d: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((d) => (Object.is(d, -0) ? 0 : d)), b: fc.boolean() };
  return fc.record(Object.fromEntries(Object.entries(types).map(([name, t]) => [name, byType[t] as fc.Arbitrary<AttributeValue>])), { requiredKeys: [] });
}
const columnTypes = fc.dictionary(attributeName, fc.constantFrom<"s" | "i" | "d" | "b">("s", "i", "d", "b"), { maxKeys: 3 });

/**
 * A node's time: one interval, or (sometimes) two or three spells with gaps between them (distinct
 * sorted days taken in pairs), the first maybe with no start and the last with no end; start and
 * end are then the spells' hull.
 */
const dayOf = (d: number) => new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const spelled = fc
  .record({ days: fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 4, maxLength: 6 }), openStart: fc.boolean(), openEnd: fc.boolean() })
  .map(({ days, openStart, openEnd }) => {
    const sorted = [...days].sort((a, b) => a - b);
    const spells: { start?: string; end?: string }[] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) spells.push({ start: dayOf(sorted[k]), end: dayOf(sorted[k + 1]) });
    if (openStart) delete spells[0].start;
    if (openEnd) delete spells[spells.length - 1].end;
    const { start } = spells[0];
    const { end } = spells[spells.length - 1];
    return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}), spells };
  });
const nodeTime = fc.oneof({ arbitrary: interval, weight: 3 }, { arbitrary: spelled, weight: 1 });

const project: fc.Arbitrary<Project> = fc
  .record({ nodeTypes: columnTypes, tieTypes: columnTypes, ids: fc.uniqueArray(idText, { minLength: 2, maxLength: 7 }) })
  .chain(({ nodeTypes, tieTypes, ids }) => {
    const node = (id: string) =>
      fc.record({ label: text, kind: fc.constantFrom(...NODE_KINDS), time: nodeTime, x: fc.option(fc.integer({ min: -500, max: 500 }), { nil: undefined }), attributes: attributesOf(nodeTypes) }).map(({ label, kind, time, x, attributes }) => ({
        id,
        label,
        kind,
        ...time,
        ...(x !== undefined ? { x, y: x === 0 ? 0 : -x / 4 } : {}),
        attributes,
      }));
    const tie = fc
      .record({
        ends: fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 2)),
        type: fc.constantFrom(...TIE_TYPES),
        valence: fc.constantFrom(...VALENCES),
        strength: fc.integer({ min: 1, max: 5 }),
        directed: fc.option(fc.boolean(), { nil: undefined }),
        time: interval,
        attributes: attributesOf(tieTypes),
      })
      .map(({ ends: [s, t], time, directed, ...rest }) => ({ source: ids[s], target: ids[t >= s ? t + 1 : t], ...rest, ...(directed !== undefined ? { directed } : {}), ...time }));
    return fc.record({
      title: text,
      nodes: fc.tuple(...ids.map(node)),
      ties: fc.array(tie, { maxLength: 8 }),
      observations: fc.array(fc.record({ subject: fc.constantFrom(...ids), date, measure: fc.constantFrom("barc10", "review"), value: fc.integer({ min: 0, max: 50 }) }), { maxLength: 4 }),
      waves: fc.uniqueArray(fc.record({ date, label: text }), { selector: (w) => w.date, maxLength: 3 }),
    });
  })
  .map(({ title, nodes, ties, observations, waves }) => ({
    format: "recovery-networks",
    version: 4,
    meta: { title, weight: "strength", attributes: {} },
    nodes,
    ties: ties.map((t, i) => ({ id: `t${i}`, ...t, attributes: t.attributes })),
    // The formats keep observations in date order (the project's own order otherwise only through rn:order).
    observations: [...observations].sort((a, b) => a.date.localeCompare(b.date)),
    waves: waves.map((w, i) => ({ id: `w${i}`, ...w })).sort((a, b) => a.date.localeCompare(b.date)),
  })) as fc.Arbitrary<Project>;

/** Exports then imports through the one loader the page and the command line use. */
function roundTrip(p: Project, format: "json" | "gexf" | "graphml" | "pajek", gexfVersion?: "1.3" | "1.2draft"): Project {
  const files = exportProject(p, format, { gexfVersion });
  return unwrap(loadProject(files));
}

const RUNS = { numRuns: 60, seed: 20261130 };

describe("import(export(p)) = p for random projects", () => {
  it("JSON", () => {
    fc.assert(fc.property(project, (p) => {
        expect(roundTrip(p, "json")).toEqual(p);
      }), RUNS);
  });
  it("GEXF 1.3", () => {
    fc.assert(fc.property(project, (p) => {
        expect(roundTrip(p, "gexf", "1.3")).toEqual(p);
      }), RUNS);
  });
  it("GEXF 1.2draft", () => {
    fc.assert(fc.property(project, (p) => {
        expect(roundTrip(p, "gexf", "1.2draft")).toEqual(p);
      }), RUNS);
  });
  it("GraphML", () => {
    fc.assert(fc.property(project, (p) => {
        expect(roundTrip(p, "graphml")).toEqual(p);
      }), RUNS);
  });
  it("Pajek: ids, direction, weight, positions and numeric node attributes (what Pajek carries)", () => {
    fc.assert(
      fc.property(project, (p) => {
        const back = roundTrip(p, "pajek");
        const numeric = (q: Project) => {
          const names = [...new Set(q.nodes.flatMap((n) => Object.keys(n.attributes)))].filter((a) => q.nodes.every((n) => typeof n.attributes[a] === "number"));
          return Object.fromEntries(names.map((a) => [a, q.nodes.map((n) => n.attributes[a])]));
        };
        const placed = p.nodes.every((n) => n.x !== undefined) && new Set(p.nodes.map((n) => `${n.x} ${n.y}`)).size > 1;
        expect(back.nodes.map((n) => n.id)).toEqual(p.nodes.map((n) => n.id));
        expect(back.nodes.map((n) => (n.x === undefined ? undefined : [n.x, n.y]))).toEqual(p.nodes.map((n) => (placed ? [n.x, n.y] : undefined)));
        expect(back.ties.map((t) => [t.source, t.target, t.directed === true, tieWeight(t, back.meta.weight)])).toEqual(
          [...p.ties.filter((t) => t.directed === true), ...p.ties.filter((t) => t.directed !== true)].map((t) => [t.source, t.target, t.directed === true, tieWeight(t, p.meta.weight)]),
        );
        expect(numeric(back)).toEqual(numeric(p));
      }),
      RUNS,
    );
  });
});
