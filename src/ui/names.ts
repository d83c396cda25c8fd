// The name the page shows for a node: its label, or its id while "Hide names" is on, except a
// group's name when "Show group names" is on too (a group such as "Narcotics Anonymous Tuesday"
// is not a person). Every view that reads `hideNames` asks here.
import type { NodeKind } from "../core/model/vocabulary.ts";
import type { AppState } from "./store.ts";

/** The two choices that decide a shown name. */
export type NameChoices = Pick<AppState, "hideNames" | "showGroupNames">;

/** True when the page shows this kind's names now. */
export function showsName(kind: NodeKind | string, choices: NameChoices): boolean {
  return !choices.hideNames || (kind === "group" && choices.showGroupNames);
}

/** `node.label`, or `node.id` where the name is hidden. */
export function shownName(node: { id: string; label: string; kind: NodeKind | string }, choices: NameChoices): string {
  return showsName(node.kind, choices) ? node.label : node.id;
}
