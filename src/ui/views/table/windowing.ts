// Windowing: which rows of a long table to put in the page for a scroll position, so 20,000
// rows cost no more to draw than the forty or so in view.

/** The rows to render and the space to leave above and below them. */
export interface RowWindow {
  /** First row to render (inclusive). */
  first: number;
  /** Row after the last to render (exclusive). */
  last: number;
  /** Pixels of space standing in for the rows above `first`. */
  before: number;
  /** Pixels of space standing in for the rows from `last` on. */
  after: number;
}

/**
 * The window for a scroll container `viewport` pixels tall scrolled to `scrollTop`, over
 * `total` rows of `rowHeight` pixels, with `overscan` extra rows on each side for smooth scrolling.
 */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8): RowWindow {
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const first = Math.min(top, total);
  const last = Math.min(total, Math.ceil((scrollTop + Math.max(viewport, 0)) / rowHeight) + overscan);
  const end = Math.max(first, last);
  return { first, last: end, before: first * rowHeight, after: (total - end) * rowHeight };
}

/** The scroll position that brings row `index` into view, or undefined when it already is. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number, header = 0): number | undefined {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const bottom = top + rowHeight + header;
  if (bottom > scrollTop + viewport) return bottom - viewport;
  return undefined;
}
