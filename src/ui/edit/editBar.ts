// The header's editing controls: Add (a person, a group, a BARC-10 score, a use status, a wave),
// Undo and Redo (buttons titled with what they undo, and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside
// text inputs), all disabled with the reason while the project cannot be changed in this tab.
import { el } from "../dom.ts";
import { redoEdit, undoEdit } from "../edits.ts";
import type { AppState, Store } from "../store.ts";
import "./edit.css";
import type { NodeKind } from "../../core/model/vocabulary.ts";
import { openNodeForm, openObservationForm, openWaveForm, openWavesList, RECOVERY_KINDS } from "./editForms.ts";

/** What the Add menu offers, and what each opens. */
const ADD_CHOICES: readonly { value: string; label: string; open(store: Store): void }[] = [
  { value: "person", label: "Person…", open: (store) => openNodeForm(store, { kind: "service_user" }) },
  { value: "group", label: "Group…", open: (store) => openNodeForm(store, { kind: "group" }) },
  { value: "barc10", label: "BARC-10 score…", open: (store) => openObservationForm(store, "barc10", selectedPerson(store, RECOVERY_KINDS)) },
  { value: "use_status", label: "Use status…", open: (store) => openObservationForm(store, "use_status", selectedPerson(store)) },
  { value: "wave", label: "Wave…", open: (store) => openWaveForm(store) },
  { value: "waves", label: "Edit waves…", open: (store) => openWavesList(store) },
];

/** The selected node when it is a person (of one of `kinds`, when given): the one a score is for. */
function selectedPerson(store: Store, kinds?: ReadonlySet<NodeKind>): string | undefined {
  const { selectedNode, project } = store.get();
  return project.nodes.find((n) => n.id === selectedNode && n.kind !== "group" && (kinds === undefined || kinds.has(n.kind)))?.id;
}

/** True when a key pressed in `target` types text there (where Ctrl+Z is the input's own undo). */
export function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
}

/** Mounts Add, Undo and Redo at the end of `container` (the header); returns the function that removes them. */
export function mountEditBar(container: HTMLElement, store: Store): () => void {
  const add = el("select", { "aria-label": "Add to the network", "data-testid": "add-menu" }, el("option", { value: "" }, "Add…"),
    ...ADD_CHOICES.map((c) => el("option", { value: c.value }, c.label)));
  const undo = el("button", { type: "button", "data-testid": "undo" }, "↶ Undo");
  const redo = el("button", { type: "button", "data-testid": "redo" }, "↷ Redo");
  const bar = el("div", { class: "edit-bar", role: "group", "aria-label": "Editing" }, add, undo, redo);
  container.append(bar);

  add.addEventListener("change", () => {
    const choice = ADD_CHOICES.find((c) => c.value === add.value);
    add.value = "";
    choice?.open(store);
  });
  const say = (message: string) => store.set({ status: { ...store.get().status, message } });
  const doUndo = () => {
    const label = undoEdit(store);
    if (label !== undefined) say(`Undone: ${label}`);
  };
  const doRedo = () => {
    const label = redoEdit(store);
    if (label !== undefined) say(`Redone: ${label}`);
  };
  undo.addEventListener("click", doUndo);
  redo.addEventListener("click", doRedo);
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || typesText(event.target)) return;
    // An open editing dialog has its own inputs; undo there would change the project behind it.
    if (document.querySelector("dialog[open]")) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) doUndo();
    else if ((key === "z" && event.shiftKey) || key === "y") doRedo();
    else return;
    event.preventDefault();
  };
  document.addEventListener("keydown", onKey);

  const render = (state: AppState) => {
    const last = state.history.past[state.history.past.length - 1];
    const next = state.history.future[state.history.future.length - 1];
    const locked = state.readOnly;
    undo.disabled = locked !== undefined || last === undefined;
    redo.disabled = locked !== undefined || next === undefined;
    add.disabled = locked !== undefined;
    undo.title = locked ?? (last ? `Undo: ${last.label} (Ctrl+Z)` : "Nothing to undo");
    redo.title = locked ?? (next ? `Redo: ${next.label} (Ctrl+Shift+Z)` : "Nothing to redo");
    add.title = locked ?? "Add a person, a group, a score or a wave";
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.history !== previous.history || state.readOnly !== previous.readOnly) render(state);
  });
  return () => {
    unsubscribe();
    document.removeEventListener("keydown", onKey);
    bar.remove();
  };
}
