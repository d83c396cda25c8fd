// The model's fields, read from the zod schema (schema.ts): for each collection, its fields in
// the schema's order with their kind, allowed values, bounds, whether they may be left empty,
// and their plain label and description. CSV columns, exporters' field lists, validation
// messages, table columns, the details panel and editing forms are built from this list, so a
// field or a vocabulary word is defined once, in the schema.
import type { z } from "zod";
import { fieldMeta, idSchema, isoDateSchema, nodeSchema, observationSchema, tieSchema, waveSchema } from "./schema.ts";

/** The collections of a project whose records have fields. */
export type Collection = "nodes" | "ties" | "observations" | "waves";

/**
 * How a field's value is written and read: an `id` (non-empty text naming a record), free
 * `text`, one of a list (`enum`), an ISO `date`, a `number`, a `boolean`, or an observation's
 * `value` (text, a number or a boolean), or a list of date `intervals` (a node's spells, each
 * `{start?, end?}`; written in CSV as Gephi's interval list `<[2018-02-25, 2018-02-26); …>`).
 */
export type FieldKind = "id" | "text" | "enum" | "date" | "number" | "boolean" | "value" | "intervals";

/** One field of a collection, as a form builder, a table or an exporter needs it. */
export interface FieldInfo {
  /** The field's name in the project: `use_status`. */
  name: string;
  /** A short plain label: `Use status`. */
  label: string;
  /** What the field holds and when it may be empty. */
  description: string;
  kind: FieldKind;
  /** `enum` only: the allowed values, in the vocabulary's order. */
  values?: readonly string[];
  /** `number` only: the bounds (inclusive), when the schema sets them. */
  min?: number;
  max?: number;
  /** `number` only: true when the value must be a whole number. */
  integer?: boolean;
  /** The value a file or form that leaves the field out gets, when the schema gives one. */
  default?: unknown;
  /** Words for a bounded number's two ends (`["weak", "strong"]`). */
  ends?: readonly [string, string];
  /** May be left out of a file or form (optional, or filled by a default). */
  optional: boolean;
  /** Every record in a loaded project has it (required, or filled by a default). */
  present: boolean;
  /** Kept by the tool (saved layout positions): not shown in tables, panels or forms. */
  internal: boolean;
  /** The field's zod schema, for validating a form's value. */
  schema: z.ZodType;
}

/** Internal zod shape used to walk wrappers (`optional`, `default`) and clones (`clone()` keeps the parent). */
interface Walkable {
  def: { type: string; innerType?: z.ZodType; defaultValue?: unknown; options?: unknown; entries?: Record<string, string>; element?: z.ZodType };
  _zod: { parent?: z.ZodType; optout?: string; optin?: string };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

const walk = (schema: z.ZodType) => schema as unknown as Walkable;

/** True when `schema` is `base` or was made from it by `clone()` (or `.meta()`, `.describe()`). */
function derivesFrom(schema: z.ZodType, base: z.ZodType): boolean {
  for (let s: z.ZodType | undefined = schema; s !== undefined; s = walk(s)._zod.parent) if (s === base) return true;
  return false;
}

/**
 * The fields of an object schema, in its order, leaving out `attributes` (free attributes are not
 * fields). Labels and descriptions come from `fieldMeta`; a field without them gets its name as
 * its label. Errors: throws when a field's type is not one the model uses.
 */
export function fieldsOf(schema: z.ZodObject): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const [name, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (name === "attributes") continue;
    const meta = fieldMeta.get(fieldSchema);
    let inner = fieldSchema;
    let defaultValue: unknown;
    while (walk(inner).def.type === "optional" || walk(inner).def.type === "default") {
      if (walk(inner).def.type === "default") defaultValue = walk(inner).def.defaultValue;
      inner = walk(inner).def.innerType!;
    }
    const info: FieldInfo = {
      name,
      label: meta?.title ?? name,
      description: meta?.description ?? "",
      kind: kindOf(name, inner),
      optional: walk(fieldSchema)._zod.optin !== undefined,
      present: walk(fieldSchema)._zod.optout !== "optional",
      internal: meta?.internal === true,
      schema: fieldSchema,
    };
    if (info.kind === "enum") info.values = Object.values(walk(inner).def.entries!);
    if (info.kind === "number") {
      const { minValue, maxValue, isInt } = walk(inner);
      if (typeof minValue === "number" && Number.isFinite(minValue) && minValue > Number.MIN_SAFE_INTEGER) info.min = minValue;
      if (typeof maxValue === "number" && Number.isFinite(maxValue) && maxValue < Number.MAX_SAFE_INTEGER) info.max = maxValue;
      info.integer = isInt === true;
    }
    if (defaultValue !== undefined) info.default = defaultValue;
    if (meta?.ends) info.ends = meta.ends;
    out.push(info);
  }
  return out;
}

function kindOf(name: string, inner: z.ZodType): FieldKind {
  if (derivesFrom(inner, idSchema)) return "id";
  if (derivesFrom(inner, isoDateSchema)) return "date";
  const type = walk(inner).def.type;
  if (type === "enum") return "enum";
  if (type === "string") return "text";
  if (type === "number") return "number";
  if (type === "boolean") return "boolean";
  if (type === "union") return "value";
  if (type === "array" && walk(walk(inner).def.element!).def.type === "object") return "intervals";
  throw new Error(`recovery-networks/fields: field "${name}" has a zod type (${type}) the model does not use; add its kind to fields.ts`);
}

/** Every collection's fields, in the schema's order (without `attributes`). */
export const MODEL_FIELDS: Readonly<Record<Collection, readonly FieldInfo[]>> = {
  nodes: fieldsOf(nodeSchema),
  ties: fieldsOf(tieSchema),
  observations: fieldsOf(observationSchema),
  waves: fieldsOf(waveSchema),
};

/** The field `name` of a collection, or undefined when it has none of that name. */
export function modelField(collection: Collection, name: string): FieldInfo | undefined {
  return MODEL_FIELDS[collection].find((f) => f.name === name);
}

/** The names of a collection's fields, in the schema's order. */
export function fieldNames(collection: Collection): string[] {
  return MODEL_FIELDS[collection].map((f) => f.name);
}

/**
 * What to do about a bad value of `field`, in plain words built from its kind, values, bounds
 * and default: "Use one of supportive, neutral, risk", "Give a whole number from 1 (weak) to
 * 5 (strong), or leave it empty for 3". Undefined for ids and free text (nothing general to say).
 */
export function fieldFix(field: FieldInfo): string | undefined {
  const empty = field.default !== undefined ? `, or leave it empty for ${String(field.default)}` : field.optional ? ", or leave it empty" : "";
  switch (field.kind) {
    case "enum":
      return `Use one of ${field.values!.join(", ")}${empty}`;
    case "date":
      return `Write the date as YYYY-MM-DD or dd/mm/yyyy${empty}`;
    case "number": {
      const end = (value: number, k: 0 | 1) => `${value}${field.ends ? ` (${field.ends[k]})` : ""}`;
      const range = field.min !== undefined && field.max !== undefined ? ` from ${end(field.min, 0)} to ${end(field.max, 1)}` : "";
      return `Give ${field.integer ? "a whole number" : "a number"}${range}${empty}`;
    }
    case "boolean":
      return `Write true or false${empty}`;
    case "intervals":
      return `Write each spell's start and end as YYYY-MM-DD (the end exclusive, after the start), the spells in date order with a gap between each${empty}`;
    default:
      return undefined;
  }
}
