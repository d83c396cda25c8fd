// Colour by / size by any attribute or metric, the legend that follows the choice, and which
// tie value is the weight that strength sums (the project's `meta.weight`).
import { el } from "../dom.ts";
import { nodeAppearance, tieWidth, VALENCE_COLOURS } from "../map/appearance.ts";
import { valueKeys, type ValueKey } from "../map/nodeValues.ts";
import { ATTENTION_KEY, attentionColouring } from "../map/attentionOnMap.ts";
import type { AppState, Store } from "../store.ts";
import { STRENGTH_WEIGHT, weightChoices, withWeight } from "../../core/model/weight.ts";
import { commitEditOrSay } from "../edits.ts";

/** The tie weight menu's value for "no weight" (`meta.weight` null). */
const NO_WEIGHT = "(none)";

/** One choice of a menu, and the heading it is listed under ("" for none). */
type MenuChoice = Pick<ValueKey, "key" | "label"> & { group: string };

/** The numeric tie attributes (the weight menu's choices), found once per set of ties rather than at every redraw. */
const CHOICES = new WeakMap<readonly unknown[], string[]>();
function choicesOf(ties: AppState["project"]["ties"]): string[] {
  let found = CHOICES.get(ties);
  if (found === undefined) CHOICES.set(ties, (found = weightChoices(ties)));
  return found;
}

/** Mounts the appearance controls and legend in `container`. */
export function mountAppearancePanel(container: HTMLElement, store: Store): () => void {
  const colourBy = el("select", { id: "colour-by" });
  const sizeBy = el("select", { id: "size-by" });
  const legend = el("div", { class: "legend", "aria-label": "Legend" });
  const ties = el("div", { class: "legend ties-legend" });
  const weightBy = el("select", { id: "tie-weight", "data-testid": "tie-weight", title: "Which tie value strength adds up, and what exports write as the weight" });
  container.append(
    el("h2", {}, "Appearance"),
    el("label", { for: "colour-by" }, "Colour by"), colourBy,
    el("label", { for: "size-by" }, "Size by"), sizeBy,
    legend, ties,
    el("label", { for: "tie-weight" }, "Tie weight"), weightBy,
  );
  weightBy.addEventListener("change", () => {
    const { project } = store.get();
    if (!commitEditOrSay(store, "Change the tie weight", withWeight(project, weightBy.value === NO_WEIGHT ? null : weightBy.value))) render(store.get());
  });
  colourBy.addEventListener("change", () => store.set({ appearance: { ...store.get().appearance, colourBy: colourBy.value } }));
  sizeBy.addEventListener("change", () => store.set({ appearance: { ...store.get().appearance, sizeBy: sizeBy.value } }));

  for (const [valence, colour] of Object.entries(VALENCE_COLOURS)) {
    const line = el("span", { class: "tie-swatch" });
    line.style.background = colour;
    line.style.height = `${tieWidth(3)}px`;
    ties.append(el("div", { class: "legend-row" }, line, `${valence} tie`));
  }
  ties.append(el("div", { class: "legend-note" }, "Thicker ties are stronger (1–5). Groups are larger squares."));

  /** Fills a menu with its choices under their groups' headings (none for ""), rebuilding only when they change. */
  const fill = (select: HTMLSelectElement, options: readonly MenuChoice[], value: string) => {
    const wanted = options.map((o) => `${o.group}\u0000${o.key}\u0000${o.label}`).join("\u0001");
    if (select.dataset.options !== wanted) {
      const children: HTMLElement[] = [];
      const groups = new Map<string, HTMLElement>();
      for (const o of options) {
        const option = el("option", { value: o.key }, o.label);
        if (!o.group) {
          children.push(option);
          continue;
        }
        if (!groups.has(o.group)) children.push(groups.set(o.group, el("optgroup", { label: o.group })).get(o.group)!);
        groups.get(o.group)!.append(option);
      }
      select.replaceChildren(...children);
      select.dataset.options = wanted;
    }
    select.value = value;
  };
  const render = (state: AppState) => {
    const keys = valueKeys(state.project, state.metrics?.nodes);
    fill(colourBy, [...keys, { key: ATTENTION_KEY, label: "needs attention", group: "Fields" }], state.appearance.colourBy);
    fill(sizeBy, [{ key: "none", label: "nothing (same size)", group: "" }, ...keys.filter((k) => k.numeric)], state.appearance.sizeBy);
    const weight = state.project.meta.weight;
    const attributes = choicesOf(state.project.ties).filter((name) => name !== STRENGTH_WEIGHT);
    if (weight !== null && weight !== STRENGTH_WEIGHT && !attributes.includes(weight)) attributes.push(weight);
    fill(weightBy, [
      { key: STRENGTH_WEIGHT, label: "strength (1–5)", group: "" },
      ...attributes.map((name) => ({ key: name, label: name, group: "Tie attributes" })),
      { key: NO_WEIGHT, label: "none (every tie counts 1)", group: "" },
    ], weight ?? NO_WEIGHT);
    // A read-only tab cannot change the project: the menu says why instead.
    weightBy.disabled = state.readOnly !== undefined;
    weightBy.title = state.readOnly ?? "Which tie value strength adds up, and what exports write as the weight";
    const look = nodeAppearance(state.project.nodes, state.appearance.colourBy, state.appearance.sizeBy, state.metrics?.nodes, { project: state.project, at: state.at }, attentionColouring(state.project, state.at, state.appearance.colourBy));
    legend.replaceChildren();
    if (look.continuous) {
      const bar = el("div", { class: "gradient" });
      bar.style.background = `linear-gradient(to right, ${look.legend.map((e) => e.colour).join(", ")})`;
      legend.append(bar, el("div", { class: "gradient-labels" }, el("span", {}, look.legend[0].label), el("span", {}, look.legend[look.legend.length - 1].label)));
    } else {
      for (const entry of look.legend) {
        const swatch = el("span", { class: "swatch" });
        swatch.style.background = entry.colour;
        if (state.appearance.colourBy === "kind" && entry.label === "group") swatch.style.borderRadius = "1px";
        legend.append(el("div", { class: "legend-row" }, swatch, entry.label));
      }
    }
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.appearance !== previous.appearance || state.metrics !== previous.metrics || state.at !== previous.at || state.project !== previous.project || state.readOnly !== previous.readOnly) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
