// Where each alter's name goes in the ego sociogram, so that no two names overlap and no name
// covers a node. Pure: positions in, label boxes out. A name sits beside its node on the side
// away from the ego (so it reads outwards), moved up or down a line at a time until it is clear;
// when nothing nearby is clear it takes the place that overlaps least.

/** A node to label: its centre and the name to write. */
export interface LabelledPoint {
  x: number;
  y: number;
  text: string;
}

/** Where a label was put: its anchor point and which end of the text is anchored there. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "end";
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface EgoLabelOptions {
  /** Font size in px. */
  fontSize: number;
  /** Half the width of a node's mark, in px (labels keep clear of every node). */
  nodeRadius: number;
  /** Boxes already taken (the ego's mark and name). */
  reserved?: readonly Box[];
}

/** A generous estimate of a text's width in a sans-serif face (no DOM to measure with). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Vertical moves tried, in lines: 0, ±½, ±1, … ±3. */
const SHIFTS = [0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2, 3, -3];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Places one label per point, in order of distance from the centre (inner rings first). */
export function placeEgoLabels(points: readonly LabelledPoint[], options: EgoLabelOptions): PlacedLabel[] {
  const { fontSize, nodeRadius } = options;
  const line = fontSize * 1.2;
  /** Height of the glyphs (cap height to descender), less than a line. */
  const glyphs = fontSize;
  const gap = nodeRadius + 3;
  const nodes: Box[] = points.map((p) => ({ left: p.x - nodeRadius, top: p.y - nodeRadius, right: p.x + nodeRadius, bottom: p.y + nodeRadius }));
  const taken: Box[] = [...(options.reserved ?? [])];
  const placed: PlacedLabel[] = new Array(points.length);
  const order = points.map((_, i) => i).sort((a, b) => Math.hypot(points[a].x, points[a].y) - Math.hypot(points[b].x, points[b].y));
  for (const i of order) {
    const p = points[i];
    const width = textWidth(p.text, fontSize);
    const outwards: "start" | "end" = p.x >= 0 ? "start" : "end";
    let best: { label: PlacedLabel; box: Box; cost: number } | undefined;
    for (const anchor of [outwards, outwards === "start" ? "end" : "start"] as const) {
      for (const shift of SHIFTS) {
        const y = p.y + shift * line;
        const x = anchor === "start" ? p.x + gap : p.x - gap;
        const box: Box = {
          left: anchor === "start" ? x : x - width,
          right: anchor === "start" ? x + width : x,
          top: y - glyphs / 2,
          bottom: y + glyphs / 2,
        };
        let cost = 0;
        for (const other of taken) cost += overlap(box, other);
        for (let j = 0; j < nodes.length; j++) cost += overlap(box, nodes[j]);
        // Moving away from the node, or to its inner side, is allowed but not preferred: the
        // inner side beside the node is better than two lines away from it on the outer side.
        const penalty = Math.abs(shift) + (anchor === outwards ? 0 : 1.5);
        if (best === undefined || cost + penalty < best.cost) best = { label: { x, y, anchor }, box, cost: cost + penalty };
        if (cost === 0) break;
      }
      if (best !== undefined && best.cost <= 1.5) break;
    }
    placed[i] = best!.label;
    taken.push(best!.box);
  }
  return placed;
}
