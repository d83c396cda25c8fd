// Saving the map as drawn: the scene is read from sigma (viewport positions, sizes, shown
// labels), written as SVG by mapSvg, and for PNG that SVG is drawn onto a canvas at 3× so it
// prints sharp. Everything stays on the device (Blob URLs of this origin). With "Pseudonymise
// exports" the picture is drawn from the pseudonymised project (MapPrivacy): pseudonyms as
// labels, its title and (shifted) date, and the still-personal-data notice as a footnote.
import type Sigma from "sigma";
import type { GraphAttributes, NodeAttributes, TieAttributes } from "../../core/model/graph.ts";
import { shiftValue } from "../../core/privacy/shiftDates.ts";
import { PSEUDONYMISED_NOTICE } from "../../core/privacy/notice.ts";
import type { Pseudonymised } from "../../core/privacy/pseudonymise.ts";
import { download } from "../dom.ts";
import { shownName } from "../names.ts";
import type { AppState } from "../store.ts";
import type { NodeAppearance } from "../map/appearance.ts";
import { tieWidth, VALENCE_COLOURS } from "../map/appearance.ts";
import type { Visibility } from "../map/visibility.ts";
import { mapSvg, type MapScene, type SvgNode, type SvgTie } from "./mapSvg.ts";

type Renderer = Sigma<NodeAttributes, TieAttributes, GraphAttributes>;

/** Print resolution: three times the screen's pixels. */
export const PNG_SCALE = 3;

/** What a pseudonymised picture shows instead of the project's names, title and date. */
export interface MapPrivacy {
  /** Original node id → the label to draw (its pseudonym). */
  labels: ReadonlyMap<string, string>;
  /** The pseudonymised title with the (shifted) date: "Programme (pseudonymised) — 2014-11-02". */
  title: string;
  /** The file-name stem: `programme-pseudonymised-2014-11-02`. */
  stem: string;
  /** Drawn bottom right. */
  footnote: string;
}

/** The picture's privacy from one export's pseudonymisation and the date shown (shifted with the rest). */
export function mapPrivacy(prepared: Pseudonymised, at: string | undefined): MapPrivacy {
  const shiftedAt = at === undefined ? undefined : shiftValue(at, prepared.shiftDays);
  const title = prepared.project.meta.title;
  return {
    labels: new Map([...prepared.nodes].map(([id, p]) => [id, p.label])),
    title: `${title}${shiftedAt ? ` — ${shiftedAt}` : ""}`,
    stem: `${stemOf(title)}${shiftedAt ? `-${shiftedAt}` : ""}`,
    footnote: PSEUDONYMISED_NOTICE,
  };
}

/**
 * The scene on screen now: visible nodes and ties inside the viewport, the labels drawn
 * (`labelled`, by default those sigma chose), named as the page names them, or with `privacy`
 * by their pseudonyms.
 */
export function currentScene(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled: ReadonlySet<string> = renderer.getNodeDisplayedLabels(), privacy?: MapPrivacy): MapScene {
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
      label: !labelled.has(id) ? undefined : privacy ? (privacy.labels.get(id) ?? "") : shownName({ id, label: attrs.label, kind: attrs.kind }, state),
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
  const title = privacy?.title ?? `${state.project.meta.title}${state.at ? ` — ${state.at}` : ""}`;
  const legend = look.continuous ? [] : look.legend;
  return { width, height, background: "#FFFFFF", nodes, ties, title, legend, ...(privacy ? { footnote: privacy.footnote } : {}) };
}

function stemOf(title: string): string {
  return title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
}

function fileStem(state: AppState, privacy: MapPrivacy | undefined): string {
  return privacy?.stem ?? `${stemOf(state.project.meta.title)}${state.at ? `-${state.at}` : ""}`;
}

/** Downloads the current map as an SVG file (pseudonymised with `privacy`). */
export function downloadMapSvg(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled?: ReadonlySet<string>, privacy?: MapPrivacy): void {
  download(`${fileStem(state, privacy)}.svg`, mapSvg(currentScene(renderer, state, look, shown, labelled, privacy)), "image/svg+xml");
}

/**
 * Downloads the current map as a PNG at PNG_SCALE× the screen size, drawn from the same SVG
 * document the SVG export saves (pseudonymised with `privacy`), so the PNG holds no text the SVG
 * does not.
 */
export async function downloadMapPng(renderer: Renderer, state: AppState, look: NodeAppearance, shown: Visibility, labelled?: ReadonlySet<string>, privacy?: MapPrivacy): Promise<void> {
  const scene = currentScene(renderer, state, look, shown, labelled, privacy);
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
    download(`${fileStem(state, privacy)}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
