// What every edit operation shares: a new record is checked by the same zod schema as import and by
// the same rules between records (src/core/model/validate.ts), and what is wrong comes back per
// field in the words import uses, for a form to show at the field.
import type { z } from "zod";
import type { Project } from "../model/schema.ts";
import { issueWords, jsonLocator, semanticIssues } from "../model/validate.ts";

/** What is wrong, by field name: `{ strength: "must be from 1 to 5" }`. One message per field. */
export type FieldErrors = Record<string, string>;

/**
 * The outcome of an edit: the new project (the one given is never changed) and plain words for the
 * change ("Add Sam (family)", the undo button's title), or what is wrong with the input, by field.
 */
export type EditResult = { ok: true; project: Project; label: string } | { ok: false; errors: FieldErrors };

/** A failed edit with one message (`field` is where a form shows it). */
export function refuse(field: string, message: string): EditResult {
  return { ok: false, errors: { [field]: message } };
}

/**
 * Parses `candidate` with `schema` (a record's zod schema, or a part of it). On failure, the
 * errors by the first key of each issue's path, in the words import uses ("is missing",
 * "must be from 1 to 5").
 */
export function parseRecord<S extends z.ZodType>(schema: S, candidate: unknown): { ok: true; value: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "";
    let found: unknown = candidate;
    for (const part of issue.path) found = found !== null && typeof found === "object" ? (found as Record<PropertyKey, unknown>)[part] : undefined;
    errors[field] ??= issueWords(issue, found);
  }
  return { ok: false, errors };
}

/**
 * The rules between records broken by the records of `collection` at `indexes` in `project`
 * (a tie to a missing node, a self tie, an end not after its start …), by field; empty when none.
 */
export function ruleErrors(project: Project, collection: "nodes" | "ties" | "observations" | "waves", indexes: ReadonlySet<number>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of semanticIssues(project, jsonLocator("project"))) {
    const [where, index, field] = issue.path;
    if (where !== collection || typeof index !== "number" || !indexes.has(index)) continue;
    errors[String(field ?? "")] ??= issue.message;
  }
  return errors;
}

/** `project` as the result of an edit named `label`, unless the records changed break a rule. */
export function checked(project: Project, label: string, collection: "nodes" | "ties" | "observations" | "waves", indexes: Iterable<number>): EditResult {
  const errors = ruleErrors(project, collection, new Set(indexes));
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, project, label };
}

/** Leaves out the keys whose value is undefined, so an emptied optional field is absent, as in a file. */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
