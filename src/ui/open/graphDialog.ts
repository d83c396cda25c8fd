// The choice of graph: when a GraphML file holds several <graph> elements that are not
// interviews, a small dialog lists them (number, id, nodes and edges) and asks which to read.
// It resolves to the chosen graph's id (its number when it has none), or undefined on Cancel.
import type { GraphChoice } from "../../core/io/graphml/import.ts";
import { el } from "../dom.ts";

/** Opens the dialog over the page for the file `file` and its graphs. */
export function askGraph(file: string, choices: readonly GraphChoice[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const dialog = el("dialog", { class: "mapping-dialog graph-dialog", "aria-labelledby": "graph-title" });
    const form = el("form", { method: "dialog" });
    const list = el("div", { class: "graph-choices", role: "radiogroup", "aria-labelledby": "graph-title" });
    choices.forEach((c, i) => {
      const radio = el("input", { type: "radio", name: "graph", value: c.id ?? String(c.index) });
      if (i === 0) radio.checked = true;
      const name = c.id === undefined ? `Graph ${c.index} (no id)` : `${c.index}. ${c.id}`;
      list.append(el("label", {}, radio, ` ${name}: ${c.nodes} node${c.nodes === 1 ? "" : "s"}, ${c.edges} edge${c.edges === 1 ? "" : "s"}`));
    });
    const ok = el("button", { type: "submit", value: "ok" }, "Open this graph");
    const cancel = el("button", { type: "button", value: "cancel" }, "Cancel");
    form.append(
      el("h2", { id: "graph-title" }, "Which graph?"),
      el("p", {}, `${file} holds ${choices.length} graphs, and a project is one graph. Choose the one to open; the others are left out (said in the warnings).`),
      list,
      el("div", { class: "mapping-buttons" }, cancel, ok),
    );
    dialog.append(form);
    const finish = (graph: string | undefined) => {
      dialog.close();
      dialog.remove();
      resolve(graph);
    };
    cancel.addEventListener("click", () => finish(undefined));
    dialog.addEventListener("cancel", () => finish(undefined));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      finish(list.querySelector<HTMLInputElement>("input:checked")?.value);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
