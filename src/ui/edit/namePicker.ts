// Picking a node by typing its name: a text input with the names as suggestions (a datalist), read
// back to an id — "Sam Jones (sam-jones)" as suggested, a name only one node has, or an id.
import type { Node } from "../../core/model/schema.ts";
import { el } from "../dom.ts";

/** What a suggestion says for a node: its name and id, or only the id while names are hidden. */
export const suggestion = (node: Node, hideNames: boolean): string => (hideNames ? node.id : `${node.label} (${node.id})`);

/**
 * The id of the node `text` names among `nodes`: a suggestion's words, a name only one node has
 * (case and spaces aside), or an id; undefined when none (or several) match.
 */
export function pickedNode(nodes: readonly Node[], text: string, hideNames: boolean): string | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  const exact = nodes.find((n) => suggestion(n, hideNames) === typed);
  if (exact) return exact.id;
  const byId = nodes.find((n) => n.id === typed);
  if (byId) return byId.id;
  if (hideNames) return undefined;
  const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  const named = nodes.filter((n) => fold(n.label) === fold(typed));
  return named.length === 1 ? named[0].id : undefined;
}

/** A text input suggesting the names of `nodes`; `read()` gives the id picked, or the text typed when it names nobody (or several). */
export function namePicker(id: string, nodes: readonly Node[], hideNames: boolean, value = ""): { control: HTMLElement; read(): unknown } {
  const list = el("datalist", { id: `${id}-names` }, ...nodes.map((n) => el("option", { value: suggestion(n, hideNames) })));
  const input = el("input", { type: "text", list: list.id, autocomplete: "off", placeholder: "Type a name" });
  input.value = value;
  return {
    control: el("div", { class: "name-picker" }, input, list),
    read: () => {
      const text = input.value.trim();
      if (text === "") return undefined;
      return pickedNode(nodes, text, hideNames) ?? text;
    },
  };
}
