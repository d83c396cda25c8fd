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
 * (what strength always summed), see `migrateProject`.
 */
export const PROJECT_VERSION = 2;
/** Every version this tool reads: older ones are migrated on load. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** Names that would reach an object's prototype if used as keys; never accepted as attribute names. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

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

export const nodeSchema = z.object({
  /** Unique among nodes. */
  id: idSchema,
  /** The name shown on the map; may be pseudonymised. */
  label: z.string(),
  kind: z.enum(NODE_KINDS),
  /** When the node enters the network (inclusive). Absent: always there. */
  start: isoDateSchema.optional(),
  /** When the node leaves the network (exclusive). Absent: never leaves. */
  end: isoDateSchema.optional(),
  /** People only. */
  use_status: z.enum(USE_STATUSES).optional(),
  /** Groups only. */
  group_type: z.enum(GROUP_TYPES).optional(),
  /** Groups only: mutual aid, recovery cafés and the like are true. */
  recovery_oriented: z.boolean().optional(),
  /** Saved layout position, so re-opening a project shows the same picture. */
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
  attributes: attributesSchema.default({}),
});
export type Node = z.infer<typeof nodeSchema>;

export const tieSchema = z.object({
  /** Unique among ties. */
  id: idSchema,
  source: idSchema,
  target: idSchema,
  type: z.enum(TIE_TYPES),
  valence: z.enum(VALENCES),
  /** 1–5, contact and closeness. */
  strength: z
    .number()
    .int({ message: "must be a whole number from 1 to 5" })
    .min(MIN_STRENGTH, { message: "must be from 1 to 5" })
    .max(MAX_STRENGTH, { message: "must be from 1 to 5" })
    .default(DEFAULT_STRENGTH),
  /** True when the tie has a direction (source → target). Metrics treat ties as undirected. */
  directed: z.boolean().optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  attributes: attributesSchema.default({}),
});
export type Tie = z.infer<typeof tieSchema>;

export const observationSchema = z.object({
  /** The node observed. */
  subject: idSchema,
  date: isoDateSchema,
  /** What was measured, e.g. `barc10`, `use_status`, `review`. */
  measure: z.string().min(1, { message: "is empty: name the measure" }),
  value: attributeValueSchema,
});
export type Observation = z.infer<typeof observationSchema>;

export const waveSchema = z.object({
  id: idSchema,
  label: z.string(),
  date: isoDateSchema,
});
export type Wave = z.infer<typeof waveSchema>;

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
  /** Anything else a source format carried at graph level (GEXF/GraphML graph attributes). */
  attributes: attributesSchema.default({}),
});
export type Meta = z.infer<typeof metaSchema>;

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  // Version 1 is read too: it had no meta.weight, and the default ("strength") is what it meant.
  version: z.union([z.literal(1), z.literal(PROJECT_VERSION)]).transform((): typeof PROJECT_VERSION => PROJECT_VERSION),
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
 * Brings a parsed project file of an older version up to `PROJECT_VERSION`, before validation.
 * Version 1 → 2: `meta.weight` did not exist and strength summed the ties' `strength`, so the
 * weight becomes `"strength"`. Anything else (the current version, or not a project) is
 * returned as it is.
 */
export function migrateProject(candidate: Record<string, unknown>): Record<string, unknown> {
  if (candidate.version !== 1) return candidate;
  const meta = candidate.meta !== null && typeof candidate.meta === "object" && !Array.isArray(candidate.meta) ? (candidate.meta as Record<string, unknown>) : {};
  return { ...candidate, version: PROJECT_VERSION, meta: { ...meta, weight: "strength" } };
}
