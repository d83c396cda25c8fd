// Undo and redo for every change to a project. Each change is kept as a patch (what it removed and
// what it put in, per collection), not as two whole projects, so a long history of small edits is
// small enough to be stored with the project and to survive a reload.
import type { Meta, Node, Observation, Project, Tie, Wave } from "../model/schema.ts";

/** An item of a keyed collection at its index in the array it belongs to. */
export interface Placed<T> {
  index: number;
  item: T;
}

/**
 * The change to one collection whose items have ids (nodes, ties, waves): the items the change took
 * out (with their indexes in the array before) and the items it put in (with their indexes in the
 * array after). An edited item is in both. Items in neither keep their order.
 */
export interface KeyedChange<T> {
  removed: readonly Placed<T>[];
  added: readonly Placed<T>[];
}

/** The change to observations (they have no ids): one run of items replaced by another, at `start`. */
export interface RunChange<T> {
  start: number;
  removed: readonly T[];
  added: readonly T[];
}

/** What one change did to a project; a collection that did not change is absent. */
export interface ProjectPatch {
  nodes?: KeyedChange<Node>;
  ties?: KeyedChange<Tie>;
  waves?: KeyedChange<Wave>;
  observations?: RunChange<Observation>;
  /**
   * The meta fields the change set or cleared, each as it was and as it became (a field absent
   * from `before` did not exist). Only those: a field set outside the history (a pseudonym key)
   * is kept by an undo of an earlier change.
   */
  meta?: { before: Partial<Meta>; after: Partial<Meta> };
}

/** One undoable change: what a person would call it, when it was made, and its patch. */
export interface ProjectChange {
  /** Plain words for the undo button's title: "Add Sam (family)", "End the tie Ann – Sam". */
  label: string;
  /** ISO date-time the change was made. */
  at: string;
  patch: ProjectPatch;
}

/** The changes that can be undone (oldest first) and redone (the next one to redo last). */
export interface EditHistory {
  past: readonly ProjectChange[];
  future: readonly ProjectChange[];
}

/** A history with nothing to undo or redo (a project just opened). */
export const EMPTY_HISTORY: EditHistory = { past: [], future: [] };

/** How many changes are kept to undo; the oldest are forgotten beyond it. */
export const HISTORY_LIMIT = 200;

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function keyedChange<T extends { id: string }>(before: readonly T[], after: readonly T[]): KeyedChange<T> | undefined {
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const removed: Placed<T>[] = [];
  const added: Placed<T>[] = [];
  before.forEach((item, index) => {
    const next = afterById.get(item.id);
    if (next === undefined || !same(item, next)) removed.push({ index, item });
  });
  after.forEach((item, index) => {
    const previous = beforeById.get(item.id);
    if (previous === undefined || !same(item, previous)) added.push({ index, item });
  });
  // The items kept must keep their order, or the patch could not rebuild `after`: then the whole
  // collection is the change (a reordering, which editing never does, but a caller might).
  const kept = (items: readonly T[], changed: readonly Placed<T>[]) => {
    const out = new Set(changed.map((p) => p.index));
    return items.filter((_, i) => !out.has(i)).map((item) => item.id);
  };
  if (!same(kept(before, removed), kept(after, added))) {
    return { removed: before.map((item, index) => ({ index, item })), added: after.map((item, index) => ({ index, item })) };
  }
  return removed.length === 0 && added.length === 0 ? undefined : { removed, added };
}

function runChange<T>(before: readonly T[], after: readonly T[]): RunChange<T> | undefined {
  let start = 0;
  while (start < before.length && start < after.length && same(before[start], after[start])) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && same(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  if (start === before.length && start === after.length) return undefined;
  return { start, removed: before.slice(start, before.length - tail), added: after.slice(start, after.length - tail) };
}

function metaChange(before: Meta, after: Meta): ProjectPatch["meta"] {
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key as keyof Meta], after[key as keyof Meta])) changed.add(key);
  }
  if (changed.size === 0) return undefined;
  const pick = (meta: Meta) => Object.fromEntries(Object.entries(meta).filter(([key]) => changed.has(key))) as Partial<Meta>;
  return { before: pick(before), after: pick(after) };
}

