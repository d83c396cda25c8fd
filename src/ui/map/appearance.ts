// Turns "colour by X, size by Y" into a colour and a size per node, and the legend that
// explains them. Pure: the map and the SVG export both draw from the same answer.
import { interpolateViridis, scaleSequential, scaleSqrt, schemeTableau10 } from "d3";
import type { Node } from "../../core/model/schema.ts";
import { KIND_COLOURS } from "../../core/model/kindColours.ts";
import { NODE_KINDS, type Valence } from "../../core/model/vocabulary.ts";
import { isCategoricalKey, nodeValue, type AsOf, type NodeMetrics } from "./nodeValues.ts";
import { maxOf, minOf } from "../../core/arrays.ts";
import { ATTENTION_KEY, ATTENTION_LEGEND, ATTENTION_MIN_SIZE, attentionColour, type AttentionColouring } from "./attentionOnMap.ts";

/** Tie colours by valence: supportive blue-green, neutral grey, risk vermillion. */
export const VALENCE_COLOURS: Record<Valence, string> = {
  supportive: "#2A9D8F",
  neutral: "#B8B8B8",
  risk: "#D55E00",
};

/** Okabe–Ito without black, then Tableau 10, for categories other than kind. */
export const CATEGORY_COLOURS: readonly string[] = [
  "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", ...schemeTableau10,
];

/** Colour of nodes with no value for the chosen key. */
export const MISSING_COLOUR = "#DDDDDD";

/** One line of the legend: a swatch and what it means. */
export interface LegendEntry {
  colour: string;
  label: string;
}

/** The colour and size of every node, and the legend. */
export interface NodeAppearance {
  colour: Map<string, string>;
  size: Map<string, number>;
  /** Categories, or for a continuous scale five stops from low to high. */
  legend: LegendEntry[];
  /** True when the legend is a continuous scale (draw it as a gradient). */
  continuous: boolean;
}

/** Pixel sizes at the camera's default zoom. */
export const SIZE_RANGE: [number, number] = [2.5, 10];
/** Size of people when size encodes nothing. */
export const BASE_SIZE = 4;
/** Groups are drawn this many times larger than people with the same value. */
export const GROUP_FACTOR = 1.4;

function label(value: string | number | boolean): string {
  return typeof value === "string" ? value.replace(/_/g, " ") : String(value);
}

/** Colours and sizes `nodes` by `colourBy` / `sizeBy` (keys as in nodeValues.ts); `asOf` dates observed values. */
export function nodeAppearance(
  nodes: readonly Node[],
  colourBy: string,
  sizeBy: string,
  metrics: NodeMetrics | undefined,
  asOf?: AsOf,
  attention?: AttentionColouring,
): NodeAppearance {
  const colour = new Map<string, string>();
  const size = new Map<string, number>();
  let legend: LegendEntry[] = [];
  let continuous = false;

  const colourValues = nodes.map((n) => nodeValue(n, colourBy, metrics, asOf));
  const numbers = colourValues.filter((v): v is number => typeof v === "number");
  if (colourBy === ATTENTION_KEY && attention) {
    // "Needs attention" (src/ui/map/attentionOnMap.ts): listed clients by their headline's tier.
    nodes.forEach((n) => colour.set(n.id, attentionColour(attention.tiers, n.id, attention.kinds, n.kind)));
    legend = ATTENTION_LEGEND;
  } else if (colourBy === "kind") {
    nodes.forEach((n) => colour.set(n.id, KIND_COLOURS[n.kind]));
    const present = new Set(nodes.map((n) => n.kind));
    legend = NODE_KINDS.filter((k) => present.has(k)).map((k) => ({ colour: KIND_COLOURS[k], label: label(k) }));
  } else if (!isCategoricalKey(colourBy) && numbers.length > 0 && numbers.length === colourValues.filter((v) => v !== undefined).length) {
    continuous = true;
    const lo = minOf(numbers);
    const hi = maxOf(numbers);
    const scale = scaleSequential(interpolateViridis).domain([lo, hi === lo ? lo + 1 : hi]);
    nodes.forEach((n, i) => {
      const v = colourValues[i];
      colour.set(n.id, typeof v === "number" ? scale(v) : MISSING_COLOUR);
    });
    legend = [0, 0.25, 0.5, 0.75, 1].map((t) => {
      const v = lo + t * (hi - lo);
      return { colour: scale(v), label: formatNumber(v) };
    });
  } else {
    const categories = [...new Set(colourValues.filter((v) => v !== undefined).map(String))].sort(naturalOrder);
    const index = new Map(categories.map((c, i) => [c, i]));
    nodes.forEach((n, i) => {
      const v = colourValues[i];
      colour.set(n.id, v === undefined ? MISSING_COLOUR : CATEGORY_COLOURS[index.get(String(v))! % CATEGORY_COLOURS.length]);
    });
    legend = categories.map((c, i) => ({ colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length], label: label(c) }));
    if (categories.length > CATEGORY_COLOURS.length) legend = legend.slice(0, CATEGORY_COLOURS.length).concat({ colour: "transparent", label: `… ${categories.length - CATEGORY_COLOURS.length} more (colours repeat)` });
    if (colourValues.some((v) => v === undefined)) legend.push({ colour: MISSING_COLOUR, label: "no value" });
  }

  const sizeValues = sizeBy === "none" ? [] : nodes.map((n) => nodeValue(n, sizeBy, metrics, asOf));
  const sizeNumbers = sizeValues.filter((v): v is number => typeof v === "number" && v >= 0);
  const hi = sizeNumbers.length ? maxOf(sizeNumbers) : 0;
  const scale = scaleSqrt().domain([0, hi > 0 ? hi : 1]).range(SIZE_RANGE);
  nodes.forEach((n, i) => {
    const v = sizeValues[i];
    const base = typeof v === "number" && v >= 0 ? scale(v) : sizeBy === "none" ? BASE_SIZE : SIZE_RANGE[0];
    size.set(n.id, n.kind === "group" ? base * GROUP_FACTOR : base);
  });
  // Under "Colour by: needs attention" a listed client is never a speck (see ATTENTION_MIN_SIZE).
  if (colourBy === ATTENTION_KEY && attention) {
    for (const id of attention.tiers.keys()) if (size.has(id)) size.set(id, Math.max(size.get(id)!, ATTENTION_MIN_SIZE));
  }
  return { colour, size, legend, continuous };
}

/** Sorts "2" before "10". */
function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true });
}

/** A number short enough for a legend: 3 significant digits, integers as they are. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Number(v.toPrecision(3)).toString();
}

/** Tie width in pixels from strength 1–5. */
export function tieWidth(strength: number): number {
  return 0.5 + strength * 0.5;
}
