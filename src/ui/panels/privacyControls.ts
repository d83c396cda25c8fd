// The header's privacy choices: "Hide names" (people's names on screen), "Show group names"
// (while names are hidden), "Pseudonymise exports" (every export: network files, table CSVs, the
// map's PNG, SVG and print) and "Shift dates" (pseudonymised exports only). The choices are
// independent: hiding names does not pseudonymise exports, and the note under the header says
// so, as it says what a pseudonymised export still is (personal data) and who stays unique.
import { el } from "../dom.ts";
import { pseudonymKeyOf } from "../../core/privacy/pseudonymKey.ts";
import { exportWarning, keyedProject } from "../export/pseudonymousExport.ts";
import type { AppState, Store } from "../store.ts";

/** The note under the header for these choices, or "" when there is nothing to say. */
export function privacyNote(state: Pick<AppState, "hideNames" | "pseudonymise" | "project">): string {
  if (state.pseudonymise) {
    const warning = exportWarning(state);
    return `Pseudonymised exports (network files, table CSVs, map PNG, SVG and print) are still personal data under UK GDPR.${warning ? ` ${warning}` : ""}`;
  }
  if (state.hideNames) return "Names are hidden on screen only: exports still show them. Tick “Pseudonymise exports” to leave them out of files and pictures.";
  return "";
}

/** Mounts the choices in `slot` and the note in `noteSlot`; returns the function that removes them. */
export function mountPrivacyControls(slot: HTMLElement, noteSlot: HTMLElement, store: Store): () => void {
  const box = (id: string, text: string, title: string) => {
    const input = el("input", { type: "checkbox", id });
    return { input, label: el("label", { for: id, title }, input, ` ${text}`) };
  };
  const hide = box("hide-names", "Hide names", "Show ids instead of people's names, for screens in meetings (on screen only: exports follow “Pseudonymise exports”)");
  const groups = box("show-group-names", "Show group names", "While names are hidden, still show the names of groups (a group is not a person)");
  const pseudo = box("pseudonymise-exports", "Pseudonymise exports", "Every export (network files, table CSVs, the map's PNG, SVG and print) replaces names by stable pseudonyms (\"service user 7KQ2M\") and leaves out free text and attributes that name people");
  const shift = box("shift-dates", "Shift dates", "Pseudonymised exports move every date by one random number of whole days (30 to 365, earlier or later), the same for the whole export");
  const note = el("p", { class: "privacy-note", role: "note", "data-testid": "privacy-note", hidden: "" });
  slot.append(hide.label, groups.label, pseudo.label, shift.label);
  noteSlot.append(note);

  hide.input.addEventListener("change", () => store.set({ hideNames: hide.input.checked }));
  groups.input.addEventListener("change", () => store.set({ showGroupNames: groups.input.checked }));
  pseudo.input.addEventListener("change", () => store.set({ pseudonymise: pseudo.input.checked }));
  shift.input.addEventListener("change", () => store.set({ shiftDates: shift.input.checked }));

  // The pseudonym key is made as soon as exports are to be pseudonymised (and for each project
  // opened while they are), not in the middle of an export: a print cannot wait, and the map's
  // picture is read while nothing changes. After the change being told, not inside it.
  const keyIfNeeded = (state: AppState) => {
    if (state.pseudonymise && pseudonymKeyOf(state.project) === undefined) queueMicrotask(() => keyedProject(store));
  };
  const render = (state: AppState, previous?: AppState) => {
    keyIfNeeded(state);
    hide.input.checked = state.hideNames;
    groups.input.checked = state.showGroupNames;
    groups.label.hidden = !state.hideNames;
    pseudo.input.checked = state.pseudonymise;
    shift.input.checked = state.shiftDates;
    shift.label.hidden = !state.pseudonymise;
    if (previous && previous.project === state.project && previous.hideNames === state.hideNames && previous.pseudonymise === state.pseudonymise) return;
    const text = privacyNote(state);
    note.textContent = text;
    note.hidden = text === "";
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    hide.label.remove();
    groups.label.remove();
    pseudo.label.remove();
    shift.label.remove();
    note.remove();
  };
}
