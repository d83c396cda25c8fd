// Adding, editing, ending and deleting a tie. Ending records the date it ended (the tie stays in
// the project, there before that date), so the history of a network is kept; deleting is for a tie
// entered by mistake.
import type { IsoDate } from "../model/dates.ts";
import { tieSchema, type Project, type Tie } from "../model/schema.ts";
import { checked, parseRecord, refuse, withoutUndefined, type EditResult } from "./check.ts";
import { numberedId } from "./ids.ts";

/** The fields of a tie a form gives (the id is made). */
export type TieInput = Partial<Omit<Tie, "id" | "attributes">>;

/** "Ann – Sam": a tie by the names of its ends. */
export function tieName(project: Project, tie: Pick<Tie, "source" | "target">): string {
  const name = (id: string) => project.nodes.find((n) => n.id === id)?.label || id;
  return `${name(tie.source)} – ${name(tie.target)}`;
}

/**
 * Adds a tie made from `input` (source, target, type, valence required; strength defaults to 3;
 * directed, start, end optional), with a numbered id ("tie-3", `numberedId`): not made from its
 * ends, whose ids may hold names (a file's). Label: "Add the tie
 * Ann – Sam (friend)". Errors by field: those of `tieSchema` ("must be from 1 to 5"), an end that
 * is not a node, a tie from a node to itself, an end not after the start.
 */
export function addTie(project: Project, input: TieInput): EditResult {
  const id = numberedId("tie", project.ties.map((t) => t.id));
  const parsed = parseRecord(tieSchema, withoutUndefined({ ...input, id }));
  if (!parsed.ok) return parsed;
  const tie = withoutUndefined(parsed.value);
  return checked({ ...project, ties: [...project.ties, tie] }, `Add the tie ${tieName(project, tie)} (${tie.type.replace(/_/g, " ")})`, "ties", [project.ties.length]);
}

/**
 * Changes the fields in `changes` of the tie `id` (an `undefined` value empties an optional
 * field). Label: "Edit the tie Ann – Sam". Errors: an unknown id (at `id`), and as `addTie`.
 */
export function updateTie(project: Project, id: string, changes: TieInput): EditResult {
  const index = project.ties.findIndex((t) => t.id === id);
  if (index < 0) return refuse("id", `"${id}" is not in the ties`);
  const parsed = parseRecord(tieSchema, withoutUndefined({ ...project.ties[index], ...changes, id }));
  if (!parsed.ok) return parsed;
  const ties = [...project.ties];
  ties[index] = withoutUndefined(parsed.value);
  return checked({ ...project, ties }, `Edit the tie ${tieName(project, ties[index])}`, "ties", [index]);
}

/**
 * Ends the tie `id` on `date` (exclusive: the tie is there until the day before). Label: "End the
 * tie Ann – Sam on 2015-01-01". Errors (at `date`): not a date, not after the tie's start, a tie
 * already ended by then; (at `id`) an unknown id.
 */
export function endTie(project: Project, id: string, date: IsoDate): EditResult {
  const index = project.ties.findIndex((t) => t.id === id);
  if (index < 0) return refuse("id", `"${id}" is not in the ties`);
  const tie = project.ties[index];
  const parsed = parseRecord(tieSchema.shape.end, date);
  if (!parsed.ok) return refuse("date", parsed.errors[""]);
  if (tie.end !== undefined && tie.end <= date) return refuse("date", `is not before the tie ended (${tie.end})`);
  if (tie.start !== undefined && date <= tie.start) return refuse("date", `is not after the tie started (${tie.start}): choose a later date, or delete the tie if it was a mistake`);
  const ties = [...project.ties];
  ties[index] = { ...tie, end: date };
  return checked({ ...project, ties }, `End the tie ${tieName(project, tie)} on ${date}`, "ties", [index]);
}

/** Takes the tie `id` out of the project, as if never entered (a mistake). Label: "Delete the tie Ann – Sam". */
export function deleteTie(project: Project, id: string): EditResult {
  const tie = project.ties.find((t) => t.id === id);
  if (tie === undefined) return refuse("id", `"${id}" is not in the ties`);
  return { ok: true, project: { ...project, ties: project.ties.filter((t) => t.id !== id) }, label: `Delete the tie ${tieName(project, tie)}` };
}
