// Zod schemas for the project file (DESIGN.md "Data model": the contract). Types are inferred
// from them, so the schema and the type cannot drift apart.
import { z } from "zod";
import { isIsoDate } from "./dates.ts";
import {
  DEFAULT_STRENGTH,
  GROUP_TYPES,
  MAX_STRENGTH,
  MIN_STRENGTH,
  NODE_KINDS,
  TIE_TYPES,
  USE_STATUSES,
  VALENCES,
} from "./vocabulary.ts";

/** The value of the `format` field of a project file. */
export const PROJECT_FORMAT = "recovery-networks";
/**
 * The current project format version. Bump it (with a migration) when the contract changes.
 * 2 added `meta.weight`; version 1 files are read as version 2 with the weight `"strength"`
 * (what strength always summed), see `migrateProject`. 3 added the optional `meta.attention`
 * (the "needs attention" list's settings and reviewed marks); a version 2 file has none. 4 added
 * the optional node `spells` (presence in several separate intervals); a version 3 file has none.
 */
export const PROJECT_VERSION = 4;
/** Every version this tool reads: older ones are migrated on load. */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4];

/** Names that would reach an object's prototype if used as keys; never accepted as attribute names. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * What a model field means to a person: the plain label and description that table columns, the
 * details panel, messages and editing forms show (read through `fields.ts`).
 */
export interface FieldMeta {
  /** A short plain label: "Use status". */
  title: string;
  /** One or two sentences: what the field holds and when it may be empty. */
  description: string;
  /** A bounded number's words for its two ends: `["weak", "strong"]`. */
  ends?: readonly [string, string];
  /** Kept by the tool (saved layout positions): not shown in tables, panels or forms. */
  internal?: boolean;
}

/** Labels and descriptions of the fields of nodes, ties, observations and waves. */
export const fieldMeta = z.registry<FieldMeta>();

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "is not a date in YYYY-MM-DD form (for example 2024-03-31)" });

export const idSchema = z.string().min(1, { message: "is empty: every id needs a value" });

export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

export const attributesSchema = z
  .record(z.string(), attributeValueSchema)
  .superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `"${key}" cannot be an attribute name: rename it` });
      }
    }
  });
export type Attributes = z.infer<typeof attributesSchema>;

/** One interval of a node's presence, [start, end) with end exclusive; an absent end is unbounded. */
export const spellSchema = z.object({
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
});
export type Spell = z.infer<typeof spellSchema>;

export const nodeSchema = z.object({
  id: idSchema.clone().register(fieldMeta, { title: "Id", description: "The node's id in the data, unique among nodes." }),
  label: z.string().register(fieldMeta, { title: "Name", description: "The name shown on the map; may be pseudonymised." }),
  kind: z.enum(NODE_KINDS).register(fieldMeta, { title: "Kind", description: "What the node is: a kind of person, or a group." }),
  start: isoDateSchema.optional().register(fieldMeta, {
    title: "From",
    description: "When the node enters the network (entered the service, joined; inclusive). Empty: always there.",
  }),
  end: isoDateSchema.optional().register(fieldMeta, {
    title: "Until",
    description: "When the node leaves the network (left the service; exclusive). Empty: still there.",
  }),
  spells: z.array(spellSchema).optional().register(fieldMeta, {
    title: "Spells",
    description:
      "When the node is present in several separate periods (left and came back): each [from, until), in order and not overlapping; From and Until are then the first start and the last end. Empty: present from From until Until.",
  }),
  use_status: z.enum(USE_STATUSES).optional().register(fieldMeta, { title: "Use status", description: "People only: the person's substance use status, where recorded." }),
  group_type: z.enum(GROUP_TYPES).optional().register(fieldMeta, { title: "Group type", description: "Groups only: what the group is for." }),
  recovery_oriented: z.boolean().optional().register(fieldMeta, {
    title: "Recovery oriented",
    description: "Groups only: mutual aid, recovery cafés and the like are recovery oriented.",
  }),
  x: z.number().finite().optional().register(fieldMeta, { title: "x", description: "Saved layout position, so re-opening a project shows the same picture.", internal: true }),
  y: z.number().finite().optional().register(fieldMeta, { title: "y", description: "Saved layout position, so re-opening a project shows the same picture.", internal: true }),
  attributes: attributesSchema.default({}),
});
export type Node = z.infer<typeof nodeSchema>;

