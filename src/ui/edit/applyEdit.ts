// Puts the result of an edit operation into the store (one undoable change), and says what was done.
import type { EditResult, FieldErrors } from "../../core/edit/check.ts";
import { commitEdit } from "../edits.ts";
import type { Store } from "../store.ts";

const PAST: Readonly<Record<string, string>> = { Add: "Added", Edit: "Edited", End: "Ended", Delete: "Deleted", Record: "Recorded", Remove: "Removed" };

/** An edit's label said as done: "Add Sam (family)" → "Added Sam (family)". */
export function done(label: string): string {
  const [first, ...rest] = label.split(" ");
  return [PAST[first] ?? first, ...rest].join(" ");
}

/**
 * Commits `result` when it succeeded (returns undefined) and says so in the status line; returns
 * the errors by field when it failed, or `{ "": reason }` when the project cannot be changed here.
 */
export function applyEdit(store: Store, result: EditResult): FieldErrors | undefined {
  if (!result.ok) return result.errors;
  try {
    commitEdit(store, result.label, result.project);
  } catch (error) {
    return { "": error instanceof Error ? error.message : String(error) };
  }
  store.set({ status: { ...store.get().status, message: done(result.label) } });
  return undefined;
}
