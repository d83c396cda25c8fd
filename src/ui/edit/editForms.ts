// The editing dialogs: a person or group, a tie, ending or deleting a tie, removing a node, a
// BARC-10 score or use status, a wave. Each form is built from the model's fields (form.ts) and
// each change goes through an edit operation (src/core/edit) and commitEdit, so it can be undone.
import { addNode, removeNode, tiesOf, updateNode, type NodeInput } from "../../core/edit/nodes.ts";
import { recordBarc10, recordUseStatus, barc10FormSchema, useStatusFormSchema } from "../../core/edit/observations.ts";
import { addTie, deleteTie, endTie, tieName, updateTie, type TieInput } from "../../core/edit/ties.ts";
import { addWave, removeWave, updateWave } from "../../core/edit/waves.ts";
import type { EditResult, FieldErrors } from "../../core/edit/check.ts";
import { fieldsOf, MODEL_FIELDS, type FieldInfo } from "../../core/model/fields.ts";
import type { Node, Tie, Wave } from "../../core/model/schema.ts";
import type { NodeKind, UseStatus } from "../../core/model/vocabulary.ts";
import { isActiveAt } from "../../core/model/snapshot.ts";
import { el } from "../dom.ts";
import { showsName } from "../names.ts";
import type { Store } from "../store.ts";
import { applyEdit } from "./applyEdit.ts";
import { focusFirst, openDialog } from "./dialog.ts";
import { buildForm, type CustomField, type FormSpec } from "./form.ts";
import { nodeFieldShown } from "./formValues.ts";
import { namePicker, pickProblem } from "./namePicker.ts";

/** An edit's errors by field; none when it succeeded. */
const errorsOf = (result: EditResult): FieldErrors => (result.ok ? {} : result.errors);

/** The node fields a form asks for: all but the id, the saved positions and the spells (kept as they are). */
const NODE_FIELDS = MODEL_FIELDS.nodes.filter((f) => !f.internal && f.kind !== "id" && f.kind !== "intervals");
/** The tie fields a form asks for: all but the id and the two ends (picked by name). */
const TIE_FIELDS = MODEL_FIELDS.ties.filter((f) => !f.internal && f.kind !== "id");
const WAVE_FIELDS = MODEL_FIELDS.waves.filter((f) => f.kind !== "id");
const BARC10_FIELDS = fieldsOf(barc10FormSchema);
const USE_STATUS_FIELDS = fieldsOf(useStatusFormSchema);

/** The kinds a BARC-10 score is recorded for: people in recovery (service users and peer mentors). */
export const RECOVERY_KINDS: ReadonlySet<NodeKind> = new Set(["service_user", "peer_mentor"]);

/** A date field of the model with another name and label: "Ended on". */
const dateField = (name: string, label: string, description: string): FieldInfo => ({ ...MODEL_FIELDS.ties.find((f) => f.name === "end")!, name, label, description, optional: false });

/** Opens `spec` in a dialog; the form closes it when `submit` succeeds. */
function formDialog(title: string, intro: string, spec: Omit<FormSpec, "onCancel" | "onSubmit"> & { onSubmit(value: Record<string, unknown>): FieldErrors | undefined }): void {
  const dialog = openDialog(title, intro);
  const form = buildForm({
    ...spec,
    onCancel: () => dialog.close(),
    onSubmit: (value) => {
      const errors = spec.onSubmit(value);
      if (errors === undefined) dialog.close();
      return errors;
    },
  });
  dialog.body.append(form.element);
  focusFirst(dialog);
}

const nameOf = (store: Store, id: string) => {
  const { project, hideNames } = store.get();
  return hideNames ? id : project.nodes.find((n) => n.id === id)?.label ?? id;
};

/** The note under the name box while names are hidden. */
export const HIDDEN_NAME_NOTE = "Names are hidden: type to replace the name, or leave empty to keep it";

