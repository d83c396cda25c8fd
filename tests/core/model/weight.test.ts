// The tie weight (meta.weight): each tie's weight under every choice, the ties without one,
// what a generic file carries, a typed choice, and version 1 projects read as weighed by strength.
import { describe, expect, it } from "vitest";
import { importJson } from "../../../src/core/io/json.ts";
import { migrateProject, projectSchema, PROJECT_VERSION, type Tie } from "../../../src/core/model/schema.ts";
import { detectWeight, describeWeight, parseWeightChoice, tieWeight, weightChoices, weightGaps, weightWarning } from "../../../src/core/model/weight.ts";

const tie = (id: string, strength: number, attributes: Tie["attributes"] = {}): Tie => ({ id, source: "a", target: "b", type: "other", valence: "neutral", strength, attributes });
const ties = [tie("t1", 4, { weight: 2.5, note: "x" }), tie("t2", 2, { weight: "heavy" }), tie("t3", 5)];

describe("tieWeight(tie, weight)", () => {
  it("is the strength, the attribute when it is a finite number, or 1", () => {
    expect(ties.map((t) => tieWeight(t, "strength"))).toEqual([4, 2, 5]);
    expect(ties.map((t) => tieWeight(t, "weight"))).toEqual([2.5, 1, 1]);
    expect(ties.map((t) => tieWeight(t, null))).toEqual([1, 1, 1]);
    expect(tieWeight(tie("t", 3, { weight: Number.NaN }), "weight")).toBe(1);
  });
});

describe("weightGaps(ties, weight) and weightWarning(project)", () => {
  it("counts the ties without a numeric weight, missing and not numeric apart, and names the first", () => {
    expect(weightGaps(ties, "weight")).toEqual({ missing: 1, notNumeric: 1, first: { id: "t2", index: 1 } });
    expect(weightGaps(ties, "strength")).toEqual({ missing: 0, notNumeric: 0 });
    expect(weightGaps(ties, null)).toEqual({ missing: 0, notNumeric: 0 });
  });

  it("warns with the counts and what to do, and says nothing when every tie has one", () => {
    const warning = weightWarning({ ties, meta: { title: "t", weight: "weight", attributes: {} } });
    expect(warning?.message).toBe('the tie weight is `weight`, and 2 of 3 ties have no numeric `weight` (1 without it, 1 where it is not a number; the first is tie "t2"): each of those counts 1 in strength');
    expect(warning?.index).toBe(1);
    expect(weightWarning({ ties, meta: { title: "t", weight: "strength", attributes: {} } })).toBeUndefined();
  });
});

describe("detectWeight(ties, strengthGiven)", () => {
  it("prefers an attribute named weight, then Weight in any case, then strength when given, else none", () => {
    expect(detectWeight([{ attributes: { Weight: 1 } }, { attributes: { weight: 2 } }], true)).toBe("weight");
    expect(detectWeight([{ attributes: { WEIGHT: 1 } }], true)).toBe("WEIGHT");
    expect(detectWeight([{ attributes: { w: 1 } }], true)).toBe("strength");
    expect(detectWeight([{ attributes: { w: 1 } }], false)).toBeNull();
  });
});

describe("parseWeightChoice(text, ties) and weightChoices(ties)", () => {
  it("reads strength, none and an attribute some tie has; refuses others listing the choices", () => {
    expect(parseWeightChoice("strength", ties)).toEqual({ weight: "strength" });
    expect(parseWeightChoice("none", ties)).toEqual({ weight: null });
    expect(parseWeightChoice("note", ties)).toEqual({ weight: "note" });
    expect(parseWeightChoice("count", ties)).toEqual({ error: 'no tie has an attribute "count": the weight is one of "strength", "weight", "none"' });
    expect(weightChoices(ties)).toEqual(["weight"]);
  });

  it("describes what strength adds up", () => {
    expect(describeWeight("weight")).toBe("sum of `weight`");
    expect(describeWeight(null)).toBe("number of ties (no weight chosen: every tie counts 1)");
  });
});

describe("format versions 2 to 4 and the migration of version 1", () => {
  const v1 = { format: "recovery-networks", version: 1, meta: { title: "old", attributes: {} }, nodes: [], ties: [] };

  it("reads a version 1 file as the current version weighed by strength", () => {
    expect(PROJECT_VERSION).toBe(4);
    expect(migrateProject(v1)).toEqual({ ...v1, version: 4, meta: { title: "old", attributes: {}, weight: "strength" } });
    const result = importJson({ name: "old.json", text: JSON.stringify(v1) });
    expect(result.ok && result.project.version).toBe(4);
    expect(result.ok && result.project.meta.weight).toBe("strength");
  });

  it("keeps a version 2 weight, null (no weight) included, and defaults an absent one to strength", () => {
    const v2 = (meta: object) => importJson({ name: "p.json", text: JSON.stringify({ ...v1, version: 2, meta }) });
    const none = v2({ title: "n", weight: null });
    expect(none.ok && none.project.meta.weight).toBeNull();
    const absent = v2({ title: "a" });
    expect(absent.ok && absent.project.meta.weight).toBe("strength");
    expect(projectSchema.parse({ format: "recovery-networks", version: 2, nodes: [], ties: [] }).meta.weight).toBe("strength");
  });

  it("refuses an empty weight name and versions it does not know, saying which it reads", () => {
    const empty = importJson({ name: "p.json", text: JSON.stringify({ ...v1, version: 2, meta: { title: "e", weight: "" } }) });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.problems[0].where).toBe("meta.weight");
    const v5 = importJson({ name: "p.json", text: JSON.stringify({ ...v1, version: 5 }) });
    expect(!v5.ok && v5.problems[0].message).toBe("is project format version 5, and this tool reads versions 1, 2, 3 and 4");
  });
});