export const tieSchema = z.object({
  id: idSchema.clone().register(fieldMeta, { title: "Id", description: "The tie's id in the data, unique among ties." }),
  source: idSchema.clone().register(fieldMeta, { title: "From", description: "The id of the tie's first end (its source when directed)." }),
  target: idSchema.clone().register(fieldMeta, { title: "To", description: "The id of the tie's second end (its target when directed)." }),
  type: z.enum(TIE_TYPES).register(fieldMeta, {
    title: "Type",
    description: "What the tie is: family, friend, peer support, mentoring, professional, membership of a group…",
  }),
  valence: z.enum(VALENCES).register(fieldMeta, {
    title: "Valence",
    description: "Whether the tie supports recovery, is neutral, or is a risk (for example someone they use with).",
  }),
  strength: z
    .number()
    .int({ message: `must be a whole number from ${MIN_STRENGTH} to ${MAX_STRENGTH}` })
    .min(MIN_STRENGTH, { message: `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}` })
    .max(MAX_STRENGTH, { message: `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}` })
    .default(DEFAULT_STRENGTH)
    .register(fieldMeta, { title: "Strength", description: "Contact and closeness, from 1 (weak) to 5 (strong).", ends: ["weak", "strong"] }),
  directed: z.boolean().optional().register(fieldMeta, {
    title: "Directed",
    description: "Whether the tie has a direction, source to target (metrics treat every tie as undirected).",
  }),
  start: isoDateSchema.optional().register(fieldMeta, { title: "Since", description: "When the tie starts (inclusive). Empty: always there." }),
  end: isoDateSchema.optional().register(fieldMeta, { title: "Until", description: "When the tie ends (exclusive). Empty: still there." }),
  attributes: attributesSchema.default({}),
});
export type Tie = z.infer<typeof tieSchema>;

export const observationSchema = z.object({
  subject: idSchema.clone().register(fieldMeta, { title: "Subject", description: "The id of the node observed." }),
  date: isoDateSchema.clone().register(fieldMeta, { title: "Date", description: "When the value was observed." }),
  measure: z
    .string()
    .min(1, { message: "is empty: name the measure" })
    .register(fieldMeta, { title: "Measure", description: "What was measured, e.g. barc10, use_status, review." }),
  value: attributeValueSchema.register(fieldMeta, { title: "Value", description: "What was observed: text, a number, or true/false." }),
});
export type Observation = z.infer<typeof observationSchema>;

export const waveSchema = z.object({
  id: idSchema.clone().register(fieldMeta, { title: "Id", description: "The wave's id, unique among waves." }),
  label: z.string().register(fieldMeta, { title: "Name", description: "The review point's name, e.g. Baseline, 6 months." }),
  date: isoDateSchema.clone().register(fieldMeta, { title: "Date", description: "The date of the review point on the time axis." }),
});
export type Wave = z.infer<typeof waveSchema>;

/**
 * A worker's mark that one reason a client needs attention was reviewed. It is shown while the
 * facts behind the reason are the same (`fingerprint`); when they change, the mark lapses.
 */
export const reviewMarkSchema = z.object({
  client: idSchema.clone().register(fieldMeta, { title: "Client", description: "The id of the service user the mark is about." }),
  reason: z.string().min(1, { message: "is empty: name the reason (a flag id such as no_ties)" }).register(fieldMeta, {
    title: "Reason",
    description: "The id of the reason that was reviewed (a flag id, such as no_ties).",
  }),
  fingerprint: z.string().register(fieldMeta, {
    title: "Facts",
    description: "The facts the reason rested on when it was reviewed (its evidence numbers); the mark lapses when they change.",
  }),
  date: isoDateSchema.clone().register(fieldMeta, { title: "Reviewed on", description: "When the worker reviewed the reason." }),
  note: z.string().default("").register(fieldMeta, { title: "Note", description: "What the worker found or did, in their words." }),
});
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

