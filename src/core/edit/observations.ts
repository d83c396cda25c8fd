// Recording an observation of a person in the page: a BARC-10 total, or a change of use status.
// Observations have no ids and are kept in date order of entry; each is checked by the same schema
// as import (observationSchema) and by the measure's own range.
import { z } from "zod";
import type { IsoDate } from "../model/dates.ts";
import { fieldMeta, isoDateSchema, observationSchema, type Project } from "../model/schema.ts";
import { USE_STATUSES, type UseStatus } from "../model/vocabulary.ts";
import { checked, parseRecord, refuse, type EditResult, type FieldErrors } from "./check.ts";

/**
 * BARC-10 total bounds: ten items each answered on a six-point scale (1 strongly disagree – 6
 * strongly agree), so a total from 10 to 60 (Vilsaint et al. 2017, "Development and validation of
 * a Brief Assessment of Recovery Capital (BARC-10)", Drug and Alcohol Dependence 177).
 */
export const BARC10_MIN = 10;
export const BARC10_MAX = 60;

/** A BARC-10 total, as a form asks for it. */
export const barc10Schema = z
  .number({ message: `must be a whole number from ${BARC10_MIN} to ${BARC10_MAX}` })
  .int({ message: `must be a whole number from ${BARC10_MIN} to ${BARC10_MAX}` })
  .min(BARC10_MIN, { message: `must be from ${BARC10_MIN} to ${BARC10_MAX}` })
  .max(BARC10_MAX, { message: `must be from ${BARC10_MIN} to ${BARC10_MAX}` })
  .register(fieldMeta, { title: "BARC-10 total", description: "The sum of the ten answers, each from 1 to 6.", ends: ["little recovery capital", "much"] });

/** A use status, as a form asks for it. */
export const useStatusSchema = z.enum(USE_STATUSES).register(fieldMeta, { title: "Use status", description: "The person's substance use status from this date." });

/** The form of a BARC-10 observation: its date and total. */
export const barc10FormSchema = z.object({ date: isoDateSchema.clone().register(fieldMeta, { title: "Date", description: "When the score was taken." }), value: barc10Schema });
/** The form of a use status change: its date and the new status. */
export const useStatusFormSchema = z.object({ date: isoDateSchema.clone().register(fieldMeta, { title: "Date", description: "When the status changed." }), value: useStatusSchema });

/** The measures recorded in the page, with their names in the data. */
export const RECORDED_MEASURES = { barc10: "BARC-10", use_status: "use status" } as const;
export type RecordedMeasure = keyof typeof RECORDED_MEASURES;

function record(project: Project, subject: string, measure: RecordedMeasure, date: IsoDate, value: unknown, check: z.ZodType): EditResult {
  const node = project.nodes.find((n) => n.id === subject);
  if (node === undefined) return refuse("subject", `"${subject}" is not in the nodes`);
  if (node.kind === "group") return refuse("subject", `is a group: ${RECORDED_MEASURES[measure]} is recorded for people`);
  const errors: FieldErrors = {};
  const dateOk = parseRecord(observationSchema.shape.date, date);
  if (!dateOk.ok) errors.date = dateOk.errors[""];
  const valueOk = parseRecord(check, value);
  if (!valueOk.ok) errors.value = valueOk.errors[""];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = parseRecord(observationSchema, { subject, date, measure, value });
  if (!parsed.ok) return parsed;
  const shown = typeof value === "string" ? value.replace(/_/g, " ") : String(value);
  return checked({ ...project, observations: [...project.observations, parsed.value] }, `Record ${RECORDED_MEASURES[measure]} ${shown} for ${node.label} on ${date}`, "observations", [project.observations.length]);
}

/**
 * Records a BARC-10 total `value` (a whole number from 10 to 60) of the person `subject` on
 * `date`, as the observation `barc10`. Label: "Record BARC-10 31 for Ann on 2015-01-01". Errors:
 * at `value` (not a whole number from 10 to 60), at `date`, at `subject` (unknown, or a group).
 */
export function recordBarc10(project: Project, subject: string, date: IsoDate, value: number): EditResult {
  return record(project, subject, "barc10", date, value, barc10Schema);
}

/**
 * Records that the person `subject`'s use status is `status` from `date` (the observation
 * `use_status`). Label: "Record use status abstinent for Ann on 2015-01-01". Errors as `recordBarc10`.
 */
export function recordUseStatus(project: Project, subject: string, date: IsoDate, status: UseStatus): EditResult {
  return record(project, subject, "use_status", date, status, useStatusSchema);
}
