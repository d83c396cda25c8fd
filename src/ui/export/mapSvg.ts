// The map as an SVG document, written from what is on screen (positions in viewport pixels,
// colours, sizes, shown labels) so it opens in Inkscape or a word processor and prints sharp.
// Pure: no DOM, so it is tested on hand-built scenes.

/** A node as drawn: centre and radius in viewport pixels. */
export interface SvgNode {
  x: number;
  y: number;
  radius: number;
  colour: string;
  /** The label when the map shows it, else undefined. */
  label?: string;
  /** Groups are squares with a light frame, as on the map, so they read as groups in print too. */
  square?: boolean;
}

/** A tie as drawn, between two viewport points. */
export interface SvgTie {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
}

/** Everything one SVG needs. */
export interface MapScene {
  width: number;
  height: number;
  background: string;
  nodes: readonly SvgNode[];
  ties: readonly SvgTie[];
  /** Shown top left, e.g. the project title and the date. */
  title?: string;
  /** Swatches with labels, drawn bottom left: a dot, or a short line for a tie (`shape: "line"`). */
  legend?: readonly { colour: string; label: string; shape?: "dot" | "line" }[];
  /** A line drawn bottom right, e.g. that a pseudonymised picture is still personal data. */
  footnote?: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** One decimal place: sub-pixel precision without bloat. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Height of a footnote line (px), and roughly how wide a character of it is at 11 px. */
const FOOTNOTE_LINE = 15;
const FOOTNOTE_CHAR = 5.8;

/** The footnote's lines: one, or split after "; " (or ", ") when one line is wider than the picture. */
function footnoteLines(scene: MapScene): string[] {
  const text = scene.footnote;
  if (!text) return [];
  if (text.length * FOOTNOTE_CHAR <= scene.width - 16) return [text];
  const cut = text.indexOf("; ") >= 0 ? text.indexOf("; ") + 1 : text.indexOf(", ") >= 0 ? text.indexOf(", ") + 1 : -1;
  return cut < 0 ? [text] : [text.slice(0, cut), text.slice(cut + 1)];
}

/** Writes the scene as a standalone SVG document (ties under nodes under labels). */
export function mapSvg(scene: MapScene): string {
  const { width, height } = scene;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`,
    `<g id="ties" stroke-linecap="round">`,
  ];
  for (const t of scene.ties) {
    out.push(`<line x1="${n(t.x1)}" y1="${n(t.y1)}" x2="${n(t.x2)}" y2="${n(t.y2)}" stroke="${escapeXml(t.colour)}" stroke-width="${n(t.width)}"/>`);
  }
  out.push(`</g>`, `<g id="nodes">`);
  for (const node of scene.nodes) {
    if (node.square) {
      const r = node.radius;
      out.push(`<rect x="${n(node.x - r)}" y="${n(node.y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${escapeXml(node.colour)}" stroke="#FFFFFF" stroke-width="${n(Math.max(1, r * 0.15))}"/>`);
    } else {
      out.push(`<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.radius)}" fill="${escapeXml(node.colour)}"/>`);
    }
  }
  out.push(`</g>`, `<g id="labels" font-size="12" fill="#222222">`);
  for (const node of scene.nodes) {
    if (node.label === undefined) continue;
    out.push(`<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 4)}">${escapeXml(node.label)}</text>`);
  }
  out.push(`</g>`);
  if (scene.title) out.push(`<text x="12" y="22" font-size="15" font-weight="600" fill="#222222">${escapeXml(scene.title)}</text>`);
  if (scene.legend && scene.legend.length > 0) {
    // Above the footnote, when there is one.
    const top = height - 12 - scene.legend.length * 18 - footnoteLines(scene).length * FOOTNOTE_LINE;
    out.push(`<g id="legend" font-size="12" fill="#222222">`);
    scene.legend.forEach((entry, i) => {
      const y = top + i * 18;
      if (entry.shape === "line") {
        out.push(`<line x1="8" y1="${n(y + 9)}" x2="26" y2="${n(y + 9)}" stroke="${escapeXml(entry.colour)}" stroke-width="3"/>`);
      } else {
        out.push(`<circle cx="18" cy="${n(y + 9)}" r="6" fill="${escapeXml(entry.colour)}"/>`);
      }
      out.push(`<text x="30" y="${n(y + 13)}">${escapeXml(entry.label)}</text>`);
    });
    out.push(`</g>`);
  }
  for (const [i, line] of footnoteLines(scene).entries()) {
    out.push(`<text${i === 0 ? ' id="footnote"' : ""} x="8" y="${n(height - 8 - FOOTNOTE_LINE * (footnoteLines(scene).length - 1 - i))}" font-size="11" fill="#6b3a00">${escapeXml(line)}</text>`);
  }
  out.push(`</svg>`);
  return out.join("\n");
}
