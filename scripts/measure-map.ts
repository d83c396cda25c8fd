// How the map copes with a large network, measured in headless Chromium as a user meets it: a
// 20,000-node, ~60,000-tie preferential-attachment graph is opened through "Open files…" in the
// built page, and a requestAnimationFrame heartbeat records every frame while the file opens,
// while the layout runs, and while the map is panned and zoomed with the mouse. Prints a table.
// Run: npx tsx scripts/measure-map.ts [--nodes 20000] [--edges-per-node 3] [--width 1400 --height 900]
//      [--software-compositing] (Chromium's headless default, where the main thread reads every WebGL frame back)
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { preferentialAttachment } from "../src/core/generate/preferentialAttachment.ts";
import { buildPage } from "./browser/buildPage.ts";
import { CHROMIUM_ARGS, GPU_COMPOSITING_ARGS, launchChromium } from "./browser/chromium.ts";
import { serveFolder } from "./browser/staticServer.ts";
import { frameGaps, ms, quantile, readTrace, traceScript, waitForMark, type Trace } from "./browser/frameTrace.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg("nodes", 20_000);
const EDGES_PER_NODE = arg("edges-per-node", 3);
const VIEWPORT = { width: arg("width", 1400), height: arg("height", 900) };
const SOFTWARE_COMPOSITING = process.argv.includes("--software-compositing");
/** How long the mouse pans, and how many wheel steps zoom (half in, half out). */
const PAN_MS = 4_000;
const WHEEL_STEPS = 16;
/** The longest the layout may take before the measurement gives up on it. */
const LAYOUT_LIMIT_MS = 240_000;

