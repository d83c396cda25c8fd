// How smoothly the page runs while the metrics Worker computes, measured in headless Chromium on
// the sample programme (datasets/programme.json) as a user meets it: a requestAnimationFrame
// heartbeat and a long-task observer record every frame (1) while the "Indicators ⤓" button has
// the worker compute the network indicators at every quarter, and (2) while a step back to the
// largest quarter (2013-01-01, 645 nodes) redraws the map, fades, and has a metrics worker
// recompute the report. Prints a table. These are measurements, not tests: the browser test
// (tests/e2e/responsive.test.ts) checks what happens, not how fast.
// Run: npx tsx scripts/measure-responsive.ts [--runs 3] [--gpu-compositing]
//      (the default is the browser tests' set-up: software compositing, where the main thread
//      reads every WebGL frame back; --gpu-compositing composites as a machine with a GPU does)
import type { Page } from "playwright-core";
import { DEFAULT_SETTINGS } from "../src/ui/settings.ts";
import { buildPage } from "./browser/buildPage.ts";
import { CHROMIUM_ARGS, GPU_COMPOSITING_ARGS, launchChromium } from "./browser/chromium.ts";
import { serveFolder } from "./browser/staticServer.ts";
import { frameGaps, ms, quantile, readTrace, traceScript, waitForMark, type Trace } from "./browser/frameTrace.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
/** How many times each phase is measured (each run in a fresh page). */
const RUNS = arg("runs", 3);
const GPU_COMPOSITING = process.argv.includes("--gpu-compositing");
const VIEWPORT = { width: 1400, height: 900 };
/** The quarter with the most people in the sample, and the one after it. */
const LARGEST = "2013-01-01";
const AFTER_LARGEST = "2013-04-01";
/** Generous limits for each wait, so a stuck page ends the measurement with a message. */
const PAGE_LIMIT = { timeout: 120_000 } as const;

// Watchers installed in the page (scripts/browser/frameTrace.ts). Marks: "click" when the
// indicators button or the step button is pressed, "indicators" when the status says they are
// saved, "computing" and "ready" when the header status enters and leaves its computing phase.
const HEARTBEAT = traceScript(`  for (const button of document.querySelectorAll(".indicators-button, button[aria-label='Previous step']")) {
    button.addEventListener("click", () => { trace.marks.click ??= performance.now(); }, { capture: true });
  }
  const status = document.querySelector("header .status");
  new MutationObserver(() => {
    const text = status.textContent || "";
    if (text.startsWith("Indicators for")) trace.marks.indicators ??= performance.now();
    if (text.endsWith("computing…")) trace.marks.computing ??= performance.now();
    else if (trace.marks.computing !== undefined) trace.marks.ready ??= performance.now();
  }).observe(status, { childList: true, characterData: true, subtree: true });`);

interface Phase {
  /** Seconds from the click to the end of the phase. */
  seconds: number;
  /** Frame gaps in the phase, sorted (ms). */
  gaps: number[];
  /** Durations of the main thread's long tasks in the phase (ms). */
  longTasks: number[];
}

async function main(): Promise<void> {
  const build = await buildPage();
  const server = await serveFolder(build.outDir);
  const browser = await launchChromium(GPU_COMPOSITING ? GPU_COMPOSITING_ARGS : CHROMIUM_ARGS);
  console.log(`Sample programme (datasets/programme.json); page ${VIEWPORT.width}×${VIEWPORT.height}; WebGL on SwiftShader, ${GPU_COMPOSITING ? "GPU (SwiftShader)" : "software"} compositing; ${RUNS} run(s), each in a fresh page`);
  const indicators: Phase[] = [];
  const step: Phase[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
      const page = await context.newPage();
      page.on("pageerror", (error) => console.error("page error:", error.message));
      await page.goto(server.url);
      await page.getByRole("button", { name: "Layout", exact: true }).waitFor(PAGE_LIMIT); // the sample's first layout
      await page.waitForTimeout(1_000); // the first report and redraws settle
      indicators.push(await measureIndicators(page));
      step.push(await measureStep(page));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await build.remove();
  }
  console.log("\n| while … | runs | seconds (median) | frames | median frame | 95th percentile | longest gap | main thread busy (tasks > 50 ms) | longest task |\n|---|---|---|---|---|---|---|---|---|");
  row("the worker computes the indicators at every quarter (13), click to saved", indicators);
  row(`a step back to ${LARGEST} (645 nodes) redraws, fades and gets its metrics, click to metrics shown and fade ended`, step);
}

/** Presses "Indicators ⤓" with the timeline set to quarters and records until they are saved. */
async function measureIndicators(page: Page): Promise<Phase> {
  await page.locator(".timeline select").selectOption("quarter");
  await page.evaluate(HEARTBEAT);
  await Promise.all([page.waitForEvent("download", PAGE_LIMIT), page.getByRole("button", { name: "Indicators ⤓" }).click()]);
  await waitForMark(page, "indicators", PAGE_LIMIT.timeout);
  return phase(await readTrace(page), "indicators");
}

/**
 * Steps back from the quarter after the largest to the largest and records until its metrics
 * are shown and the map's fade has ended, whichever is later.
 */
async function measureStep(page: Page): Promise<Phase> {
  const date = page.locator(".timeline input[type=date]");
  await date.fill(AFTER_LARGEST);
  await page.waitForTimeout(1_500); // the fade, the metrics pause (150 ms) and the report settle
  await page.evaluate(HEARTBEAT);
  await page.getByRole("button", { name: "Previous step" }).click();
  await waitForMark(page, "ready", PAGE_LIMIT.timeout);
  await page.waitForFunction((fade) => {
    const marks = (window as unknown as { __trace: Trace }).__trace.marks;
    return performance.now() > marks.click + fade;
  }, DEFAULT_SETTINGS.fadeMs, PAGE_LIMIT);
  await page.evaluate((fade) => {
    const marks = (window as unknown as { __trace: Trace }).__trace.marks;
    marks.end = Math.max(marks.ready, marks.click + fade);
  }, DEFAULT_SETTINGS.fadeMs);
  const shown = await date.inputValue();
  if (shown !== LARGEST) throw new Error(`the step went to ${shown}, not ${LARGEST}: is the timeline still set to quarters?`);
  return phase(await readTrace(page), "end");
}

/** The phase from the "click" mark to `end`. */
function phase(t: Trace, end: string): Phase {
  const from = t.marks.click;
  const to = t.marks[end];
  return {
    seconds: (to - from) / 1000,
    gaps: frameGaps(t.frames, from, to),
    longTasks: t.longTasks.filter(([start]) => start >= from && start < to).map(([, d]) => d),
  };
}

/** Prints one table row: the median over runs of each figure, and the worst longest gap. */
function row(name: string, phases: Phase[]): void {
  const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
  const gaps = phases.map((p) => p.gaps);
  const longest = Math.max(...gaps.map((g) => g.at(-1) ?? NaN));
  const busy = phases.map((p) => p.longTasks.reduce((a, b) => a + b, 0));
  console.log(`| ${name} | ${phases.length} | ${median(phases.map((p) => p.seconds)).toFixed(2)} s | ${median(gaps.map((g) => g.length))} | ${ms(median(gaps.map((g) => quantile(g, 0.5))))} | ${ms(median(gaps.map((g) => quantile(g, 0.95))))} | ${ms(longest)} (worst run) | ${ms(median(busy))} | ${ms(Math.max(0, ...phases.flatMap((p) => p.longTasks)))} |`);
}

await main();
