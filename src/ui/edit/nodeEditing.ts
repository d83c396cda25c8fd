// Editing the selected node, under its details: Edit, Add a tie, Record a BARC-10 score or a use
// status, Remove, and each of its ties with Edit, End and Delete (ended ties too, with their end).
import type { Tie } from "../../core/model/schema.ts";
import { el } from "../dom.ts";
import type { AppState, Store } from "../store.ts";
import { openDeleteTieForm, openEndTieForm, openNodeForm, openObservationForm, openRemoveNodeForm, openTieForm, RECOVERY_KINDS } from "./editForms.ts";

/** "family, supportive, strength 3, since 2013-01-01, ended 2014-06-01": a tie in words. */
function tieWords(tie: Tie): string {
  const when = [tie.start ? `since ${tie.start}` : "", tie.end ? `ended ${tie.end}` : ""].filter(Boolean).join(", ");
  return `${tie.type.replace(/_/g, " ")}, ${tie.valence}, strength ${tie.strength}${when ? `, ${when}` : ""}`;
}

/**
 * Mounts the selected node's editing buttons in `actions` (above its details) and its ties with
 * their buttons in `list` (below them); returns the function that removes them.
 */
export function mountNodeEditing(actions: HTMLElement, list: HTMLElement, store: Store): () => void {
  const render = (state: AppState) => {
    actions.replaceChildren();
    list.replaceChildren();
    const node = state.project.nodes.find((n) => n.id === state.selectedNode);
    if (!node) return;
    const locked = state.readOnly;
    const button = (words: string, action: () => void, attrs: Record<string, string> = {}) => {
      const b = el("button", { type: "button", ...attrs }, words);
      if (locked !== undefined) {
        b.disabled = true;
        b.title = locked;
      }
      b.addEventListener("click", action);
      return b;
    };
    const person = node.kind !== "group";
    const recovering = RECOVERY_KINDS.has(node.kind);
    actions.append(
      el("div", { class: "edit-actions", role: "group", "aria-label": "Edit this node" },
        button("Edit…", () => openNodeForm(store, { node }), { "data-testid": "edit-node" }),
        button("Add a tie…", () => openTieForm(store, node.id), { "data-testid": "add-tie" }),
        ...(recovering ? [button("BARC-10…", () => openObservationForm(store, "barc10", node.id), { title: "Record a BARC-10 score" })] : []),
        ...(person ? [button("Use status…", () => openObservationForm(store, "use_status", node.id), { title: "Record a change of use status" })] : []),
        button("Remove…", () => openRemoveNodeForm(store, node), { class: "danger", "data-testid": "remove-node" })),
    );
    if (locked !== undefined) actions.append(el("p", { class: "hint" }, `Editing is off: ${locked}`));
    const ties = state.project.ties.filter((t) => t.source === node.id || t.target === node.id);
    if (ties.length === 0) {
      list.append(el("h4", {}, "Every tie"), el("p", { class: "hint" }, "No ties yet: add one with “Add a tie…”."));
      return;
    }
    const names = new Map(state.project.nodes.map((n) => [n.id, state.hideNames ? n.id : n.label]));
    // Not "Ties": that heading, above, lists the ties at the date shown.
    list.append(el("h4", {}, `Every tie, ended ones too (${ties.length})`),
      el("ul", { class: "edit-ties", "data-testid": "edit-ties" }, ...ties.map((tie) => {
        const other = tie.source === node.id ? tie.target : tie.source;
        const ended = tie.end !== undefined && (state.at === undefined || tie.end <= state.at);
        return el("li", { class: ended ? "ended" : "", "data-tie": tie.id },
          el("span", { class: "tie-words" }, el("strong", {}, names.get(other) ?? other), ` — ${tieWords(tie)}`),
          el("span", { class: "tie-buttons" },
            button("Edit", () => openTieForm(store, node.id, tie), { "aria-label": `Edit the tie with ${names.get(other) ?? other}` }),
            ...(tie.end === undefined ? [button("End", () => openEndTieForm(store, tie), { "aria-label": `End the tie with ${names.get(other) ?? other}` })] : []),
            button("Delete", () => openDeleteTieForm(store, tie), { "aria-label": `Delete the tie with ${names.get(other) ?? other}` })));
      })));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedNode !== previous.selectedNode || state.project !== previous.project || state.at !== previous.at || state.readOnly !== previous.readOnly || state.hideNames !== previous.hideNames) render(state);
  });
  return () => {
    unsubscribe();
    actions.replaceChildren();
    list.replaceChildren();
  };
}
