// A form built from a model's field list (src/core/model/fields.ts, read from the zod schemas):
// each field a labelled input chosen by its kind (a list of words → select, yes/no → checkbox,
// a bounded number → number input with its ends' words, a date → date input, text → text input).
// Errors are shown at their field (aria-invalid, aria-describedby) in the words import uses.
import { z } from "zod";
import { parseRecord, type FieldErrors } from "../../core/edit/check.ts";
import type { FieldInfo } from "../../core/model/fields.ts";
import { el } from "../dom.ts";
import { errorText, fieldValue, plainWord, rangeWords, rawValue, type RawValue } from "./formValues.ts";

/** A field the model does not describe (the other end of a tie, picked by name): its own input and reader. */
export interface CustomField {
  name: string;
  label: string;
  /** The input (or a box holding it); its first input, select or textarea gets the label and the error. */
  control: HTMLElement;
  /** The field's value, or undefined when empty. */
  read(): unknown;
}

/** What a form is made of and what it does. */
export interface FormSpec {
  /** Prefix of the ids of the form's elements (unique on the page while the form is open). */
  id: string;
  /** The fields, in order: from `MODEL_FIELDS` (or `fieldsOf` a form's own schema), or custom. */
  fields: readonly (FieldInfo | CustomField)[];
  /** The values the inputs start with, by field name. */
  values?: Readonly<Record<string, unknown>>;
  /** The submit button's words: "Add", "Save". */
  submit: string;
  /**
   * Called with the form's value once every model field passed its schema (hidden fields left
   * out); returns what is still wrong, by field (shown at each), or undefined when done.
   */
  onSubmit(value: Record<string, unknown>): FieldErrors | undefined;
  /**
   * What is wrong with the other fields while some field fails its own check (`value` holds the
   * fields that passed), changing nothing: so every field's problem is shown at once, not one per
   * press. None asked when absent.
   */
  check?(value: Record<string, unknown>): FieldErrors;
  onCancel(): void;
  /** Whether a field is shown for the values in the form now (kind-dependent fields); all when absent. */
  shown?(name: string, read: (name: string) => unknown): boolean;
}

/** A form on the page. */
export interface BuiltForm {
  element: HTMLFormElement;
  /** Shows `errors` at their fields (one not in the form is shown above the buttons); clears the others. */
  showErrors(errors: FieldErrors): void;
}

const isCustom = (field: FieldInfo | CustomField): field is CustomField => "control" in field;

function inputFor(field: FieldInfo, id: string, value: RawValue): HTMLInputElement | HTMLSelectElement {
  switch (field.kind) {
    case "enum": {
      const select = el("select", { id, name: field.name },
        ...(field.optional ? [el("option", { value: "" }, "— not recorded —")] : []),
        ...field.values!.map((v) => el("option", { value: v }, plainWord(v))));
      select.value = typeof value === "string" ? value : "";
      return select;
    }
    case "boolean": {
      const box = el("input", { id, name: field.name, type: "checkbox" });
      box.checked = value === true;
      return box;
    }
    case "number": {
      const attrs: Record<string, string> = { id, name: field.name, type: "number", inputmode: field.integer ? "numeric" : "decimal" };
      if (field.min !== undefined) attrs.min = String(field.min);
      if (field.max !== undefined) attrs.max = String(field.max);
      if (field.integer) attrs.step = "1";
      const input = el("input", attrs);
      input.value = String(value);
      return input;
    }
    case "date": {
      const input = el("input", { id, name: field.name, type: "date" });
      input.value = String(value);
      return input;
    }
    default: {
      const input = el("input", { id, name: field.name, type: "text", autocomplete: "off" });
      input.value = String(value);
      return input;
    }
  }
}

