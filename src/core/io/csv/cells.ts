// What a CSV cell means: the inference rule for attribute values, typed headers (`name:string`)
// that override it, and the guard against spreadsheet formula injection. The exporter and the
// importer both use these, so what one writes the other reads back unchanged.
import type { AttributeValue } from "../../model/schema.ts";

/** The value types an attribute column can declare in its header, e.g. `referral:string`. */
export const VALUE_TYPES = ["string", "number", "boolean"] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True when a trimmed cell reads as a number (`12`, `-0.5`, `1e3`; not `0x1F`, `Infinity` or ``). */
export function looksLikeNumber(text: string): boolean {
  const t = text.trim();
  return NUMBER.test(t) && Number.isFinite(Number(t));
}

/** `true`/`false` in any case, surrounding spaces ignored. */
function booleanOf(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  return t === "true" ? true : t === "false" ? false : undefined;
}

/**
 * The inference rule for an untyped attribute cell: a number when it reads as one, a boolean
 * for true/false (any case), otherwise the text as written. Empty cells are handled by the caller.
 */
export function inferValue(text: string): AttributeValue {
  if (looksLikeNumber(text)) return Number(text.trim());
  return booleanOf(text) ?? text;
}

/** The type `inferValue` would give a cell. */
export function inferredType(text: string): ValueType {
  return typeof inferValue(text) as ValueType;
}

/** Reads a cell as the declared type; undefined when it cannot be that type. */
export function valueAs(text: string, type: ValueType): AttributeValue | undefined {
  if (type === "string") return text;
  if (type === "number") return looksLikeNumber(text) ? Number(text.trim()) : undefined;
  return booleanOf(text);
}

/** Splits a header into its name and declared type: `age:number` → `{name: "age", type: "number"}`. */
export function parseHeader(header: string): { name: string; type?: ValueType } {
  const h = header.trim();
  const colon = h.lastIndexOf(":");
  if (colon > 0) {
    const type = h.slice(colon + 1).trim().toLowerCase();
    if ((VALUE_TYPES as readonly string[]).includes(type)) return { name: h.slice(0, colon).trim(), type: type as ValueType };
  }
  return { name: h };
}

// Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Guards a text cell for spreadsheets: text starting with = + - @, a tab or a carriage return
 * (after any apostrophes) gets one leading apostrophe, unless it is a number such as `-3`.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !looksLikeNumber(text) ? `'${text}` : text;
}

/** Removes exactly the apostrophe that `guardFormula` adds, so guarded text reads back as written. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !looksLikeNumber(text.slice(1)) ? text.slice(1) : text;
}

/** How a value is written in a cell (before the formula guard and quoting). */
export function formatValue(value: AttributeValue): string {
  return typeof value === "string" ? value : String(value);
}
