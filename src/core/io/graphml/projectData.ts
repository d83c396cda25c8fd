// What the GraphML exporter stores in one graph-level `<data>` as JSON, because GraphML has no
// place for it: the project's meta (but its attributes, which are typed graph keys), waves and
// observations, and which attribute keys share a model field's name. The importer reads it back,
// so that importing an exported project gives back the same project.
import { z } from "zod";
import { PROJECT_FORMAT, PROJECT_VERSION, READABLE_VERSIONS } from "../../model/schema.ts";
import type { Problem } from "../problems.ts";

/** The `attr.name` of the graph key that holds the project data. */
export const PROJECT_DATA_NAME = "recovery_networks";

const keyRefSchema = z.object({
  id: z.string(),
  for: z.enum(["node", "edge", "graph"]),
  /** The attribute's name in the project. */
  name: z.string(),
  /** The key's `attr.name` in the file, when it differs (`label (attribute)`, `score (string)`). */
  as: z.string().optional(),
});

/** The JSON in the project data: checked here for shape; meta, waves and observations by the project schema. */
export const projectDataSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  /** 1 or 2; a version 1 file's weight is `strength` (the importer migrates it). */
  version: z.number().refine((v) => READABLE_VERSIONS.includes(v), { message: `is not a version this tool reads (${READABLE_VERSIONS.join(", ")})` }),
  meta: z.record(z.string(), z.unknown()),
  waves: z.array(z.unknown()),
  observations: z.array(z.unknown()),
  /**
   * Attribute keys that are not read by their `attr.name`: attributes named like a model field
   * (written as `label (attribute)`) and the second and later value types of one attribute
   * (`score (string)`), so other programs see one name per key. Read back as the attribute `name`.
   */
  attribute_keys: z.array(keyRefSchema).default([]),
  /**
   * The id of the edge key named `weight` that the exporter adds as a copy of each tie's weight
   * (its strength, or another attribute) so that networkx and Gephi weigh by it; the importer
   * skips it, the value being in the tie already.
   */
  weight_key: z.string().optional(),
});
export type ProjectData = z.infer<typeof projectDataSchema>;
/** A key that holds the values of attribute `name`, whatever its `attr.name`. */
export type KeyRef = z.infer<typeof keyRefSchema>;

/** Reads the project data; a problem at `where` when it is not what the exporter writes. */
export function readProjectData(text: string, file: string, where: string, problems: Problem[]): ProjectData | undefined {
  const fix = `Export the project again, or remove this <data> (the file then loads as a plain graph without waves and observations)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file, where, message: `the ${PROJECT_DATA_NAME} data is not valid JSON (${(error as Error).message})`, fix });
    return undefined;
  }
  const parsed = projectDataSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String).join(".");
  const version = (json as { version?: unknown } | null)?.version;
  const message = path === "version" && typeof version === "number" && version > PROJECT_VERSION
    ? `the ${PROJECT_DATA_NAME} data is project format version ${version}, newer than this tool reads (${PROJECT_VERSION})`
    : `the ${PROJECT_DATA_NAME} data is not what this tool writes (${path ? `${path}: ` : ""}${issue.message})`;
  problems.push({ file, where, message, fix: path === "version" ? "Open it with a newer version of the tool" : fix });
  return undefined;
}
