// Map labels that never overlap. sigma keeps one label per grid cell, but labels in neighbouring
// cells still ran into each other ("Maidstone AA meeting" over "Maidstone Recovery Café"). This
// label drawer remembers the boxes drawn in the current frame and skips a label that would cover
// one; labels sigma is told to force (the selected node, the hovered neighbourhood) are always drawn.
import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

/** A label's box in viewport pixels. */
export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };

/** A label drawer for sigma's `defaultDrawNodeLabel`, reset at the start of every frame. */
export interface LabelPlacer {
  /** Draws the label unless it would overlap one already drawn in this frame (forced labels always). */
  draw<N extends Attributes, E extends Attributes, G extends Attributes>(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void;
  /** Forgets the boxes: call on sigma's `beforeRender`. */
  reset(): void;
  /** The nodes whose labels were drawn in the last frame (for exports that show what is on screen). */
  drawn(): ReadonlySet<string>;
}

/** Pixels kept clear around each label. */
const MARGIN = 2;

/** Creates a label placer (one per renderer). */
export function createLabelPlacer(): LabelPlacer {
  let boxes: LabelBox[] = [];
  let keys = new Set<string>();
  return {
    draw(context, data, settings) {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      // The text starts size + 3 px right of the centre, its baseline a third of a line below it
      // (sigma's drawDiscNodeLabel).
      const x1 = data.x + data.size + 3 - MARGIN;
      const box = { x1, y1: data.y - size * 0.75 - MARGIN, x2: x1 + context.measureText(data.label).width + 2 * MARGIN, y2: data.y + size / 3 + 3 + MARGIN };
      if (!data.forceLabel && boxes.some((b) => boxesOverlap(b, box))) return;
      boxes.push(box);
      if (data.key !== undefined) keys.add(data.key);
      // As sigma's drawDiscNodeLabel (not imported: sigma/rendering needs WebGL to load).
      const colour = settings.labelColor.attribute ? (data as Record<string, unknown>)[settings.labelColor.attribute] : undefined;
      context.fillStyle = typeof colour === "string" ? colour : settings.labelColor.color || "#000";
      context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
    },
    reset() {
      boxes = [];
      keys = new Set();
    },
    drawn: () => keys,
  };
}