// Watchers installed in the page (scripts/browser/frameTrace.ts).
const HEARTBEAT = traceScript(`  const counts = document.querySelector(".map-toolbar .showing");
  new MutationObserver(() => {
    if (counts.textContent.startsWith("Showing ${NODES} of ${NODES} nodes") && trace.marks.counts === undefined) {
      trace.marks.counts = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { trace.marks.drawn = performance.now(); console.timeStamp("drawn"); }));
    }
  }).observe(counts, { childList: true, characterData: true, subtree: true });
  const input = document.querySelector("header input[type=file][multiple]");
  input.addEventListener("change", () => { trace.marks.open = performance.now(); console.timeStamp("open"); }, { capture: true });`);

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "recovery-networks-measure-"));
  const file = join(folder, `pa-${NODES}.json`);
  const project = preferentialAttachment({ nodes: NODES, edgesPerNode: EDGES_PER_NODE, seed: 1 });
  await writeFile(file, JSON.stringify(project));
  console.log(`Generated ${project.nodes.length} nodes, ${project.ties.length} ties (preferential attachment, m = ${EDGES_PER_NODE}, seed 1); page ${VIEWPORT.width}×${VIEWPORT.height}; WebGL on SwiftShader, ${SOFTWARE_COMPOSITING ? "software" : "GPU (SwiftShader)"} compositing`);

  const build = await buildPage();
  const server = await serveFolder(build.outDir);
  const browser = await launchChromium(SOFTWARE_COMPOSITING ? CHROMIUM_ARGS : GPU_COMPOSITING_ARGS);
  try {
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    page.on("pageerror", (error) => console.error("page error:", error.message));
    await page.goto(server.url);
    await page.locator(".map-toolbar .showing").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor({ timeout: 60_000 }); // the sample's own layout
    await page.evaluate(HEARTBEAT);
    // A Chromium trace of the whole measurement shows how long the main thread waited for the
    // (software) GPU to hand WebGL pixels back, as opposed to working itself.
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "gpu"] });

    await page.locator("header input[type=file][multiple]").setInputFiles(file);
    await waitForMark(page, "drawn", 120_000);
    const inked = await inkedShare(page);
    await mark(page, "layoutStart");
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor({ timeout: LAYOUT_LIMIT_MS });
    await mark(page, "layoutEnd");
    await page.waitForTimeout(1_000);

    const stage = (await page.locator(".map-stage").boundingBox())!;
    const cx = stage.x + stage.width / 2;
    const cy = stage.y + stage.height / 2;
    await mark(page, "panStart");
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    // One move every 16 ms for PAN_MS, or fewer when the page takes longer to answer each.
    const until = Date.now() + PAN_MS;
    for (let i = 0; Date.now() < until; i++) {
      await page.mouse.move(cx + (stage.width / 4) * Math.sin(i / 12), cy + (stage.height / 5) * Math.cos(i / 15));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
    await mark(page, "panEnd");
    await mark(page, "zoomStart");
    for (let i = 0; i < WHEEL_STEPS; i++) {
      await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -120 : 120);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    await mark(page, "zoomEnd");

    const chromeTrace = mainThreadTrace(await browser.stopTracing());
    const trace = await readTrace(page);
    const m = trace.marks;
    const rows: [string, string][] = [
      ["file chosen → counts shown", ms(m.counts - m.open)],
      ["file chosen → map drawn (2 frames later)", ms(m.drawn - m.open)],
      ["share of the stage drawn on (non-white pixels)", `${(inked * 100).toFixed(1)} %`],
      ["layout running (until it stops by itself)", ms(m.layoutEnd - m.layoutStart)],
    ];
    console.log("\n| measure | value |\n|---|---|");
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    console.log("\n| phase | frames | median frame | 95th percentile | longest gap | main thread busy (tasks > 50 ms) | longest task | of which waiting to read WebGL pixels back |\n|---|---|---|---|---|---|---|---|");
    const phases = [["opening the file", "open", "drawn"], ["layout running", "layoutStart", "layoutEnd"], ["panning (drag)", "panStart", "panEnd"], ["zooming (wheel)", "zoomStart", "zoomEnd"]] as const;
    for (const [name, fromMark, toMark] of phases) {
      const from = m[fromMark];
      const to = m[toMark];
      const split = chromeTrace.split(fromMark, toMark);
      const gaps = frameGaps(trace.frames, from, to);
      const tasks = trace.longTasks.filter(([start]) => start >= from && start < to).map(([, d]) => d);
      const busy = tasks.reduce((a, b) => a + b, 0);
      console.log(`| ${name} | ${gaps.length} | ${ms(quantile(gaps, 0.5))} | ${ms(quantile(gaps, 0.95))} | ${ms(gaps.at(-1) ?? NaN)} | ${ms(busy)} of ${ms(to - from)} | ${ms(Math.max(0, ...tasks))} | ${ms(split.readback)} |`);
    }
  } finally {
    await browser.close();
    await server.close();
    await build.remove();
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The renderer main thread's waits to read WebGL pixels back (GLES2::ReadPixels: software
 * compositing reading each frame, sigma reading its picking buffer under the pointer) from a
 * Chromium trace, between two of the page's marks.
 */
function mainThreadTrace(buffer: Buffer): { split(from: string, to: string): { readback: number } } {
  type Event = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };
  const parsed = JSON.parse(buffer.toString("utf8")) as { traceEvents: Event[] } | Event[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === "X" && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`));
  const stamps = new Map<string, number>();
  for (const e of events) if (e.name === "TimeStamp" && typeof (e.args as { data?: { message?: string } })?.data?.message === "string") stamps.set((e.args as { data: { message: string } }).data.message, e.ts);
  const sum = (name: string, from: number, to: number) =>
    onMain.filter((e) => e.name === name && e.ts >= from && e.ts < to).reduce((a, e) => a + e.dur! / 1000, 0);
  return {
    split(from, to) {
      const a = stamps.get(from);
      const b = stamps.get(to);
      if (a === undefined || b === undefined) return { readback: NaN };
      return { readback: sum("GLES2::ReadPixels", a, b) };
    },
  };
}

/** Records `performance.now()` in the page under `name`. */
async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    (window as unknown as { __trace: Trace }).__trace.marks[n] = performance.now();
    console.timeStamp(n);
  }, name);
}

/** Share of the map stage's pixels that are not white, from a screenshot decoded by the page. */
async function inkedShare(page: Page): Promise<number> {
  const png = await page.locator(".map-stage").screenshot();
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = "data:image/png;base64,${png.toString("base64")}";
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 231 || data[i + 1] < 231 || data[i + 2] < 231) inked++;
    return inked / (data.length / 4);
  })()`);
}

await main();
