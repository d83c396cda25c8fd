// What the measuring scripts install in the page to see how smoothly it runs: every animation
// frame's time, the main thread's long tasks, and named moments ("marks") that each script's own
// watchers set. Installed as a string, so no bundler helper is needed in the page.
import type { Page } from "playwright-core";

/** What the page records: every frame's time, the main thread's long tasks, and named moments. */
export interface Trace {
  /** `performance.now()` of every animation frame, in ms. */
  frames: number[];
  /** [start, duration] in ms of every task that kept the main thread busy for over 50 ms. */
  longTasks: [number, number][];
  /** Named moments (`performance.now()`, ms), set by the watchers given to `traceScript`. */
  marks: Record<string, number>;
}

/**
 * The script that starts recording in the page: frames and long tasks, then `watchers`, plain
 * JavaScript run in the same scope, which set `trace.marks.<name> = performance.now()` when
 * something happens (a status line changes, a button is pressed …).
 */
export function traceScript(watchers: string): string {
  return `(() => {
  const trace = { frames: [], longTasks: [], marks: {} };
  window.__trace = trace;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) trace.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask" });
  const frame = (now) => { trace.frames.push(now); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
${watchers}
})()`;
}

/** Waits until the page's trace has the mark `name` (polling every 100 ms, up to `timeout` ms). */
export async function waitForMark(page: Page, name: string, timeout: number): Promise<void> {
  await page.waitForFunction((mark) => (window as unknown as { __trace: Trace }).__trace.marks[mark] !== undefined, name, { timeout, polling: 100 });
}

/** The page's trace as recorded so far. */
export function readTrace(page: Page): Promise<Trace> {
  return page.evaluate(() => (window as unknown as { __trace: Trace }).__trace);
}

/** Intervals (ms) between frames inside [from, to], sorted; the time from the last frame to `to` counts as one. */
export function frameGaps(frames: number[], from: number, to: number): number[] {
  const inside = frames.filter((t) => t > from && t <= to);
  const gaps = inside.map((t, i) => t - (i === 0 ? from : inside[i - 1]));
  gaps.push(to - (inside.at(-1) ?? from));
  return gaps.sort((a, b) => a - b);
}

/** The `q` quantile (0–1) of ascending `sorted`, by the nearest rank below; NaN when empty. */
export function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/** Milliseconds as a reader wants them: "16.7 ms", "1.12 s", or "—" for no value. */
export function ms(v: number): string {
  return Number.isFinite(v) ? (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`) : "—";
}