function applyMeta(meta: Meta, take: Partial<Meta>, put: Partial<Meta>): Meta {
  const out: Record<string, unknown> = { ...meta };
  for (const key of Object.keys(take)) delete out[key];
  return { ...out, ...put } as Meta;
}

/**
 * The patch that turns `before` into `after`. Nodes, ties and waves are compared by id (an item
 * whose JSON differs is edited); observations as one run of changed items.
 */
export function diffProjects(before: Project, after: Project): ProjectPatch {
  const patch: ProjectPatch = {};
  const nodes = keyedChange(before.nodes, after.nodes);
  const ties = keyedChange(before.ties, after.ties);
  const waves = keyedChange(before.waves, after.waves);
  const observations = runChange(before.observations, after.observations);
  if (nodes) patch.nodes = nodes;
  if (ties) patch.ties = ties;
  if (waves) patch.waves = waves;
  if (observations) patch.observations = observations;
  const meta = metaChange(before.meta, after.meta);
  if (meta) patch.meta = meta;
  return patch;
}

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: ProjectPatch): boolean {
  return Object.keys(patch).length === 0;
}

function applyKeyed<T extends { id: string }>(items: readonly T[], take: readonly Placed<T>[], put: readonly Placed<T>[]): T[] {
  const out = new Set(take.map((p) => p.item.id));
  const kept = items.filter((item) => !out.has(item.id));
  for (const { index, item } of [...put].sort((a, b) => a.index - b.index)) kept.splice(index, 0, item);
  return kept;
}

/**
 * Applies `patch` to `project` forward (`"redo"`: before → after) or backward (`"undo"`).
 * Returns a new project; `project` is not changed.
 */
export function applyPatch(project: Project, patch: ProjectPatch, direction: "redo" | "undo"): Project {
  const forward = direction === "redo";
  const keyed = <T extends { id: string }>(items: readonly T[], change: KeyedChange<T> | undefined): T[] =>
    change === undefined ? [...items] : forward ? applyKeyed(items, change.removed, change.added) : applyKeyed(items, change.added, change.removed);
  const run = patch.observations;
  const observations = run === undefined
    ? project.observations
    : [
        ...project.observations.slice(0, run.start),
        ...(forward ? run.added : run.removed),
        ...project.observations.slice(run.start + (forward ? run.removed : run.added).length),
      ];
  return {
    ...project,
    meta: patch.meta === undefined ? project.meta : forward ? applyMeta(project.meta, patch.meta.before, patch.meta.after) : applyMeta(project.meta, patch.meta.after, patch.meta.before),
    nodes: patch.nodes === undefined ? project.nodes : keyed(project.nodes, patch.nodes),
    ties: patch.ties === undefined ? project.ties : keyed(project.ties, patch.ties),
    waves: patch.waves === undefined ? project.waves : keyed(project.waves, patch.waves),
    observations,
  };
}

/**
 * The history after a change from `before` to `after` named `label` at `at` (ISO date-time): the
 * change is added to what can be undone, and what could be redone is dropped. A change that changes
 * nothing leaves the history as it is. At most `limit` changes are kept.
 */
export function recordChange(history: EditHistory, label: string, before: Project, after: Project, at: string, limit = HISTORY_LIMIT): EditHistory {
  const patch = diffProjects(before, after);
  if (isEmptyPatch(patch)) return history;
  const past = [...history.past, { label, at, patch }];
  return { past: past.slice(Math.max(0, past.length - limit)), future: [] };
}

/** Undoes the last change: the project before it and the history with it moved to redo; undefined when there is none. */
export function undoChange(history: EditHistory, project: Project): { project: Project; history: EditHistory; change: ProjectChange } | undefined {
  const change = history.past[history.past.length - 1];
  if (change === undefined) return undefined;
  return { project: applyPatch(project, change.patch, "undo"), history: { past: history.past.slice(0, -1), future: [...history.future, change] }, change };
}

/** Redoes the last undone change; undefined when there is none. */
export function redoChange(history: EditHistory, project: Project): { project: Project; history: EditHistory; change: ProjectChange } | undefined {
  const change = history.future[history.future.length - 1];
  if (change === undefined) return undefined;
  return { project: applyPatch(project, change.patch, "redo"), history: { past: [...history.past, change], future: history.future.slice(0, -1) }, change };
}
