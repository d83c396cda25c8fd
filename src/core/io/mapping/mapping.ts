// Column mapping: which column of a user's table holds which model field, when the headers are
// not the model's names. Common aliases (`from`/`to`, `nodeID`, Gephi's `Source`/`Target`/`Type`,
// `year`, `Time Interval`) are recognised without asking; anything else is said by a mapping —
// chosen in the page's mapping dialog, or given to the command line as `--map mapping.json`.
// The fields come from the schema's list (src/core/model/fields.ts), never listed again here.
import { z } from "zod";
import { MODEL_FIELDS, type FieldInfo } from "../../model/fields.ts";
import { NODE_KINDS } from "../../model/vocabulary.ts";

/** The files whose columns a mapping names. */
export type MappedRole = "nodes" | "ties";

/**
 * What a column can hold besides a model field: a tie's `weight` (kept as the tie attribute
 * `weight`, the tie weight), a `year` (the tie exists from 1 January of that year to 1 January of
 * the next) or an `interval` in Gephi's notation (`<[2012.0, 2014.0]>`, several separated by `;`).
 */
export const EXTRA_TARGETS: Record<MappedRole, readonly { name: string; label: string; description: string }[]> = {
  nodes: [{ name: "interval", label: "Time interval", description: "When the node is there, in Gephi's notation: <[2012.0, 2014.0]> (read into From and Until)." }],
  ties: [
    { name: "weight", label: "Weight", description: "The tie's weight as a number (kept exactly; the weight strength sums and exporters write)." },
    { name: "year", label: "Year", description: "The year of the tie: it exists from 1 January of that year to 1 January of the next." },
    { name: "interval", label: "Time interval", description: "When the tie exists, in Gephi's notation: <[2012.0, 2014.0]>; several intervals make one tie each." },
  ],
};

/** One choice of the mapping form: a model field (from the schema) or an extra target. */
export interface MappingTarget {
  name: string;
  label: string;
  description: string;
  required: boolean;
}

const REQUIRED_FIELDS: Record<MappedRole, readonly string[]> = { nodes: ["id"], ties: ["source", "target"] };

/** The targets a column of a nodes or ties table can be mapped to, in the schema's order, then the extras. */
export function mappingTargets(role: MappedRole): MappingTarget[] {
  const fields = MODEL_FIELDS[role].filter((f: FieldInfo) => !f.internal);
  return [
    ...fields.map((f) => ({ name: f.name, label: f.label, description: f.description, required: REQUIRED_FIELDS[role].includes(f.name) })),
    ...EXTRA_TARGETS[role].map((t) => ({ ...t, required: false })),
  ];
}

/**
 * A column mapping, as the page remembers it and `--map mapping.json` gives it:
 * `{"ties": {"source": "from_person", "target": "to_person", "weight": "contacts"},
 *   "nodes": {"id": "nodeID", "kind": "role"}, "kinds": {"client": "service_user"}}`.
 * Keys of `nodes`/`ties` are targets (`mappingTargets`), values the column headers as written
 * (any case). `kinds` maps values of the kind column onto the model's kinds.
 */
export interface ColumnMapping {
  nodes?: Record<string, string>;
  ties?: Record<string, string>;
  kinds?: Record<string, (typeof NODE_KINDS)[number]>;
}

const targetNames = (role: MappedRole) => mappingTargets(role).map((t) => t.name) as [string, ...string[]];

/** The zod schema of a mapping file. */
export const columnMappingSchema = z
  .object({
    nodes: z.partialRecord(z.enum(targetNames("nodes")), z.string().min(1)).optional(),
    ties: z.partialRecord(z.enum(targetNames("ties")), z.string().min(1)).optional(),
    kinds: z.record(z.string(), z.enum(NODE_KINDS)).optional(),
  })
  .strict();

/**
 * Reads a mapping from parsed JSON. Returns the mapping, or what is wrong with it in words
 * (the first issue's place and message, and the targets allowed).
 */
export function parseMapping(json: unknown): { mapping: ColumnMapping } | { error: string } {
  const parsed = columnMappingSchema.safeParse(json);
  if (parsed.success) return { mapping: parsed.data as ColumnMapping };
  const issue = parsed.error.issues[0];
  const place = issue.path.length > 0 ? issue.path.join(".") : "the mapping";
  const what = issue.code === "unrecognized_keys" ? `${issue.keys.map((k) => `"${k}"`).join(", ")} is not one of the names a mapping takes` : issue.message;
  return {
    error: `${place}: ${what} (a mapping is {"nodes": {target: column}, "ties": {target: column}, "kinds": {value: kind}}; node targets: ${targetNames("nodes").join(", ")}; tie targets: ${targetNames("ties").join(", ")})`,
  };
}

/** Lower case without spaces, underscores, hyphens or dots: `Node ID` and `node_id` are both `nodeid`. */
export function squash(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_.-]+/g, "");
}

/**
 * Aliases recognised without asking, by target, as squashed headers (see `squash`). A model
 * field's own name is always recognised first; an alias only when no column has that name.
 */
export const ALIASES: Record<MappedRole, Record<string, readonly string[]>> = {
  nodes: {
    id: ["nodeid", "node", "vertex", "vertexid", "key", "name"],
    label: ["name", "title", "displayname"],
    start: ["startdate", "since"],
    end: ["enddate", "until"],
    interval: ["timeinterval", "timeset", "interval", "spells"],
  },
  ties: {
    id: ["edgeid", "tieid"],
    source: ["from", "sender", "src", "node1", "sourceid", "fromid"],
    target: ["to", "receiver", "dst", "node2", "targetid", "toid"],
    type: ["tietype", "relation", "relationship"],
    start: ["startdate", "since"],
    end: ["enddate", "until"],
    year: ["year"],
    interval: ["timeinterval", "timeset", "interval", "spells"],
  },
};

/** The key a mapping is remembered by: the set of column headers, trimmed, in lower case, sorted. */
export function columnSetKey(headers: readonly string[]): string {
  return [...new Set(headers.map((h) => h.trim().toLowerCase()).filter((h) => h !== ""))].sort().join("\u001f");
}

/** True when a header would be read by an alias or convention (`from`, `year`, `Time Interval`): the CSV exporter then types it (`year:number`) so it stays an attribute. */
export function isAlias(role: string, header: string): boolean {
  if (role !== "nodes" && role !== "ties") return false;
  const squashed = squash(header);
  return Object.values(ALIASES[role]).some((list) => list.includes(squashed));
}