/** Builds the form described by `spec` (not yet on the page). */
export function buildForm(spec: FormSpec): BuiltForm {
  const form = el("form", { class: "edit-form", novalidate: "" });
  const rows = new Map<string, { row: HTMLElement; input: HTMLElement; error: HTMLElement; read: () => unknown; field: FieldInfo | CustomField }>();
  for (const field of spec.fields) {
    const id = `${spec.id}-${field.name}`;
    const error = el("p", { class: "field-error", id: `${id}-error`, hidden: "" });
    let input: HTMLElement;
    let read: () => unknown;
    const describedBy: string[] = [];
    const parts: HTMLElement[] = [];
    if (isCustom(field)) {
      input = field.control.matches("input, select, textarea") ? field.control : field.control.querySelector<HTMLElement>("input, select, textarea")!;
      input.id = id;
      read = field.read;
      // A custom field's own description (a note under its input) is kept.
      const own = input.getAttribute("aria-describedby");
      if (own) describedBy.push(own);
      // A box with its own legend (a fieldset of choices) needs no label above it.
      if (field.control instanceof HTMLFieldSetElement) parts.push(field.control);
      else parts.push(el("label", { for: id }, field.label), field.control);
    } else {
      const control = inputFor(field, id, rawValue(field, spec.values?.[field.name] ?? field.default));
      input = control;
      read = () => fieldValue(field, control instanceof HTMLInputElement && control.type === "checkbox" ? control.checked : control.value);
      const range = rangeWords(field);
      if (range) {
        const hint = el("span", { class: "field-hint", id: `${id}-hint` }, range);
        describedBy.push(hint.id);
        parts.push(el("label", { for: id, title: field.description }, field.label), el("div", { class: "field-with-hint" }, control, hint));
      } else if (field.kind === "boolean") {
        parts.push(el("label", { for: id, title: field.description, class: "checkbox" }, control, ` ${field.label}`));
      } else {
        parts.push(el("label", { for: id, title: field.description }, field.label), control);
      }
    }
    describedBy.push(error.id);
    input.setAttribute("aria-describedby", describedBy.join(" "));
    const row = el("div", { class: "form-row", "data-field": field.name }, ...parts, error);
    form.append(row);
    rows.set(field.name, { row, input, error, read, field });
  }
  const general = el("p", { class: "form-error", role: "alert", hidden: "" });
  const submit = el("button", { type: "submit", class: "primary" }, spec.submit);
  const cancel = el("button", { type: "button" }, "Cancel");
  form.append(general, el("div", { class: "form-buttons" }, submit, cancel));

  const readField = (name: string) => rows.get(name)?.read();
  const isShown = (name: string) => spec.shown === undefined || spec.shown(name, readField);
  const refresh = () => {
    for (const [name, { row }] of rows) row.hidden = !isShown(name);
  };
  refresh();
  form.addEventListener("change", refresh);

  const showErrors = (errors: FieldErrors) => {
    const elsewhere: string[] = [];
    for (const [name, message] of Object.entries(errors)) if (!rows.has(name) || !isShown(name)) elsewhere.push(message);
    for (const [name, { input, error }] of rows) {
      const message = errors[name];
      if (message !== undefined && isShown(name)) {
        error.textContent = errorText(rows.get(name)!.field.label, message);
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
      } else {
        error.textContent = "";
        error.hidden = true;
        input.removeAttribute("aria-invalid");
      }
    }
    general.textContent = elsewhere.join(". ");
    general.hidden = elsewhere.length === 0;
    const first = [...rows.values()].find(({ input }) => input.getAttribute("aria-invalid") === "true");
    first?.input.focus();
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value: Record<string, unknown> = {};
    const shape: Record<string, z.ZodType> = {};
    // A date input holding an impossible date (31/02/2024) gives "" as its value: without this,
    // the date would be dropped as if left empty.
    const own: FieldErrors = {};
    for (const [name, { read, field, input }] of rows) {
      if (!isShown(name)) continue;
      if (input instanceof HTMLInputElement && input.validity.badInput) own[name] = input.type === "date" ? "is not a real date" : "is not a number";
      value[name] = read();
      if (!isCustom(field)) shape[name] = field.schema;
    }
    const parsed = parseRecord(z.object(shape), Object.fromEntries(Object.entries(value).filter(([name]) => name in shape)));
    if (!parsed.ok) for (const [name, message] of Object.entries(parsed.errors)) own[name] ??= message;
    if (Object.keys(own).length > 0) {
      const passed = Object.fromEntries(Object.entries(value).filter(([name]) => !(name in own)));
      showErrors({ ...(spec.check?.(passed) ?? {}), ...own });
      return;
    }
    if (!parsed.ok) return;
    const errors = spec.onSubmit({ ...value, ...parsed.value });
    if (errors) showErrors(errors);
  });
  cancel.addEventListener("click", () => spec.onCancel());
  return { element: form, showErrors };
}
