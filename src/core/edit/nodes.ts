// Adding, editing and removing a node (a person or a group). Removing keeps history by default: the
// node and its ties end on a date (they stay in the project, before that date); deleting the node
// with its ties and observations is for a mistake.
import type { IsoDate } from "../model/dates.ts";
import { nodeSchema, type Node, type Project } from "../model/schema.ts";
import { isPersonKind, type NodeKind } from "../model/vocabulary.ts";
import { checked, parseRecord, refuse, withoutUndefined, type EditResult } from "./check.ts";
import { newId, numberedId } from "./ids.ts";

/** The fields a person or a group may be given in a form (the id is made, layout positions are kept). */
export type NodeInput = Partial<Pick<Node, "label" | "kind" | "start" | "end" | "use_status" | "group_type" | "recovery_oriented">>;

/** The fields that belong to people only and to groups only. */
const PERSON_ONLY = ["use_status"] as const;
const GROUP_ONLY = ["group_type", "recovery_oriented"] as const;

/** "family", "service user": a kind in words. */
export const kindWords = (kind: NodeKind): string => kind.replace(/_/g, " ");

/** A node's fields with those of the other sort (person or group) left out. */
function fitKind(record: Record<string, unknown>): Record<string, unknown> {
  const kind = record.kind as NodeKind | undefined;
  if (kind === undefined) return record;
  const out = { ...record };
  for (const name of isPersonKind(kind) ? GROUP_ONLY : PERSON_ONLY) delete out[name];
  return out;
}

/** Refuses a field of the other sort given in a new node's input (a person's group type). */
function wrongSort(input: NodeInput): EditResult | undefined {
  if (input.kind === undefined) return undefined;
  const person = isPersonKind(input.kind);
  for (const name of person ? GROUP_ONLY : PERSON_ONLY) {
    if (input[name] !== undefined) return refuse(name, person ? "is for groups only: leave it empty for a person" : "is for people only: leave it empty for a group");
  }
  return undefined;
}

/**
 * Adds a person or a group made from `input` (label and kind required; start, end, use status,
 * group type, recovery oriented optional). A group's id is made from its name (`newId`: "Mutual
 * aid café" → "mutual-aid-cafe"); a person's from their kind (`numberedId`: "family-2"), never from
 * their name, which "Hide names" must keep off the screen. Label:
 * "Add Sam (family)". Errors by field: those of `nodeSchema`, an empty name, a field of the other
 * sort, an end not after the start.
 */
export function addNode(project: Project, input: NodeInput): EditResult {
  const wrong = wrongSort(input);
  if (wrong) return wrong;
  const label = typeof input.label === "string" ? input.label.trim() : input.label;
  const taken = project.nodes.map((n) => n.id);
  const id = input.kind === "group" ? newId(label ?? "", taken, "group") : numberedId(input.kind ?? "person", taken);
  const parsed = parseRecord(nodeSchema, withoutUndefined({ ...input, label, id }));
  if (!parsed.ok) return parsed;
  if (parsed.value.label === "") return refuse("label", "is empty: give a name");
  const node = withoutUndefined(parsed.value);
  return checked({ ...project, nodes: [...project.nodes, node] }, `Add ${node.label} (${kindWords(node.kind)})`, "nodes", [project.nodes.length]);
}

/**
 * Changes the fields in `changes` of the node `id` (an `undefined` value empties an optional
 * field). A change of kind between person and group drops the other sort's fields. Label:
 * "Edit Sam". Errors: an unknown id (at `id`), and as `addNode`.
 */
export function updateNode(project: Project, id: string, changes: NodeInput): EditResult {
  const index = project.nodes.findIndex((n) => n.id === id);
  if (index < 0) return refuse("id", `"${id}" is not in the nodes`);
  const wrong = wrongSort({ ...changes, kind: changes.kind ?? project.nodes[index].kind });
  if (wrong) return wrong;
  const label = typeof changes.label === "string" ? changes.label.trim() : changes.label;
  const merged = fitKind({ ...project.nodes[index], ...changes, ...(Object.hasOwn(changes, "label") ? { label } : {}) });
  const parsed = parseRecord(nodeSchema, withoutUndefined(merged));
  if (!parsed.ok) return parsed;
  if (parsed.value.label === "") return refuse("label", "is empty: give a name");
  const nodes = [...project.nodes];
  nodes[index] = withoutUndefined(parsed.value);
  return checked({ ...project, nodes }, `Edit ${parsed.value.label}`, "nodes", [index]);
}

/** The ties of node `id` (either end), with their indexes in `project.ties`. */
export function tiesOf(project: Project, id: string): { index: number; tie: Project["ties"][number] }[] {
  return project.ties.flatMap((tie, index) => (tie.source === id || tie.target === id ? [{ index, tie }] : []));
}

/**
 * What to do with a removed node's ties: `{ end: date }` ends the node and every tie of it still
 * running on `date` (history is kept: they are there before it); `"delete"` takes the node, its
 * ties and its observations out of the project, as if never entered (for a mistake).
 */
export type RemoveChoice = { end: IsoDate } | "delete";

/**
 * Removes the node `id` as `choice` says. Label: "End Sam and 2 ties on 2015-01-01", "Delete Sam
 * and 2 ties". Errors (at `date`): a date not after the node's start or after a tie of it starts,
 * a node that has already left by then; (at `id`) an unknown id.
 */
export function removeNode(project: Project, id: string, choice: RemoveChoice): EditResult {
  const index = project.nodes.findIndex((n) => n.id === id);
  if (index < 0) return refuse("id", `"${id}" is not in the nodes`);
  const node = project.nodes[index];
  const own = tiesOf(project, id);
  const ties = (n: number) => `${n} tie${n === 1 ? "" : "s"}`;
  if (choice === "delete") {
    const gone = new Set(own.map((t) => t.index));
    return {
      ok: true,
      label: `Delete ${node.label} and ${ties(own.length)}`,
      project: {
        ...project,
        nodes: project.nodes.filter((n) => n.id !== id),
        ties: project.ties.filter((_, i) => !gone.has(i)),
        observations: project.observations.filter((o) => o.subject !== id),
      },
    };
  }
  const date = choice.end;
  const parsed = parseRecord(nodeSchema.shape.end, date);
  if (!parsed.ok) return refuse("date", parsed.errors[""]);
  if (node.end !== undefined && node.end <= date) return refuse("date", `is not before ${node.label} left (${node.end}): they are already gone by then`);
  if (node.start !== undefined && date <= node.start) return refuse("date", `is not after ${node.label} joined (${node.start}): choose a later date, or delete them if they were entered by mistake`);
  const running = own.filter(({ tie }) => tie.end === undefined || tie.end > date);
  const late = running.find(({ tie }) => tie.start !== undefined && tie.start >= date);
  if (late) {
    const other = late.tie.source === id ? late.tie.target : late.tie.source;
    const name = project.nodes.find((n) => n.id === other)?.label ?? other;
    return refuse("date", `is not after the tie with ${name} starts (${late.tie.start}): choose a later date, or delete the node and its ties`);
  }
  const nodes = [...project.nodes];
  const spells = node.spells?.map((s, k, all) => (k === all.length - 1 ? { ...s, end: date } : s));
  nodes[index] = { ...node, end: date, ...(spells ? { spells } : {}) };
  const allTies = [...project.ties];
  for (const { index: i, tie } of running) allTies[i] = { ...tie, end: date };
  return checked({ ...project, nodes, ties: allTies }, `End ${node.label} and ${ties(running.length)} on ${date}`, "nodes", [index]);
}