/** The name field while names are hidden: an empty box (the name is not put on screen) with a note; empty reads as undefined. */
function hiddenNameField(field: FieldInfo): CustomField {
  const note = el("span", { class: "field-hint", id: "node-form-label-note" }, HIDDEN_NAME_NOTE);
  const input = el("input", { type: "text", name: field.name, autocomplete: "off", "aria-describedby": note.id });
  return { name: field.name, label: field.label, control: el("div", { class: "field-with-hint" }, input, note), read: () => input.value.trim() || undefined };
}

/** Opens the form that adds a person (`kind` a person's kind) or a group, or edits `node`. */
export function openNodeForm(store: Store, options: { node?: Node; kind?: NodeKind }): void {
  const { node } = options;
  const at = store.get().at;
  const values: Record<string, unknown> = node ? { ...node } : { kind: options.kind ?? "service_user", start: at };
  // While the name is hidden, the form must not show it: an empty name box keeps it.
  const nameHidden = node !== undefined && !showsName(node.kind, store.get());
  const fields = nameHidden ? NODE_FIELDS.map((f) => (f.name === "label" ? hiddenNameField(f) : f)) : NODE_FIELDS;
  const edit = (value: Record<string, unknown>) => {
    const input = value as NodeInput;
    const project = store.get().project;
    if (!node) return addNode(project, input);
    // Every field of the form is given, so an emptied one is emptied (but a hidden name left empty is kept).
    const changes: NodeInput = Object.fromEntries(NODE_FIELDS.filter((f) => nodeFieldShown(f.name, input.kind ?? node.kind)).map((f) => [f.name, value[f.name]]));
    if (nameHidden && changes.label === undefined) delete changes.label;
    return updateNode(project, node.id, changes);
  };
  formDialog(node ? `Edit ${nameOf(store, node.id)}` : options.kind === "group" ? "Add a group" : "Add a person", node ? "" : options.kind === "group" ? "From is when the group starts; it starts as the date shown." : "From is when they join the network; it starts as the date shown.", {
    id: "node-form",
    fields,
    values,
    submit: node ? "Save" : "Add",
    shown: (name, read) => nodeFieldShown(name, read("kind") as NodeKind | undefined),
    check: (value) => errorsOf(edit(value)),
    onSubmit: (value) => {
      const project = store.get().project;
      if (node) return applyEdit(store, edit(value));
      const before = new Set(project.nodes.map((n) => n.id));
      const errors = applyEdit(store, edit(value));
      if (errors === undefined) {
        const added = store.get().project.nodes.find((n) => !before.has(n.id));
        if (added) store.set({ selectedNode: added.id });
      }
      return errors;
    },
  });
}

/** Opens the form that adds a tie from the node `from` (the other end picked by name), or edits `tie`. */
export function openTieForm(store: Store, from: string, tie?: Tie): void {
  const { project, hideNames, at } = store.get();
  const others = project.nodes.filter((n) => n.id !== from);
  const picker = namePicker("tie-form-other", others, hideNames);
  const other: CustomField = { name: "other", label: "With", ...picker };
  const values: Record<string, unknown> = tie ? { ...tie } : { type: "friend", valence: "supportive", start: at };
  // A tie to a group is a membership (a group's tie to a group, a group link), unless chosen otherwise.
  picker.control.addEventListener("change", () => {
    const type = picker.control.closest("form")?.querySelector<HTMLSelectElement>('select[name="type"]');
    const picked = project.nodes.find((n) => n.id === picker.read());
    if (!type || !picked || (type.value !== "friend" && type.value !== "membership" && type.value !== "group_link")) return;
    const fromGroup = project.nodes.find((n) => n.id === from)?.kind === "group";
    type.value = picked.kind === "group" ? (fromGroup ? "group_link" : "membership") : fromGroup ? "membership" : "friend";
  });
  /** The edit the form's value makes, and every problem with it (the other end's and the tie's at once). */
  const problems = (value: Record<string, unknown>): { errors: FieldErrors; result: EditResult } => {
    const { other: picked, ...fields } = value;
    const current = store.get().project;
    if (tie) {
      const result = updateTie(current, tie.id, Object.fromEntries(TIE_FIELDS.filter((f) => f.name in value).map((f) => [f.name, fields[f.name]])) as TieInput);
      return { errors: errorsOf(result), result };
    }
    const errors: FieldErrors = {};
    if (picked === undefined) errors.other = "is empty: type a name and pick it from the suggestions";
    else if (!current.nodes.some((n) => n.id === picked)) errors.other = pickProblem(others, String(picked), hideNames);
    // With no other end picked, the tie's own fields are checked against a stand-in end.
    const target = errors.other === undefined ? String(picked) : others[0]?.id;
    const result = addTie(current, { ...(fields as TieInput), source: from, target });
    for (const [name, message] of Object.entries(errorsOf(result))) if (errors.other === undefined || (name !== "source" && name !== "target")) errors[name] ??= message;
    return { errors, result };
  };
  formDialog(tie ? `Edit the tie ${hideNames ? `${tie.source} – ${tie.target}` : tieName(project, tie)}` : `Add a tie to ${nameOf(store, from)}`, tie ? "" : "Since starts as the date shown; set it to when they met if you know it.", {
    id: "tie-form",
    fields: tie ? TIE_FIELDS : [other, ...TIE_FIELDS],
    values,
    submit: tie ? "Save" : "Add",
    check: (value) => problems(value).errors,
    onSubmit: (value) => {
      const { errors, result } = problems(value);
      return Object.keys(errors).length > 0 ? errors : applyEdit(store, result);
    },
  });
}

