// Which value of a tie is its weight (the project's `meta.weight`, docs/data-format.md "Tie
// weight"), the weight of one tie under that choice, and the ties that lack one. Strength (the
// weighted degree) and every exporter's weight read it from here, so they cannot disagree.
import type { AttributeValue, Project, Tie } from "./schema.ts";

/** The `meta.weight` that names the tie's own `strength` field (1–5): the recovery projects' weight. */
export const STRENGTH_WEIGHT = "strength";

/**
 * The project's choice of weight: `"strength"` (the tie's `strength` field), the name of a tie
 * attribute (`"weight"`, Gephi's `"Weight"`), or `null` (every tie counts 1).
 */
export type WeightChoice = string | null;

/** The part of a tie the weight is read from. */
export type WeightedTie = Pick<Tie, "strength" | "attributes">;

/** The raw value of the chosen weight on a tie; undefined when the tie has none (or the choice is `null`). */
export function weightValue(tie: WeightedTie, weight: WeightChoice): AttributeValue | undefined {
  if (weight === null) return undefined;
  if (weight === STRENGTH_WEIGHT) return tie.strength;
  return Object.hasOwn(tie.attributes, weight) ? tie.attributes[weight] : undefined;
}

/** The chosen weight of a tie when it is a finite number; undefined otherwise (missing, text, boolean). */
export function numericWeight(tie: WeightedTie, weight: WeightChoice): number | undefined {
  const value = weightValue(tie, weight);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * A tie's weight for strength (weighted degree): the chosen value when it is a finite number,
 * else 1 — as networkx's `degree(weight=…)` counts an edge without the attribute. With the
 * choice `null`, every tie is 1. Ties whose value is missing or not a number are counted by
 * `weightGaps`, so that a caller can warn rather than give a silently different number.
 */
export function tieWeight(tie: WeightedTie, weight: WeightChoice): number {
  return numericWeight(tie, weight) ?? 1;
}

/** The ties whose chosen weight is missing or not a number (each counts 1). */
export interface WeightGaps {
  /** Ties without the value. */
  missing: number;
  /** Ties whose value is text or true/false. */
  notNumeric: number;
  /** The first such tie's id, and its index in `project.ties`, for a message. */
  first?: { id: string; index: number };
}

/** Counts the ties that have no numeric value of the chosen weight; none when the choice is `null`. */
export function weightGaps(ties: readonly (WeightedTie & Pick<Tie, "id">)[], weight: WeightChoice): WeightGaps {
  const gaps: WeightGaps = { missing: 0, notNumeric: 0 };
  if (weight === null) return gaps;
  ties.forEach((tie, index) => {
    const value = weightValue(tie, weight);
    if (typeof value === "number" && Number.isFinite(value)) return;
    if (value === undefined) gaps.missing++;
    else gaps.notNumeric++;
    gaps.first ??= { id: tie.id, index };
  });
  return gaps;
}

/** `sum of \`weight\``, `sum of \`strength\``, or `number of ties` for the choice `null`: what strength adds up. */
export function describeWeight(weight: WeightChoice): string {
  return weight === null ? "number of ties (no weight chosen: every tie counts 1)" : `sum of \`${weight}\``;
}

/**
 * The warning for ties without a numeric weight, or undefined when there are none: which ones,
 * that each counts 1, and what to do.
 */
export function weightWarning(project: Pick<Project, "ties" | "meta">): { message: string; fix: string; index: number } | undefined {
  const weight = project.meta.weight;
  const gaps = weightGaps(project.ties, weight);
  if (gaps.first === undefined) return undefined;
  const parts = [gaps.missing > 0 ? `${gaps.missing} without it` : "", gaps.notNumeric > 0 ? `${gaps.notNumeric} where it is not a number` : ""].filter(Boolean);
  return {
    message: `the tie weight is \`${weight}\`, and ${gaps.missing + gaps.notNumeric} of ${project.ties.length} ties have no numeric \`${weight}\` (${parts.join(", ")}; the first is tie "${gaps.first.id}"): each of those counts 1 in strength`,
    fix: `Give those ties a number, or choose another weight (meta.weight; --weight in the command line; "Tie weight" in the details panel)`,
    index: gaps.first.index,
  };
}

/**
 * The tie attributes that can be the weight: those with a number on at least one tie, in the
 * order first met. `"strength"` is not among them (it is always a choice).
 */
export function weightChoices(ties: readonly WeightedTie[]): string[] {
  const names = new Set<string>();
  for (const tie of ties) {
    for (const [name, value] of Object.entries(tie.attributes)) if (typeof value === "number" && Number.isFinite(value)) names.add(name);
  }
  return [...names];
}

/**
 * The weight a generic graph file carries, for importers of files this tool did not write:
 * a tie attribute named `weight` (networkx, Gephi's GraphML), else one named `Weight` in any
 * case (Gephi's tables), else `"strength"` when the file gave ties a strength, else `null`.
 */
export function detectWeight(ties: readonly Pick<Tie, "attributes">[], strengthGiven: boolean): WeightChoice {
  const named = (test: (name: string) => boolean) => {
    for (const tie of ties) for (const name of Object.keys(tie.attributes)) if (test(name)) return name;
    return undefined;
  };
  return named((n) => n === "weight") ?? named((n) => n.toLowerCase() === "weight") ?? (strengthGiven ? STRENGTH_WEIGHT : null);
}

/**
 * The choice a user typed (`--weight ATTR`, the page's menu): `strength`, `none` (every tie 1)
 * or a tie attribute's name. An attribute no tie has is refused with the ones there are.
 * Returns the choice, or what is wrong in words.
 */
export function parseWeightChoice(text: string, ties: readonly WeightedTie[]): { weight: WeightChoice } | { error: string } {
  const name = text.trim();
  if (name === "none") return { weight: null };
  if (name === STRENGTH_WEIGHT) return { weight: STRENGTH_WEIGHT };
  if (name !== "" && ties.some((t) => Object.hasOwn(t.attributes, name))) return { weight: name };
  const choices = ["strength", ...weightChoices(ties), "none"];
  return { error: `no tie has an attribute "${name}": the weight is one of ${choices.map((c) => `"${c}"`).join(", ")}` };
}

/** The project with another weight (a new object; the ties are shared). */
export function withWeight(project: Project, weight: WeightChoice): Project {
  return { ...project, meta: { ...project.meta, weight } };
}
