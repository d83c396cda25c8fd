// Colour by / size by any attribute or metric, and the legend that follows the choice.
import { el } from "../dom.ts";
import { nodeAppearance, tieWidth, VALENCE_COLOURS } from "../map/appearance.ts";
import { valueKeys } from "../map/nodeValues.ts";
import type { AppState, Store } from "../store.ts";

/** Mounts the appearance controls and legend in `container`. */
export function mountAppearancePanel(container: HTMLElement, store: Store): () => void {
  const colourBy = el("select", { id: "colour-by" });
  const sizeBy = el("select", { id: "size-by" });
  const legend = el("div", { class: "legend", "aria-label": "Legend" });
  const ties = el("div", { class: "legend ties-legend" });
  container.append(
    el("h2", {}, "Appearance"),
    el("label", { for: "colour-by" }, "Colour by"), colourBy,
    el("label", { for: "size-by" }, "Size by"), sizeBy,
    legend, ties,
  );
  colourBy.addEventListener("change", () => store.set({ appearance: { ...store.get().appearance, colourBy: colourBy.value } }));
  sizeBy.addEventListener("change", () => store.set({ appearance: { ...store.get().appearance, sizeBy: sizeBy.value } }));

  for (const [valence, colour] of Object.entries(VALENCE_COLOURS)) {
    const line = el("span", { class: "tie-swatch" });
    line.style.background = colour;
    line.style.height = `${tieWidth(3)}px`;
    ties.append(el("div", { class: "legend-row" }, line, `${valence} tie`));
  }
  ties.append(el("div", { class: "legend-note" }, "Thicker ties are stronger (1–5). Groups are larger squares."));

  const fill = (select: HTMLSelectElement, options: [string, string][], value: string) => {
    const wanted = options.map(([v, l]) => `${v}\u0000${l}`).join("\u0001");
    if (select.dataset.options !== wanted) {
      select.replaceChildren(...options.map(([v, l]) => el("option", { value: v }, l)));
      select.dataset.options = wanted;
    }
    select.value = value;
  };
  const render = (state: AppState) => {
    const keys = valueKeys(state.project, state.metrics?.nodes);
    fill(colourBy, keys.map((k) => [k.key, k.label]), state.appearance.colourBy);
    fill(sizeBy, [["none", "nothing (same size)"], ...keys.filter((k) => k.numeric).map((k): [string, string] => [k.key, k.label])], state.appearance.sizeBy);
    const look = nodeAppearance(state.project.nodes, state.appearance.colourBy, state.appearance.sizeBy, state.metrics?.nodes);
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
    if (state.appearance !== previous.appearance || state.metrics !== previous.metrics || state.project !== previous.project) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
