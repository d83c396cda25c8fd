// A project with no one in it (a new empty project) shows a short hint in the map's place, with
// the buttons that start it: add a person, or start an interview. Shown only while the project
// has no node at all; a read-only tab shows the buttons disabled with the reason.
import { el } from "../dom.ts";
import { openNodeForm } from "../edit/editForms.ts";
import type { AppState, Store } from "../store.ts";
import "./emptyHint.css";

/** The hint's words, as the page shows them. */
export const EMPTY_MAP_HINT = "No one here yet. Add a person with Add… → Person, or start an interview.";

/**
 * Mounts the empty-project hint over `stage` (the map's drawing area, positioned), shown while
 * `project.nodes` is empty; returns the function that removes it.
 */
export function mountEmptyHint(stage: HTMLElement, store: Store): () => void {
  const addPerson = el("button", { type: "button", class: "primary", "data-testid": "empty-add-person" }, "Add a person…");
  const interview = el("button", { type: "button", "data-testid": "empty-interview" }, "Start an interview");
  const hint = el("div", { class: "map-empty", role: "note", "data-testid": "map-empty", hidden: "" },
    el("p", {}, EMPTY_MAP_HINT),
    el("div", { class: "map-empty-actions" }, addPerson, interview));
  stage.append(hint);
  addPerson.addEventListener("click", () => openNodeForm(store, { kind: "service_user" }));
  interview.addEventListener("click", () => store.set({ view: "interview" }));

  const render = (state: AppState) => {
    hint.hidden = state.project.nodes.length > 0;
    addPerson.disabled = state.readOnly !== undefined;
    addPerson.title = state.readOnly ?? "Add the first person: a client, a relative, a friend or a worker";
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project || state.readOnly !== previous.readOnly) render(state);
  });
  return () => {
    unsubscribe();
    hint.remove();
  };
}
