// Property: any project written as CSV reads back as the same project, import(export(p)) = p,
// for projects fast-check builds: ids, labels and attribute text of any characters (quotes,
// delimiters, line breaks, formula starts, accents), one type per attribute column, attribute
// names that collide with fields and aliases, optional dates, spells (a node that left and came
// back), directed and undirected ties.
import fc from "fast-check";
import { describe, it, expect } from "vitest";
import { exportCsv } from "../../../../src/core/io/csv/export.ts";
import { importCsv } from "../../../../src/core/io/csv/import.ts";
import { formatProblem } from "../../../../src/core/io/problems.ts";
import { PROJECT_FORMAT, PROJECT_VERSION, type AttributeValue, type Project } from "../../../../src/core/model/schema.ts";
import { GROUP_TYPES, NODE_KINDS, TIE_TYPES, USE_STATUSES, VALENCES } from "../../../../src/core/model/vocabulary.ts";

const text = fc.string({ unit: "grapheme", maxLength: 12 });
const id = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== "" && !["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"].includes(s));
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Attribute names, some of which are fields' names or aliases (`year`, `from`, `Time Interval`, `name`). */
const attributeName = fc.oneof(
  fc.constantFrom("score", "Year", "from", "Time Interval", "name", "Label", "notes", "weight"),
  fc.stringMatching(/^[a-z][a-z0-9_ ]{0,8}$/).filter((n) => n.trim() === n),
).filter((n) => n !== "__proto__" && n !== "constructor" && n !== "prototype");
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
/** A column's type and a value of it. */
const columnType = fc.constantFrom("string", "number", "boolean");
const valueOf = (type: string): fc.Arbitrary<AttributeValue> => (type === "string" ? text : type === "number" ? finite : fc.boolean());

/** Attribute records for n rows: a few columns, each of one type, each cell present or not. */
const attributes = (n: number) =>
  fc
    .uniqueArray(fc.tuple(attributeName, columnType), { maxLength: 3, selector: ([name]) => name.toLowerCase() })
    .chain((columns) =>
      fc.array(
        fc.tuple(...columns.map(([, type]) => fc.option(valueOf(type), { nil: undefined }))).map((values) => {
          const out: Record<string, AttributeValue> = {};
          values.forEach((v, k) => {
            if (v !== undefined) out[columns[k][0]] = v;
          });
          return out;
        }),
        { minLength: n, maxLength: n },
      ),
    );

/** A node's spells from four distinct dates (sorted: two spells with a gap), and its start and end, the spells' hull. */
function withSpells(spellDates: [string[], boolean] | undefined): Partial<Project["nodes"][number]> {
  if (spellDates === undefined) return {};
  const [dates, open] = spellDates;
  const [a, b, c, d] = [...dates].sort();
  return open
    ? { start: a, spells: [{ start: a, end: b }, { start: c }] }
    : { start: a, end: d, spells: [{ start: a, end: b }, { start: c, end: d }] };
}

const project: fc.Arbitrary<Project> = fc.uniqueArray(id, { minLength: 2, maxLength: 6 }).chain((ids) =>
  fc
    .record({
      nodes: fc.tuple(
        ...ids.map((nodeId) =>
          fc.record(
            {
              id: fc.constant(nodeId),
              label: text,
              kind: fc.constantFrom(...NODE_KINDS),
              start: date,
              use_status: fc.constantFrom(...USE_STATUSES),
              group_type: fc.constantFrom(...GROUP_TYPES),
              recovery_oriented: fc.boolean(),
              // Four dates make two spells with a gap between them (left and came back); the last may stay open.
              spellDates: fc.tuple(fc.uniqueArray(date, { minLength: 4, maxLength: 4 }), fc.boolean()),
            },
            { requiredKeys: ["id", "label", "kind"] },
          ),
        ),
      ),
      nodeAttributes: attributes(ids.length),
      ties: fc.array(
        fc.record(
          {
            ends: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b),
            type: fc.constantFrom(...TIE_TYPES),
            valence: fc.constantFrom(...VALENCES),
            strength: fc.integer({ min: 1, max: 5 }),
            directed: fc.boolean(),
            start: date,
          },
          { requiredKeys: ["ends", "type", "valence", "strength"] },
        ),
        { maxLength: 6 },
      ),
    })
    .chain(({ nodes, nodeAttributes, ties }) =>
      attributes(ties.length).map((tieAttributes) => {
        const weighted = tieAttributes.some((a) => Object.keys(a).some((k) => k.toLowerCase() === "weight"));
        const p: Project = {
          format: PROJECT_FORMAT,
          version: PROJECT_VERSION,
          meta: { title: "Untitled project", weight: "strength", attributes: {} },
          nodes: nodes.map(({ spellDates, ...n }, i) => ({ ...n, ...withSpells(spellDates), attributes: nodeAttributes[i] })),
          ties: ties.map(({ ends, ...t }, i) => ({ id: `t${i + 1}`, source: ends[0], target: ends[1], ...t, attributes: tieAttributes[i] })),
          observations: [],
          waves: [],
        } as Project;
        // A weight column weighs the ties (docs/data-format.md, "Tie weight"), as the importer detects.
        if (weighted) p.meta.weight = Object.keys(tieAttributes.find((a) => Object.keys(a).some((k) => k.toLowerCase() === "weight"))!).find((k) => k.toLowerCase() === "weight")!;
        return p;
      }),
    ),
);

describe("CSV round trip (property)", () => {
  it("import(export(p)) = p", () => {
    fc.assert(
      fc.property(project, (p) => {
        const back = importCsv(exportCsv(p));
        if (!back.ok) throw new Error(back.problems.map(formatProblem).join("\n"));
        expect(back.project).toEqual(p);
      }),
      { numRuns: Number(process.env.RUNS ?? 200) },
    );
  });
});
