// The column-mapping dialog: when a CSV or .xlsx file's columns are not the expected names, it
// shows the columns found and the first rows of each table, a choice of column per field (the
// fields from the schema's list, src/core/model/fields.ts, through mappingTargets), and, for the
// kind column, which value is which kind. It resolves to the mapping, or undefined on Cancel.
import { mappingTargets, type ColumnMapping } from "../../core/io/mapping/mapping.ts";
import { cleanMapping, type TablePreview } from "../../core/io/mapping/preview.ts";
import { NODE_KINDS, type NodeKind } from "../../core/model/vocabulary.ts";
import { normaliseWord } from "../../core/io/csv/columns.ts";
import { el } from "../dom.ts";

/** Opens the dialog over the page; `start` (a remembered mapping) fills the choices first, else what the importer reads on its own. */
export function askMapping(previews: readonly TablePreview[], start?: ColumnMapping): Promise<ColumnMapping | undefined> {
  return new Promise((resolve) => {
    const dialog = el("dialog", { class: "mapping-dialog", "aria-labelledby": "mapping-title" });
    const form = el("form", { method: "dialog" });
    const selects: { role: "nodes" | "ties"; target: string; select: HTMLSelectElement }[] = [];
    const kinds = el("div", { class: "mapping-kinds" });
    const kindSelects = new Map<string, HTMLSelectElement>();

    form.append(
      el("h2", { id: "mapping-title" }, "Which column is which?"),
      el("p", {}, "The columns of these files are not the names this tool expects. Say which column holds each field; leave a field on “(none)” if the file does not have it. The choice is remembered in this browser for files with the same columns (column names only, no data)."),
    );
    for (const preview of previews) {
      const table = el(
        "table",
        { class: "mapping-preview" },
        el("thead", {}, el("tr", {}, ...preview.headers.map((h) => el("th", {}, h)))),
        el("tbody", {}, ...preview.rows.map((row) => el("tr", {}, ...row.map((cell) => el("td", {}, cell))))),
      );
      const fields = el("div", { class: "mapping-fields" });
      const chosen = start?.[preview.role] ?? preview.suggested;
      for (const target of mappingTargets(preview.role)) {
        const select = el("select", { name: `${preview.role}.${target.name}`, "data-role": preview.role, "data-target": target.name });
        select.append(el("option", { value: "" }, "(none)"), ...preview.headers.map((h) => el("option", { value: h }, h)));
        const header = chosen[target.name];
        if (header !== undefined && preview.headers.includes(header)) select.value = header;
        selects.push({ role: preview.role, target: target.name, select });
        fields.append(el("label", { title: target.description }, `${target.label}${target.required ? " (required)" : ""}`, select));
        if (preview.role === "nodes" && target.name === "kind") select.addEventListener("change", () => renderKinds(preview, select.value));
      }
      form.append(el("h3", {}, `${preview.file} (${preview.role === "nodes" ? "nodes" : "ties"})`), el("div", { class: "mapping-scroll" }, table), fields);
      if (preview.role === "nodes") {
        form.append(kinds);
        renderKinds(preview, chosen.kind ?? "");
      }
    }
    const error = el("p", { class: "mapping-error", role: "alert" });
    const ok = el("button", { type: "submit", value: "ok" }, "Open with these columns");
    const cancel = el("button", { type: "button", value: "cancel" }, "Cancel");
    form.append(error, el("div", { class: "mapping-buttons" }, cancel, ok));
    dialog.append(form);

    function renderKinds(preview: TablePreview, header: string): void {
      kinds.replaceChildren();
      kindSelects.clear();
      const k = preview.headers.indexOf(header);
      if (k < 0) return;
      kinds.append(el("h4", {}, `Which kind is each value of “${header}”?`));
      for (const value of preview.values[k]) {
        const select = el("select", { "data-kind-value": value });
        select.append(...NODE_KINDS.map((kind) => el("option", { value: kind }, kind.replace(/_/g, " "))));
        const word = normaliseWord(value);
        select.value = start?.kinds?.[value] ?? ((NODE_KINDS as readonly string[]).includes(word) ? word : "community_member");
        kindSelects.set(value, select);
        kinds.append(el("label", {}, value, select));
      }
    }

    const finish = (mapping: ColumnMapping | undefined) => {
      dialog.close();
      dialog.remove();
      resolve(mapping);
    };
    cancel.addEventListener("click", () => finish(undefined));
    dialog.addEventListener("cancel", () => finish(undefined));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const mapping: ColumnMapping = {};
      for (const { role, target, select } of selects) if (select.value !== "") (mapping[role] ??= {})[target] = select.value;
      const missing = previews.flatMap((p) => mappingTargets(p.role).filter((t) => t.required && mapping[p.role]?.[t.name] === undefined).map((t) => `${t.label} (${p.file})`));
      if (missing.length > 0) {
        error.textContent = `Choose a column for ${missing.join(", ")}.`;
        return;
      }
      if (kindSelects.size > 0) mapping.kinds = Object.fromEntries([...kindSelects].map(([value, select]) => [value, select.value as NodeKind]));
      finish(cleanMapping(mapping));
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
