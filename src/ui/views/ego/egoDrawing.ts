// The ego sociogram drawn in SVG (d3): rings by tie strength, sectors by kind of alter, ties
// coloured by valence, and the ties gained and lost since the previous review. One drawing for
// the Ego view (both times in one picture) and the Journey view (the previous review and now
// side by side, on the same positions so the two pictures compare at a glance).
import { arc, select } from "d3";
import { KIND_COLOURS } from "../../../core/model/kindColours.ts";
import { VALENCE_COLOURS } from "../../map/appearance.ts";
import { placeEgoLabels, textWidth } from "./egoLabels.ts";
import type { EgoAlter, EgoChange, EgoLayout } from "./egoLayout.ts";

/**
 * Ring colours of alters gained and lost since the previous review: purple and dark red, apart
 * from the kind colours (Okabe–Ito) that fill the nodes and the valence colours of the ties; the
 * ring of a lost alter is dashed too, so the two differ without colour.
 */
export const CHANGE_COLOURS = { gained: "#7B3294", lost: "#A50026" } as const;

/**
 * Which time a drawing shows: `both` (the Ego view: what is there now, with what was lost since
 * the previous review faded and dashed), `before` (the previous review: gained alters left out,
 * the ones lost since outlined), `now` (lost alters left out, the ones gained outlined).
 */
export type EgoSide = "both" | "before" | "now";

/** How to draw. */
export interface EgoSvgOptions {
  /** Show ids instead of people's names. */
  hideNames: boolean;
  /** While names are hidden, still show groups' names (default false). */
  showGroupNames?: boolean;
  /** Which time to show (default `both`). */
  side?: EgoSide;
  /** Multiplies every font size (default 1): larger when the picture is drawn small, as in print. */
  fontScale?: number;
  /** The `data-testid` of the svg (default `ego-svg`). */
  testId?: string;
  /** Name the sectors around the rings (default true); without, the drawing is narrower and can be drawn larger. */
  sectorLabels?: boolean;
  /** Write people as first name and initial ("Sam B."), groups in full (default false). */
  shortNames?: boolean;
}

/** "Bobbie Draymere" → "Bobbie D."; one-word names as they are. */
export function shortName(label: string): string {
  const words = label.trim().split(/\s+/);
  return words.length < 2 ? label : `${words[0]} ${words[words.length - 1].charAt(0)}.`;
}

const SIZE = 640;
const RADIUS = 250;
/** Wider than tall: sector labels beside the rings ("Professionals (1)") need room to the sides. */
const WIDTH = SIZE + 200;
const SVG_NS = "http://www.w3.org/2000/svg";

/** True when an alter or tie with this change is drawn on `side`. */
function shownOn(change: EgoChange, side: EgoSide): boolean {
  return side === "both" || change === "kept" || (side === "now" ? change === "gained" : change === "lost");
}

/** Faded and dashed: only what the Ego view's single picture shows as gone. */
function dash(change: EgoChange, side: EgoSide): string | null {
  return change === "lost" && side === "both" ? "5 4" : null;
}

function opacity(change: EgoChange, side: EgoSide): number {
  return change === "lost" && side === "both" ? 0.35 : 0.9;
}

/** Half the width the drawing needs: the rings, the sector labels and the alters' names beside them. */
function halfWidth(layout: EgoLayout, scale: number, name: (a: EgoAlter) => string, sectorLabels: boolean): number {
  let half = sectorLabels ? WIDTH / 2 : SIZE / 2;
  for (const s of sectorLabels ? layout.sectors : []) {
    const mid = (s.start + s.end) / 2;
    half = Math.max(half, Math.abs((RADIUS + 30) * Math.sin(mid)) + textWidth(`${s.label} (${s.count})`, 13 * scale) + 8);
  }
  for (const a of layout.alters) half = Math.max(half, Math.abs(a.x * RADIUS) + 14 + textWidth(name(a), 11 * scale));
  return half;
}

/**
 * Draws `layout` as a standalone SVG element (the Ego view, the Journey view, printing). Sector
 * labels count the alters drawn. The viewBox is fixed, so two drawings of one layout line up.
 */
