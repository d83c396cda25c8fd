// What a form's inputs hold, turned into a record's values (and back), from the model's field list
// (src/core/model/fields.ts): no DOM here, so the rules are tested in Node.
import type { FieldInfo } from "../../core/model/fields.ts";
import { isPersonKind, type NodeKind } from "../../core/model/vocabulary.ts";

/** What one input holds: the text of a text, number, date input or select, or a checkbox's tick. */
export type RawValue = string | boolean;

/**
 * A field's value from its input: an empty text is `undefined` (the field left out, as in a file),
 * a number input's text a number (text that is not one is kept, for the schema to refuse in its
 * words), a checkbox a boolean, anything else the text as typed (trimmed).
 */
export function fieldValue(field: FieldInfo, raw: RawValue): unknown {
  if (typeof raw === "boolean") return raw;
  const text = raw.trim();
  if (text === "") return undefined;
  if (field.kind === "number") {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

/** What an input shows for a field's value: "" for none, the number or text, a tick for true. */
export function rawValue(field: FieldInfo, value: unknown): RawValue {
  if (field.kind === "boolean") return value === true;
  return value === undefined || value === null ? "" : String(value);
}

/** A vocabulary code in plain words: `peer_support` → "Peer support". */
export function plainWord(code: string): string {
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 (weak) to 5 (strong)": a bounded number's range with its ends' words; "" when unbounded. */
export function rangeWords(field: FieldInfo): string {
  if (field.min === undefined || field.max === undefined) return "";
  const end = (value: number, k: 0 | 1) => `${value}${field.ends ? ` (${field.ends[k]})` : ""}`;
  return `${end(field.min, 0)} to ${end(field.max, 1)}`;
}

/** The node fields that belong to one sort: use status to people; group type and recovery oriented to groups. */
const SORT_FIELDS: Readonly<Record<string, "person" | "group">> = { use_status: "person", group_type: "group", recovery_oriented: "group" };

/** Whether a node form shows `name` for a node of `kind` (kind-dependent fields). */
export function nodeFieldShown(name: string, kind: NodeKind | undefined): boolean {
  const sort = SORT_FIELDS[name];
  if (sort === undefined || kind === undefined) return sort === undefined;
  return sort === (isPersonKind(kind) ? "person" : "group");
}

/**
 * An error at a field as a sentence: the schema's words follow the field's label ("Strength must be
 * from 1 to 5"); a rule's words name what they are about already ("End 2014-01-01 is not after …").
 */
export function errorText(label: string, message: string): string {
  return /^(is|must|names|matches|has|was|are)\b/.test(message) ? `${label} ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
}
