// Saving the map as drawn: the scene is read from sigma (viewport positions, sizes, shown
// labels), written as SVG by mapSvg, and for PNG that SVG is drawn onto a canvas at 3× so it
// prints sharp. Everything stays on the device (Blob URLs of this origin).
import type Sigma from "sigma";
import type { GraphAttributes, NodeAttributes, TieAttributes } from "../../core/model/graph.ts";
import { download } from "../dom.ts";
import type { AppState } from "../store.ts";
import type { NodeAppearance } from "../map/appearance.ts";
import { tieWidth, VALENCE_COLOURS } from "../map/appearance.ts";
import type { Visibility } from "../map/visibility.ts";
import { mapSvg, type MapScene, type SvgNode, type SvgTie } from "./mapSvg.ts";

type Renderer = Sigma<NodeAttributes, TieAttributes, GraphAttributes>;

/** Print resolution: three times the screen's pixels. */
export const PNG_SCALE = 3;

/** The scene on screen now: visible nodes and ties inside the viewport, the labels drawn (`labelled`, by default those sigma chose). */
export function currentScene(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled: ReadonlySet<string> = renderer.getNodeDisplayedLabels()): MapScene {
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const points = new Map<string, { x: number; y: number; r: number }>();
  const nodes: SvgNode[] = [];
  graph.forEachNode((id, attrs) => {
    if (!shown.nodes.has(id)) return;
    const d = renderer.getNodeDisplayData(id);
    if (!d) return;
    const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
    const r = renderer.scaleSize(d.size);
    points.set(id, { x: p.x, y: p.y, r });
    if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
    nodes.push({
      x: p.x,
      y: p.y,
      radius: r,
      colour: look.colour.get(id) ?? "#999",
      label: labelled.has(id) ? (state.hideNames ? id : attrs.label) : undefined,
      square: attrs.kind === "group",
    });
  });
  const ties: SvgTie[] = [];
  graph.forEachEdge((id, tie, s, t) => {
    if (!shown.ties.has(id)) return;
    const a = points.get(s);
    const b = points.get(t);
    if (!a || !b) return;
    ties.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, colour: VALENCE_COLOURS[tie.valence], width: tieWidth(tie.strength) });
  });
  const title = `${state.project.meta.title}${state.at ? ` — ${state.at}` : ""}`;
  const legend = look.continuous ? [] : look.legend;
  return { width, height, background: "#FFFFFF", nodes, ties, title, legend };
}

function fileStem(state: AppState): string {
  const name = state.project.meta.title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
  return `${name}${state.at ? `-${state.at}` : ""}`;
}

/** Downloads the current map as an SVG file. */
export function downloadMapSvg(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled?: ReadonlySet<string>): void {
  download(`${fileStem(state)}.svg`, mapSvg(currentScene(renderer, state, look, shown, labelled)), "image/svg+xml");
}

/** Downloads the current map as a PNG at PNG_SCALE× the screen size. */
export async function downloadMapPng(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled?: ReadonlySet<string>): Promise<void> {
  const scene = currentScene(renderer, state, look, shown, labelled);
  const url = URL.createObjectURL(new Blob([mapSvg(scene)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(scene.width * PNG_SCALE);
    canvas.height = Math.round(scene.height * PNG_SCALE);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas, so the PNG cannot be made: save as SVG instead");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("The PNG could not be encoded: try a smaller window, or save as SVG");
    download(`${fileStem(state)}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
