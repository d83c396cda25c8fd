// The ego view: the selected person's network as a sociogram in SVG (d3), with sector labels,
// ring guides, ties coloured by valence, changes since the previous wave and a legend.
import { arc, select } from "d3";
import { previousWaveDate } from "../../../core/metrics/report.ts";
import { el } from "../../dom.ts";
import { KIND_COLOURS } from "../../../core/model/kindColours.ts";
import { VALENCE_COLOURS } from "../../map/appearance.ts";
import type { AppState, Store } from "../../store.ts";
import { placeEgoLabels, textWidth } from "./egoLabels.ts";
import { egoLayout, type EgoChange, type EgoLayout } from "./egoLayout.ts";

const SIZE = 640;
const RADIUS = 250;
/** Wider than tall: sector labels beside the rings ("Professionals (1)") need room to the sides. */
const WIDTH = SIZE + 200;
const SVG_NS = "http://www.w3.org/2000/svg";

function dash(change: EgoChange): string | null {
  return change === "lost" ? "5 4" : null;
}

function opacity(change: EgoChange): number {
  return change === "lost" ? 0.35 : 0.9;
}

/** Draws `layout` as a standalone SVG element (also used for printing). */
export function egoSvg(layout: EgoLayout, hideNames: boolean): SVGSVGElement {
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("viewBox", `${-WIDTH / 2} ${-SIZE / 2} ${WIDTH} ${SIZE}`)
    .attr("width", WIDTH).attr("height", SIZE)
    .attr("role", "img")
    .attr("data-testid", "ego-svg")
    .attr("aria-label", `Ego network of ${hideNames ? layout.ego.id : layout.ego.label}: ${layout.alters.length} people and groups`);
  const name = (id: string, label: string) => (hideNames ? id : label);
  const rings = svg.append("g").attr("class", "ego-rings");
  for (let r = 1; r <= layout.rings; r++) {
    rings.append("circle").attr("r", (RADIUS * r) / layout.rings).attr("fill", "none").attr("stroke", "#ddd");
  }
  const sectorArc = arc<{ start: number; end: number }>()
    .innerRadius(RADIUS + 6).outerRadius(RADIUS + 14)
    .startAngle((d) => d.start).endAngle((d) => d.end);
  const sectors = svg.append("g").attr("class", "ego-sectors");
  for (const s of layout.sectors) {
    sectors.append("path").attr("d", sectorArc(s)).attr("fill", "#eee").attr("stroke", "#fff");
    const x1 = RADIUS * Math.sin(s.start), y1 = -RADIUS * Math.cos(s.start);
    sectors.append("line").attr("x1", 0).attr("y1", 0).attr("x2", x1).attr("y2", y1).attr("stroke", "#eee");
    const mid = (s.start + s.end) / 2;
    sectors.append("text")
      .attr("x", (RADIUS + 30) * Math.sin(mid)).attr("y", -(RADIUS + 30) * Math.cos(mid))
      .attr("text-anchor", Math.sin(mid) > 0.3 ? "start" : Math.sin(mid) < -0.3 ? "end" : "middle")
      .attr("dominant-baseline", "middle").attr("font-size", 13).attr("font-weight", "bold")
      .text(`${s.label} (${s.count})`);
  }
  const at = new Map(layout.alters.map((a) => [a.id, a]));
  const ties = svg.append("g").attr("class", "ego-ties");
  for (const t of layout.alterTies) {
    const a = at.get(t.source)!, b = at.get(t.target)!;
    ties.append("line").attr("x1", a.x * RADIUS).attr("y1", a.y * RADIUS).attr("x2", b.x * RADIUS).attr("y2", b.y * RADIUS)
      .attr("stroke", VALENCE_COLOURS[t.valence]).attr("stroke-width", 1).attr("stroke-dasharray", dash(t.change))
      .attr("opacity", opacity(t.change) * 0.6);
  }
  for (const a of layout.alters) {
    ties.append("line").attr("x1", 0).attr("y1", 0).attr("x2", a.x * RADIUS).attr("y2", a.y * RADIUS)
      .attr("stroke", VALENCE_COLOURS[a.valence]).attr("stroke-width", 0.8 + a.strength * 0.6)
      .attr("stroke-dasharray", dash(a.change)).attr("opacity", opacity(a.change));
  }
  const nodes = svg.append("g").attr("class", "ego-nodes");
  const egoName = name(layout.ego.id, layout.ego.label);
  const egoNameWidth = textWidth(egoName, 13);
  const labels = placeEgoLabels(
    layout.alters.map((a) => ({ x: a.x * RADIUS, y: a.y * RADIUS, text: name(a.id, a.label) })),
    {
      fontSize: 11,
      nodeRadius: 7,
      reserved: [{ left: -14, right: 14, top: -14, bottom: 14 }, { left: -egoNameWidth / 2, right: egoNameWidth / 2, top: 18, bottom: 34 }],
    },
  );
  layout.alters.forEach((a, i) => {
    const g = nodes.append("g").attr("transform", `translate(${a.x * RADIUS},${a.y * RADIUS})`).attr("opacity", a.change === "lost" ? 0.45 : 1);
    const shape = g.append(a.kind === "group" ? "rect" : "circle");
    if (a.kind === "group") shape.attr("x", -7).attr("y", -7).attr("width", 14).attr("height", 14);
    else shape.attr("r", 7);
    shape.attr("fill", KIND_COLOURS[a.kind])
      .attr("stroke", a.change === "gained" ? "#000" : a.change === "lost" ? "#555" : "#fff")
      .attr("stroke-width", a.change === "kept" ? 1 : 2.5).attr("stroke-dasharray", dash(a.change));
    g.append("title").text(`${name(a.id, a.label)}: strength ${a.strength}, ${a.valence}${a.change === "kept" ? "" : `, ${a.change}`}`);
    const label = labels[i];
    g.append("text").attr("x", label.x - a.x * RADIUS).attr("y", label.y - a.y * RADIUS)
      .attr("text-anchor", label.anchor).attr("dominant-baseline", "middle")
      .attr("font-size", 11).attr("fill", "#222").text(name(a.id, a.label));
  });
  svg.append("circle").attr("r", 12).attr("fill", KIND_COLOURS[layout.ego.kind]).attr("stroke", "#000").attr("stroke-width", 2);
  svg.append("text").attr("y", 26).attr("text-anchor", "middle").attr("dominant-baseline", "middle").attr("font-weight", "bold").attr("font-size", 13)
    .text(egoName);
  return svg.node()!;
}

function legend(layout: EgoLayout): HTMLElement {
  const item = (swatch: string, text: string) => el("li", {}, el("span", { class: "swatch", style: swatch, "aria-hidden": "true" }), " " + text);
  const list = el("ul", { class: "legend", "data-testid": "ego-legend" },
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.supportive}`, "supportive tie"),
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.neutral}`, "neutral tie"),
    item(`display:inline-block;width:18px;height:3px;background:${VALENCE_COLOURS.risk}`, "risk tie"),
    item("display:inline-block;width:10px;height:10px;border-radius:50%;border:2px solid #000", "gained since the previous wave"),
    item("display:inline-block;width:10px;height:10px;border-radius:50%;border:2px dashed #555;opacity:.5", "lost since the previous wave"),
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
    root.replaceChildren(legend(layout), egoSvg(layout, state.hideNames));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project || state.at !== previous.at || state.selectedNode !== previous.selectedNode || state.hideNames !== previous.hideNames) render(state);
  });
  return () => {
    unsubscribe();
    root.remove();
  };
}
