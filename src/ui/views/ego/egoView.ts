// The ego view: the selected person's network as a sociogram (drawn by egoDrawing.ts) with a legend:
// ring guides, sector labels, ties coloured by valence and the changes since the previous wave.
import { previousWaveDate } from "../../../core/metrics/report.ts";
import { el } from "../../dom.ts";
import { VALENCE_COLOURS } from "../../map/appearance.ts";
import type { AppState, Store } from "../../store.ts";
import { CHANGE_COLOURS, egoSvg } from "./egoDrawing.ts";
import { egoLayout, type EgoLayout } from "./egoLayout.ts";

function legend(layout: EgoLayout): HTMLElement {
  const item = (swatch: string, text: string) => el("li", {}, el("span", { class: "swatch", style: swatch, "aria-hidden": "true" }), " " + text);
  const list = el("ul", { class: "legend", "data-testid": "ego-legend" },
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.supportive}`, "supportive tie"),
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.neutral}`, "neutral tie"),
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.risk}`, "risk tie"),
    item(`display:inline-block;width:12px;height:12px;border-radius:50%;border:3px solid ${CHANGE_COLOURS.gained}`, "gained since the previous wave"),
    item(`display:inline-block;width:12px;height:12px;border-radius:50%;border:3px dashed ${CHANGE_COLOURS.lost}`, "lost since the previous wave"),
    el("li", {}, "Rings: tie strength, 5 (strongest) in the centre to 1 outside"),
  );
  const heading = layout.previousAt ? `Compared with ${layout.previousAt}` : "No earlier wave to compare with";
  return el("div", { class: "ego-legend" }, el("p", {}, heading), list);
}

/** Mounts the ego view: redraws when the project, date, selection or name hiding change. */
export function mountEgo(container: HTMLElement, store: Store): () => void {
  const root = el("div", { class: "ego-view", "data-testid": "ego-view" });
  container.append(root);
  const render = (state: AppState) => {
    const ego = state.selectedNode;
    const layout = ego === undefined ? undefined : egoLayout(state.project, ego, state.at, previousWaveDate(state.project, state.at));
    if (!layout) {
      root.replaceChildren(el("p", { "data-testid": "ego-empty" }, "Select a person on the map or in the nodes table to see their network here."));
      return;
    }
    // The legend runs along the top; the drawing takes the rest, scaled to fit both ways.
    root.replaceChildren(legend(layout), egoSvg(layout, { hideNames: state.hideNames, showGroupNames: state.showGroupNames }));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project || state.at !== previous.at || state.selectedNode !== previous.selectedNode || state.hideNames !== previous.hideNames || state.showGroupNames !== previous.showGroupNames) render(state);
  });
  return () => {
    unsubscribe();
    root.remove();
  };
}