/** Opens the form that ends `tie` on a date (the date shown, to begin with). */
export function openEndTieForm(store: Store, tie: Tie): void {
  const { project, at, hideNames } = store.get();
  const name = hideNames ? `${tie.source} – ${tie.target}` : tieName(project, tie);
  formDialog(`End the tie ${name}`, "The tie stays in the project's history, there until the day before this date.", {
    id: "end-tie-form",
    fields: [dateField("date", "Ended on", "The first day the tie no longer holds.")],
    values: { date: at },
    submit: "End the tie",
    onSubmit: (value) => applyEdit(store, endTie(store.get().project, tie.id, String(value.date))),
  });
}

/** Asks before deleting `tie` (a mistake: it is taken out as if never entered). */
export function openDeleteTieForm(store: Store, tie: Tie): void {
  const { project, hideNames } = store.get();
  const name = hideNames ? `${tie.source} – ${tie.target}` : tieName(project, tie);
  formDialog(`Delete the tie ${name}?`, "Only for a tie entered by mistake: it is taken out as if never entered. To keep its history, end it instead.", {
    id: "delete-tie-form",
    fields: [],
    submit: "Delete the tie",
    onSubmit: () => applyEdit(store, deleteTie(store.get().project, tie.id)),
  });
}

/** Opens the form that removes `node`: end it and its running ties on a date (the default), or delete it and its ties. */
export function openRemoveNodeForm(store: Store, node: Node): void {
  const { project, at } = store.get();
  const own = tiesOf(project, node.id);
  const running = at === undefined ? own.length : own.filter(({ tie }) => tie.end === undefined || tie.end > at).length;
  const name = nameOf(store, node.id);
  const choice = (value: string, words: string, checked: boolean) => {
    const input = el("input", { type: "radio", name: "remove-how", value });
    input.checked = checked;
    return el("label", { class: "choice" }, input, ` ${words}`);
  };
  const how = el("fieldset", { class: "remove-how" },
    el("legend", {}, "What to do with them and their ties"),
    choice("end", `End ${name} and their ${running} running tie${running === 1 ? "" : "s"} on the date below (keeps the history)`, true),
    choice("delete", `Delete ${name} and their ${own.length} tie${own.length === 1 ? "" : "s"} (they were entered by mistake)`, false));
  const read = () => how.querySelector<HTMLInputElement>("input:checked")?.value;
  formDialog(`Remove ${name}`, "", {
    id: "remove-node-form",
    fields: [{ name: "how", label: "What to do", control: how, read }, dateField("date", "Left on", "The first day they are no longer in the network.")],
    values: { date: at },
    submit: "Remove",
    shown: (field, value) => field !== "date" || value("how") === "end",
    onSubmit: (value) => applyEdit(store, removeNode(store.get().project, node.id, value.how === "delete" ? "delete" : { end: String(value.date) })),
  });
}

