// The columns of each CSV file of a project (docs/data-format.md): which are the model's fields,
// how each field's cell is read, and which columns are required.
import { parseDate } from "../../model/dates.ts";
import { z } from "zod";
import { fieldFix, MODEL_FIELDS, type FieldInfo } from "../../model/fields.ts";
import { readIntervals } from "./time.ts";
import { looksLikeNumber } from "./cells.ts";

/** The four files of a CSV project; `nodes` and `ties` hold the network. */
export type CsvRole = "nodes" | "ties" | "observations" | "waves";

/** How a field's cell is read: the model field's kind (an observation's `value` is read as text, typed by `value_type`). */
export type { FieldKind } from "../../model/fields.ts";

/** A column that holds a model field, as the model describes it (fields.ts). */
export type FieldSpec = FieldInfo;

/** The CSV-only column of `observations.csv` that says how to read `value` (string, number or boolean). */
const VALUE_TYPE: FieldInfo = {
  name: "value_type",
  label: "Value type",
  description: "How to read the value: string, number or boolean; empty: inferred from the text.",
  kind: "text",
  optional: true,
  present: false,
  internal: false,
  schema: z.enum(["string", "number", "boolean"]).optional(),
};

/** A collection's fields by name, in the schema's order. */
function byName(fields: readonly FieldInfo[]): Record<string, FieldSpec> {
  return Object.fromEntries(fields.map((f) => [f.name, f]));
}

/** The model's fields per file, in the order the exporter writes them (the schema's). */
export const FIELDS: Record<CsvRole, Record<string, FieldSpec>> = {
  nodes: byName(MODEL_FIELDS.nodes),
  ties: byName(MODEL_FIELDS.ties),
  observations: byName([...MODEL_FIELDS.observations, VALUE_TYPE]),
  waves: byName(MODEL_FIELDS.waves),
};

/** Columns a file cannot do without. */
export const REQUIRED: Record<CsvRole, readonly string[]> = {
  nodes: ["id"],
  ties: ["source", "target"],
  observations: ["subject", "date", "measure", "value"],
  waves: ["id", "date"],
};

/** Files whose extra columns become attributes (the others have no attributes in the model). */
export const HAS_ATTRIBUTES: Record<CsvRole, boolean> = { nodes: true, ties: true, observations: false, waves: false };

/** The file name that holds each role, and the other names accepted for it. */
export const ROLE_NAMES: Record<CsvRole, readonly string[]> = {
  nodes: ["nodes"],
  ties: ["ties", "edges", "links"],
  observations: ["observations"],
  waves: ["waves"],
};

/**
 * The role of a file from its name (`data/Edges.CSV` → `ties`), case-insensitive; undefined if
 * none. The page's export names its files `<project>-nodes.csv`, `<project>-ties.csv`, …, so a
 * name ending in `-nodes` or `_nodes` (and so on) has that role too.
 */
export function roleOf(fileName: string): CsvRole | undefined {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase().replace(/\.(csv|tsv|txt)$/, "");
  const word = /[-_]([a-z]+)$/.exec(base)?.[1];
  return (Object.keys(ROLE_NAMES) as CsvRole[]).find((role) => ROLE_NAMES[role].includes(base) || (word !== undefined && ROLE_NAMES[role].includes(word)));
}

/** A cell read as a field: the value (for a date-time, its date, with `timeDropped`), or what is wrong with it. */
export type FieldRead = { value: unknown; timeDropped?: true } | { error: string; fix: string } | { absent: true };

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const UK_DATE_TIME = /^(\d{1,2}\/\d{1,2}\/\d{4})[ T]\d{1,2}:\d{2}(:\d{2})?$/;

/**
 * A date cell: `YYYY-MM-DD` or `dd/mm/yyyy`, or a date-time whose time of day is dropped
 * (`2018-02-25 03:44:34`, `2018-02-25T03:44:34+01:00`, `25/02/2018 03:44`): the date is the one
 * written, whatever the offset. Undefined when it is none of these or not a real date.
 */
export function readDateTime(text: string): { date: string; timeDropped: boolean } | undefined {
  const t = text.trim();
  const m = DATE_TIME.exec(t) ?? UK_DATE_TIME.exec(t);
  const date = parseDate(m ? m[1] : t);
  return date === undefined ? undefined : { date, timeDropped: m !== null };
}

/** Spreadsheet spellings of a vocabulary word: `Service user`, `PEER-MENTOR` → `service_user`, `peer_mentor`. */
export function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/**
 * Reads one model field from its cell (already unguarded). Empty or blank cells are absent,
 * except a quoted one in a text field, which is the text as written (`""` the empty string,
 * `" "` a space: the exporter quotes blank text so that it reads back).
 */
export function readField(field: string, spec: FieldSpec, cell: string, quoted: boolean): FieldRead {
  const t = cell.trim();
  if (t === "" && !((spec.kind === "text" || spec.kind === "value") && quoted)) return { absent: true };
  switch (spec.kind) {
    case "id":
      return { value: t };
    case "text":
    case "value":
      return { value: cell };
    case "enum": {
      const word = normaliseWord(t);
      if (spec.values!.includes(word)) return { value: word };
      return { error: `"${field}" is "${t}", which is not one of ${spec.values!.join(", ")}`, fix: `Use one of ${spec.values!.join(", ")} (any case; spaces for underscores are fine)` };
    }
    case "date": {
      const read = readDateTime(t);
      if (read !== undefined) return read.timeDropped ? { value: read.date, timeDropped: true } : { value: read.date };
      return { error: `"${field}" is "${t}", which is not a date`, fix: "Write the date as YYYY-MM-DD or dd/mm/yyyy (for example 2024-03-31 or 31/03/2024), or leave it empty" };
    }
    case "number":
      if (looksLikeNumber(t)) return { value: Number(t) };
      return {
        error: `"${field}" is "${t}", which is not a number`,
        fix: fieldFix(spec)!,
      };
    case "boolean": {
      const lower = t.toLowerCase();
      if (TRUE_WORDS.has(lower)) return { value: true };
      if (FALSE_WORDS.has(lower)) return { value: false };
      return { error: `"${field}" is "${t}", which is not true or false`, fix: "Write true or false (yes/no and 1/0 are read too), or leave it empty" };
    }
    case "intervals": {
      const read = readIntervals(t);
      if (!("error" in read)) return { value: read };
      return { error: `"${field}": ${read.error}`, fix: "Write the spells in Gephi's interval notation, for example <[2018-02-25, 2018-02-26); [2018-03-02, 2018-03-03)>, or leave it empty" };
    }
  }
}
