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
