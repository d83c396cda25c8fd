// Every change a person makes to the project goes through here, so each one can be undone and
// redone (Ctrl+Z / Ctrl+Shift+Z), and is stamped with the time it was made. The date shown follows
// "now" here (`dateShownAfter`), in the same store change as the project: these three are the only
// ways an edit changes the project's dates (opening a project sets its own date; saving a layout or a
// pseudonym key changes no date), so the rule is in one place and no view ever draws the new
// project at a stale date.
import { dateShownAfter } from "../core/edit/dateShown.ts";
import { diffProjects, isEmptyPatch, recordChange, redoChange, undoChange } from "../core/edit/history.ts";
import type { Project } from "../core/model/schema.ts";
import type { Store } from "./store.ts";

/**
 * Puts `next` in place of the open project as one undoable change named `label` (plain words,
 * shown on the undo button: "Add Sam (family)"), and sets `meta.modified` to now. The date shown
 * follows the project's latest date when it was the latest date before (`dateShownAfter`). A
 * `next` that changes nothing does nothing.
 * @throws Error with `store.get().readOnly` as its message when the project is read-only here.
 */
export function commitEdit(store: Store, label: string, next: Project, now: Date = new Date()): void {
  const { project, history, readOnly, at } = store.get();
  if (readOnly !== undefined) throw new Error(readOnly);
  if (isEmptyPatch(diffProjects(project, next))) return;
  // The stamp is part of the change, so undo brings back the previous modified time.
  const stamped: Project = { ...next, meta: { ...next.meta, modified: now.toISOString() } };
  store.set({ project: stamped, history: recordChange(history, label, project, stamped, now.toISOString()), at: dateShownAfter(project, stamped, at) });
}

/**
 * `commitEdit` for a control that cannot show an error at a field (a checkbox, a select, a
 * review mark): where the project is read-only, nothing changes and the header's status line
 * says why instead of an error being thrown. Returns true when the change was recorded (or
 * changed nothing), false when it was refused.
 */
export function commitEditOrSay(store: Store, label: string, next: Project, now: Date = new Date()): boolean {
  const { readOnly, status } = store.get();
  if (readOnly !== undefined) {
    store.set({ status: { ...status, message: `Not changed: ${readOnly}` } });
    return false;
  }
  commitEdit(store, label, next, now);
  return true;
}

/**
 * Moves one step back or forward through the history (`undoChange` or `redoChange`), the date shown
 * following "now" as in `commitEdit`; returns the change's label, or undefined when there is none to
 * take (or the project is read-only here).
 */
function step(store: Store, take: typeof undoChange): string | undefined {
  const { project, history, readOnly, at } = store.get();
  if (readOnly !== undefined) return undefined;
  const taken = take(history, project);
  if (taken === undefined) return undefined;
  store.set({ project: taken.project, history: taken.history, at: dateShownAfter(project, taken.project, at) });
  return taken.change.label;
}

/** Undoes the last edit; returns its label, or undefined when there is nothing to undo (or the project is read-only here). */
export function undoEdit(store: Store): string | undefined {
  return step(store, undoChange);
}

/** Redoes the last undone edit; returns its label, or undefined when there is nothing to redo (or the project is read-only here). */
export function redoEdit(store: Store): string | undefined {
  return step(store, redoChange);
}
