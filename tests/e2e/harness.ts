// What every browser test file shares: a connection to the one Chromium of the run, a fresh
// page on the built app that records every request (the page's, its workers') so a test can
// assert nothing went to another origin, and helpers that read what the page shows.
// Waits are for what the page shows, never for a fixed time, and they are patient: on a busy
// 2-core machine a step that takes 50 ms alone can take seconds.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import type { Project } from "../../src/core/model/schema.ts";

/** The built page's URL, or "" when the browser tests are skipped (no Chromium). */
export const APP_URL = inject("e2eUrl");
/** True when the browser tests run in this run. */
export const HAS_BROWSER = APP_URL !== "";

/** The sample the page opens with, read from the repository (for expected values). */
export const SAMPLE: Project = JSON.parse(readFileSync(new URL("../../datasets/programme.json", import.meta.url), "utf8"));

/**
 * How long a browser test waits for the page to show something (ms), for `expect.poll`,
 * `waitFor` and every Playwright action: long enough for a loaded 2-core machine, where
 * Chromium, the test runner and other processes share the cores. Only how long a failing test
 * takes to say so depends on it.
 */
export const PATIENCE_MS = 30_000;
/** `{ timeout: PATIENCE_MS }`, for `expect.poll(…, PATIENT)` and `locator.waitFor(PATIENT)`. */
export const PATIENT = { timeout: PATIENCE_MS } as const;
/** For what is heavy work even alone: the first layout, a 6,000-node file, every metric of it. */
export const VERY_PATIENT = { timeout: 6 * PATIENCE_MS } as const;

let browser: Promise<Browser> | undefined;

/** The absolute path of a file of the repository, e.g. `repoFile("datasets/classic/karate.graphml")`. */
export const repoFile = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** A CSV file to give to a file input's `setInputFiles`, made from its text. */
export const csvUpload = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

/** The run's shared Chromium (connected once per test file). */
export function sharedBrowser(): Promise<Browser> {
  return (browser ??= chromium.connect(inject("e2eBrowser")));
}

/** A page on the app, with the requests it made. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Every request URL, from the page, its frames and its workers. */
  requests: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  /** The script URL of every worker the page started. */
  workers: string[];
  /** Requests to any origin but the app's own (blob: and data: URLs of the page are its own). */
  foreignRequests(): string[];
}

/**
 * Opens the app (optionally at `hash`, e.g. `#at=2014-01-01`, with `settings` lowered, e.g.
 * `{ workerReportWork: 1000 }`, and in a `viewport` other than 1400×900) in a new context and
 * waits for the map's counts.
 */
export async function openApp(hash = "", options: { bypassCSP?: boolean; settings?: Record<string, number>; viewport?: { width: number; height: number } } = {}): Promise<AppPage> {
  const context = await (await sharedBrowser()).newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, acceptDownloads: true, bypassCSP: options.bypassCSP ?? false });
  const requests: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  // A step that never happens fails with its own message, well before the test's timeout.
  context.setDefaultTimeout(PATIENCE_MS);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("worker", (worker) => workers.push(worker.url()));
  // Lowered limits go in the address, as `?settings=name:value,…` (src/ui/settings.ts).
  const settings = Object.entries(options.settings ?? {}).map(([name, value]) => `${name}:${value}`).join(",");
  await page.goto(APP_URL + (settings ? `?settings=${settings}` : "") + hash);
  await page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(VERY_PATIENT);
  const origin = new URL(APP_URL).origin;
  return {
    page,
    context,
    requests,
    errors,
    workers,
    foreignRequests: () => requests.filter((url) => !isOwn(url, origin)),
  };
}

/**
 * Asserts that `app`'s page and its workers requested nothing from another origin (or exactly
 * `foreign`, for a test that makes such a request on purpose) and that nothing threw in the page.
 * Every browser test file calls it for each page it opens.
 */