/** A setting of the "needs attention" list: a number, or a list of ids (the kinds, the reasons). */
export const attentionSettingValueSchema = z.union([z.number(), z.array(z.string())]);

/**
 * The "needs attention" list kept with the project (format version 3). `settings` are the
 * changed thresholds only (checked against src/core/attention/settings.ts when the list is made,
 * where a wrong one is reported by name); `marks` are the reviewed marks.
 */
export const attentionMetaSchema = z.object({
  settings: z.record(z.string(), attentionSettingValueSchema).default({}),
  marks: z.array(reviewMarkSchema).default([]),
});
export type AttentionMeta = z.infer<typeof attentionMetaSchema>;

export const metaSchema = z.object({
  title: z.string().default("Untitled project"),
  /** ISO date-time the project was created. */
  created: z.string().optional(),
  /** ISO date-time of the last change. */
  modified: z.string().optional(),
  /** Where the data came from, free text. */
  source: z.string().optional(),
  /**
   * Which value of a tie is its weight (strength, the weighted degree, sums it; exporters write
   * it as the format's weight): `"strength"` (the tie's 1–5 strength; the default, and what a
   * version 1 file means), the name of a tie attribute (`"weight"` for a networkx or Gephi
   * graph), or `null`: no weight, every tie counts 1. A tie without a numeric value counts 1,
   * with a warning on import. See src/core/model/weight.ts.
   */
  weight: z.string().min(1, { message: "is empty: name a tie attribute, \"strength\", or write null for no weight" }).nullable().default("strength"),
  /** The "needs attention" list's settings and reviewed marks (version 3); absent when never used. */
  attention: attentionMetaSchema.optional(),
  /** Anything else a source format carried at graph level (GEXF/GraphML graph attributes). */
  attributes: attributesSchema.default({}),
});
export type Meta = z.infer<typeof metaSchema>;

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  // Versions 1 and 2 are read too: 1 had no meta.weight, and the default ("strength") is what it
  // meant; 2 had no meta.attention, 3 no node spells, both optional.
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(PROJECT_VERSION)]).transform((): typeof PROJECT_VERSION => PROJECT_VERSION),
  meta: metaSchema.default({ title: "Untitled project", weight: "strength", attributes: {} }),
  nodes: z.array(nodeSchema),
  ties: z.array(tieSchema),
  observations: z.array(observationSchema).default([]),
  waves: z.array(waveSchema).default([]),
});
export type Project = z.infer<typeof projectSchema>;
/** A project as written before defaults are filled in (what importers build). */
export type ProjectInput = z.input<typeof projectSchema>;

/**
 * Brings a parsed project file of an older version up to `PROJECT_VERSION`, before validation,
 * one version at a time. Version 1 → 2: `meta.weight` did not exist and strength summed the
 * ties' `strength`, so the weight becomes `"strength"`. Version 2 → 3: `meta.attention` did not
 * exist; it is optional, so only the version changes (a version 2 file carrying a
 * `meta.attention` of its own is left for the schema to check). Version 3 → 4: node `spells` did
 * not exist; they are optional (a node without them is present from start to end), so only the
 * version changes. Anything else (the current
 * version, or not a project) is returned as it is.
 */
export function migrateProject(candidate: Record<string, unknown>): Record<string, unknown> {
  let out = candidate;
  if (out.version === 1) {
    const meta = out.meta !== null && typeof out.meta === "object" && !Array.isArray(out.meta) ? (out.meta as Record<string, unknown>) : {};
    out = { ...out, version: 2, meta: { ...meta, weight: "strength" } };
  }
  if (out.version === 2) out = { ...out, version: 3 };
  if (out.version === 3) out = { ...out, version: 4 };
  return out;
}