/** Opens the form that records a BARC-10 total or a use status of `subject` (or of a person picked by name). */
export function openObservationForm(store: Store, measure: "barc10" | "use_status", subject?: string): void {
  const { project, hideNames, at } = store.get();
  const people = project.nodes.filter((n) => (measure === "barc10" ? RECOVERY_KINDS.has(n.kind) : n.kind !== "group") && (at === undefined || isActiveAt(n, at)));
  const picker = namePicker("observation-form-subject", people, hideNames);
  const who: CustomField = { name: "subject", label: "Person", ...picker };
  const fields = measure === "barc10" ? BARC10_FIELDS : USE_STATUS_FIELDS;
  const title = measure === "barc10" ? "Record a BARC-10 score" : "Record a use status";
  /** What is wrong with the person typed, if anything (shown with the other fields' problems). */
  const whoProblem = (value: Record<string, unknown>): FieldErrors | undefined => {
    const id = subject ?? value.subject;
    if (id === undefined) return { subject: "is empty: type a name and pick it from the suggestions" };
    if (!store.get().project.nodes.some((n) => n.id === id)) return { subject: pickProblem(people, String(id), hideNames) };
    return undefined;
  };
  formDialog(subject ? `${title} for ${nameOf(store, subject)}` : title, "", {
    id: "observation-form",
    fields: subject ? fields : [who, ...fields],
    values: { date: at },
    submit: "Record",
    check: (value) => whoProblem(value) ?? {},
    onSubmit: (value) => {
      const id = subject ?? value.subject;
      const problem = whoProblem(value);
      if (problem) return problem;
      const current = store.get().project;
      return applyEdit(store, measure === "barc10"
        ? recordBarc10(current, String(id), String(value.date), value.value as number)
        : recordUseStatus(current, String(id), String(value.date), value.value as UseStatus));
    },
  });
}

/** Opens the form that adds a wave, or renames and re-dates `wave`. */
export function openWaveForm(store: Store, wave?: Wave): void {
  formDialog(wave ? `Edit the wave ${wave.label}` : "Add a wave", wave ? "" : "A review point on the time axis, such as Baseline or 6 months.", {
    id: "wave-form",
    fields: WAVE_FIELDS,
    values: wave ?? { date: store.get().at },
    submit: wave ? "Save" : "Add",
    onSubmit: (value) => applyEdit(store, wave ? updateWave(store.get().project, wave.id, value) : addWave(store.get().project, value)),
  });
}

/** Opens the list of waves, each with Edit and Remove, and an Add button. */
export function openWavesList(store: Store): void {
  const dialog = openDialog("Waves (review points)");
  const render = () => {
    const waves = store.get().project.waves;
    const items = waves.map((wave) => {
      const edit = el("button", { type: "button" }, "Edit");
      const remove = el("button", { type: "button" }, "Remove");
      edit.addEventListener("click", () => {
        dialog.close();
        openWaveForm(store, wave);
      });
      remove.addEventListener("click", () => {
        applyEdit(store, removeWave(store.get().project, wave.id));
        render();
      });
      return el("li", {}, el("span", {}, `${wave.label} (${wave.date})`), edit, remove);
    });
    const add = el("button", { type: "button", class: "primary" }, "Add a wave");
    add.addEventListener("click", () => {
      dialog.close();
      openWaveForm(store);
    });
    const closeButton = el("button", { type: "button" }, "Close");
    closeButton.addEventListener("click", () => dialog.close());
    dialog.body.replaceChildren(waves.length ? el("ul", { class: "wave-list" }, ...items) : el("p", { class: "hint" }, "No waves yet."), el("div", { class: "form-buttons" }, add, closeButton));
  };
  render();
}