export function expectCleanPage(app: AppPage, foreign: readonly string[] = []): void {
  // The page's own document and scripts at least: an empty log would mean it recorded nothing.
  expect(app.requests.length, "requests the page made").toBeGreaterThan(1);
  expect(app.foreignRequests(), "requests to another origin").toEqual(foreign);
  expect(app.errors, "uncaught errors in the page").toEqual([]);
}

function isOwn(url: string, origin: string): boolean {
  if (url.startsWith("data:")) return true;
  if (url.startsWith("blob:")) return url.startsWith(`blob:${origin}/`);
  return new URL(url).origin === origin;
}

/** The map toolbar's count line, e.g. "Showing 419 of 419 nodes, 635 of 635 ties". */
export function mapCounts(page: Page): Promise<string> {
  return page.locator(".map-toolbar .showing").innerText();
}

/**
 * The map stage's screenshot once the map has come to rest (the camera's move to a node, a
 * drag's inertia, a zoom, a fade): two screenshots in a row, each after two new frames, that
 * are the same to the byte.
 */
export async function stillMap(page: Page): Promise<Buffer> {
  const stage = page.locator(".map-stage");
  const nextFrames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  let previous: Buffer | undefined;
  let shot: Buffer = Buffer.alloc(0);
  await expect.poll(async () => {
    await nextFrames();
    shot = await stage.screenshot();
    const same = previous !== undefined && previous.equals(shot);
    previous = shot;
    return same;
  }, { ...PATIENT, message: "the map comes to rest" }).toBe(true);
  return shot;
}

/** Selects a node through the search box (Enter), as a user would with `/`. */
export async function searchFor(page: Page, text: string): Promise<void> {
  const box = page.getByRole("searchbox", { name: "Find a node by name or id" });
  await box.fill(text);
  await box.press("Enter");
}

/**
 * How many pixels of a PNG (from a screenshot or a download) differ from white by more than
 * `tolerance` in any channel, decoded by the browser itself; also the image's size.
 */
export async function inkedPixels(page: Page, png: Buffer, tolerance = 24): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async ({ base64, tolerance }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (255 - data[i] > tolerance || 255 - data[i + 1] > tolerance || 255 - data[i + 2] > tolerance)) inked++;
    }
    return { width: canvas.width, height: canvas.height, inked };
  }, { base64: png.toString("base64"), tolerance });
}

/**
 * One page on the app for the tests of a file (or `describe` block): opened by `open` before the
 * first test, checked after each (`expectCleanPage`), closed after the last. The returned object
 * stands for the page once it is open: `const app = appForFile(); … const { page } = app;` inside
 * a test.
 */
export function appForFile(open: () => Promise<AppPage> = () => openApp()): AppPage {
  let opened: AppPage | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterEach(() => {
    if (opened) expectCleanPage(opened);
  });
  afterAll(async () => {
    await opened?.context.close();
  });
  const app = (): AppPage => {
    if (!opened) throw new Error("appForFile: the page is used before it was opened (use it inside a test)");
    return opened;
  };
  return {
    get page() { return app().page; },
    get context() { return app().context; },
    get requests() { return app().requests; },
    get errors() { return app().errors; },
    get workers() { return app().workers; },
    foreignRequests: () => app().foreignRequests(),
  };
}

/** Opens the app and waits until its first layout has settled (it stops by itself), so clicks meet nodes that stay put. */
export async function openAppAtRest(): Promise<AppPage> {
  const app = await openApp();
  await app.page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
  return app;
}

/**
 * Pages opened one per test: `const pages = pagePerTest(); … const app = await pages.open(hash)`.
 * Each page opened through it is checked after its test (`expectCleanPage`) and closed.
 */
export function pagePerTest(): { open: typeof openApp } {
  let opened: AppPage[] = [];
  afterEach(async () => {
    const done = opened;
    opened = [];
    for (const app of done) {
      expectCleanPage(app);
      await app.context.close();
    }
  });
  return {
    open: async (...args) => {
      const app = await openApp(...args);
      opened.push(app);
      return app;
    },
  };
}
