// Picking a node by typing its name: a text input with the names as suggestions (a datalist), read
// back to an id — "Sam Jones (sam-jones)" as suggested, a name (or a name's whole words, "Sam") only
// one node has, or an id — with a note saying which node the text matched.
import type { Node } from "../../core/model/schema.ts";
import { el } from "../dom.ts";

/** What a suggestion says for a node: its name and id, or only the id while names are hidden. */
export const suggestion = (node: Node, hideNames: boolean): string => (hideNames ? node.id : `${node.label} (${node.id})`);

const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The nodes `text` may name among `nodes`: the one whose suggestion or id it is; else those whose
 * full name it is (case and spaces aside); else those with a name in which it is a run of whole
 * words ("beth" → "Beth Brown"). While names are hidden, ids only. Empty for empty text.
 */
export function matchingNodes(nodes: readonly Node[], text: string, hideNames: boolean): Node[] {
  const typed = text.trim();
  if (typed === "") return [];
  const exact = nodes.find((n) => suggestion(n, hideNames) === typed) ?? nodes.find((n) => n.id === typed);
  if (exact) return [exact];
  if (hideNames) return [];
  const words = fold(typed);
  const full = nodes.filter((n) => fold(n.label) === words);
  if (full.length > 0) return full;
  return nodes.filter((n) => ` ${fold(n.label)} `.includes(` ${words} `));
}

/**
 * The id of the node `text` names among `nodes` (see `matchingNodes`): undefined when it names
 * none, or several.
 */
export function pickedNode(nodes: readonly Node[], text: string, hideNames: boolean): string | undefined {
  const found = matchingNodes(nodes, text, hideNames);
  return found.length === 1 ? found[0].id : undefined;
}

/**
 * What a picker says of `text` typed: the node it matched ("Beth Brown (beth-brown)"), how many it
 * could be ("matches 2: pick one from the suggestions"), or nobody; "" for empty text or a suggestion as listed.
 */
export function matchWords(nodes: readonly Node[], text: string, hideNames: boolean): string {
  const typed = text.trim();
  if (typed === "") return "";
  const found = matchingNodes(nodes, typed, hideNames);
  if (found.length === 1) return suggestion(found[0], hideNames) === typed ? "" : `Matches ${suggestion(found[0], hideNames)}`;
  if (found.length > 1) return `Matches ${found.length}: pick one from the suggestions`;
  return "Matches nobody: pick a name from the suggestions";
}

/** What is wrong with a picker's text that named no one node (`read()` gave it back as typed). */
export function pickProblem(nodes: readonly Node[], text: string, hideNames: boolean): string {
  const count = matchingNodes(nodes, text, hideNames).length;
  return count > 1
    ? `matches ${count} people: "${text}". Pick one from the suggestions`
    : `names nobody: "${text}". Pick a name from the suggestions`;
}

/** A text input suggesting the names of `nodes`; `read()` gives the id picked, or the text typed when it names nobody (or several). */
export function namePicker(id: string, nodes: readonly Node[], hideNames: boolean, value = ""): { control: HTMLElement; read(): unknown } {
  const list = el("datalist", { id: `${id}-names` }, ...nodes.map((n) => el("option", { value: suggestion(n, hideNames) })));
  const input = el("input", { type: "text", list: list.id, autocomplete: "off", placeholder: "Type a name" });
  input.value = value;
  // Says which node the text typed matched, so a name typed in part is not a guess.
  const note = el("span", { class: "field-hint picker-match", id: `${id}-match`, "aria-live": "polite" });
  const say = () => {
    note.textContent = matchWords(nodes, input.value, hideNames);
  };
  input.addEventListener("input", say);
  say();
  return {
    control: el("div", { class: "name-picker" }, input, list, note),
    read: () => {
      const text = input.value.trim();
      if (text === "") return undefined;
      return pickedNode(nodes, text, hideNames) ?? text;
    },
  };
}