export function egoSvg(layout: EgoLayout, options: EgoSvgOptions): SVGSVGElement {
  const { hideNames } = options;
  const side = options.side ?? "both";
  const scale = options.fontScale ?? 1;
  // The previous wave's drawing shows a kept alter as it was then (its ring and valence), when a review changed them.
  const alters = layout.alters.filter((a) => shownOn(a.change, side)).map((a) => (side === "before" && a.before ? { ...a, ...a.before } : a));
  // From the whole layout (both times), so the two drawings of one layout share a viewBox.
  const sectorLabels = options.sectorLabels ?? true;
  const shown = (id: string, label: string, kind: string) => (hideNames && !(kind === "group" && options.showGroupNames) ? id : options.shortNames && kind !== "group" ? shortName(label) : label);
  const half = halfWidth(layout, scale, (a) => shown(a.id, a.label, a.kind), sectorLabels);
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("viewBox", `${-half} ${-SIZE / 2} ${2 * half} ${SIZE}`)
    .attr("width", 2 * half).attr("height", SIZE)
    .attr("role", "img")
    .attr("data-testid", options.testId ?? "ego-svg")
    .attr("aria-label", `Ego network of ${hideNames ? layout.ego.id : layout.ego.label}: ${alters.length} people and groups`);
  const name = (id: string, label: string, kind = "group") => shown(id, label, kind);
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
    if (sectorLabels) sectors.append("text")
      .attr("x", (RADIUS + 30) * Math.sin(mid)).attr("y", -(RADIUS + 30) * Math.cos(mid))
      .attr("text-anchor", Math.sin(mid) > 0.3 ? "start" : Math.sin(mid) < -0.3 ? "end" : "middle")
      .attr("dominant-baseline", "middle").attr("font-size", 13 * scale).attr("font-weight", "bold")
      .text(`${s.label} (${alters.filter((a) => a.sector === s.sector).length})`);
  }
  const at = new Map(alters.map((a) => [a.id, a]));
  const ties = svg.append("g").attr("class", "ego-ties");
  for (const t of layout.alterTies) {
    if (!shownOn(t.change, side) || !at.has(t.source) || !at.has(t.target)) continue;
    const a = at.get(t.source)!, b = at.get(t.target)!;
    ties.append("line").attr("x1", a.x * RADIUS).attr("y1", a.y * RADIUS).attr("x2", b.x * RADIUS).attr("y2", b.y * RADIUS)
      .attr("stroke", VALENCE_COLOURS[t.valence]).attr("stroke-width", 1).attr("stroke-dasharray", dash(t.change, side))
      .attr("opacity", opacity(t.change, side) * 0.6);
  }
  for (const a of alters) {
    ties.append("line").attr("x1", 0).attr("y1", 0).attr("x2", a.x * RADIUS).attr("y2", a.y * RADIUS)
      .attr("stroke", VALENCE_COLOURS[a.valence]).attr("stroke-width", 0.8 + a.strength * 0.6)
      .attr("stroke-dasharray", dash(a.change, side)).attr("opacity", opacity(a.change, side));
  }
  const nodes = svg.append("g").attr("class", "ego-nodes");
  const egoName = name(layout.ego.id, layout.ego.label);
  const egoNameWidth = textWidth(egoName, 13 * scale);
  const labels = placeEgoLabels(
    alters.map((a) => ({ x: a.x * RADIUS, y: a.y * RADIUS, text: name(a.id, a.label, a.kind) })),
    {
      fontSize: 11 * scale,
      nodeRadius: 10, // room for the ring of a gained or lost alter
      reserved: [{ left: -14, right: 14, top: -14, bottom: 14 }, { left: -egoNameWidth / 2, right: egoNameWidth / 2, top: 18, bottom: 18 + 16 * scale }],
    },
  );
  alters.forEach((a, i) => {
    const g = nodes.append("g").attr("transform", `translate(${a.x * RADIUS},${a.y * RADIUS})`).attr("opacity", a.change === "lost" && side === "both" ? 0.45 : 1)
      .attr("data-change", a.change);
    const shape = g.append(a.kind === "group" ? "rect" : "circle");
    if (a.kind === "group") shape.attr("x", -7).attr("y", -7).attr("width", 14).attr("height", 14);
    else shape.attr("r", 7);
    shape.attr("fill", KIND_COLOURS[a.kind]).attr("stroke", "#fff").attr("stroke-width", 1);
    if (a.change !== "kept") {
      // A ring around the node in the change's colour, dashed when lost.
      const ring = g.append(a.kind === "group" ? "rect" : "circle");
      if (a.kind === "group") ring.attr("x", -11).attr("y", -11).attr("width", 22).attr("height", 22);
      else ring.attr("r", 11);
      ring.attr("class", `ring-${a.change}`).attr("fill", "none").attr("stroke", CHANGE_COLOURS[a.change]).attr("stroke-width", 3)
        .attr("stroke-dasharray", a.change === "lost" ? "4 3" : null);
    }
    g.append("title").text(`${name(a.id, a.label)}: strength ${a.strength}, ${a.valence}${a.change === "kept" ? "" : `, ${a.change}`}`);
    const label = labels[i];
    g.append("text").attr("x", label.x - a.x * RADIUS).attr("y", label.y - a.y * RADIUS)
      .attr("text-anchor", label.anchor).attr("dominant-baseline", "middle")
      .attr("font-size", 11 * scale).attr("fill", "#222").text(name(a.id, a.label, a.kind));
  });
  svg.append("circle").attr("r", 12).attr("fill", KIND_COLOURS[layout.ego.kind]).attr("stroke", "#000").attr("stroke-width", 2);
  svg.append("text").attr("y", 18 + 8 * scale).attr("text-anchor", "middle").attr("dominant-baseline", "middle").attr("font-weight", "bold").attr("font-size", 13 * scale)
    .text(egoName);
  return svg.node()!;
}
