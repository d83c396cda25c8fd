// Where the timeline's wave labels go so that none overlaps another: each label sits just right of
// its wave's mark (left of it when it would pass the axis's end), on the first of a few rows where
// it clears the label before it; a label that fits on no row is left out (its mark stays, and
// says the wave's name on hover). Pure arithmetic on widths, so it is tested without a page.

/** One wave's label to place: its mark's position on the axis and the label's width, in pixels. */
export interface WaveLabelInput {
  x: number;
  width: number;
}

/** Where a label goes: its row (0 is the top) and its text span `[left, right]` on the axis. */
export interface WaveLabelPlace {
  row: number;
  /** `start`: the text begins just right of the mark; `end`: it ends just left of it. */
  anchor: "start" | "end";
  left: number;
  right: number;
}

/** How the labels are laid out; pixels. */
export interface WaveLabelOptions {
  /** The axis's width: no label passes it. */
  axisWidth: number;
  /** How many rows the labels may use (at least 1). */
  rows: number;
  /** Space between the mark and its label's text. */
  offset: number;
  /** The least space between two labels on one row. */
  gap: number;
}

/**
 * Places `labels` (in the order given, normally by date) greedily, left to right: each on the first
 * row whose last label ends at least `gap` before it starts, or nowhere (undefined: thinned out)
 * when no row has room. Labels that would pass `axisWidth` are anchored at their mark's end.
 * Errors: throws when `rows` is not a whole number of at least 1.
 */
export function placeWaveLabels(labels: readonly WaveLabelInput[], options: WaveLabelOptions): (WaveLabelPlace | undefined)[] {
  const { axisWidth, rows, offset, gap } = options;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`recovery-networks/waveLabels: rows must be a whole number of at least 1, not ${rows}`);
  const rowEnds: number[] = Array.from({ length: rows }, () => Number.NEGATIVE_INFINITY);
  return labels.map(({ x, width }) => {
    const anchor = x + offset + width > axisWidth ? "end" : "start";
    const left = anchor === "start" ? x + offset : x - offset - width;
    const right = left + width;
    const row = rowEnds.findIndex((end) => left >= end + gap);
    if (row < 0) return undefined;
    rowEnds[row] = right;
    return { row, anchor, left, right };
  });
}
