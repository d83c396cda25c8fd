// The page on a support worker's 1024×700 laptop screen: the header's status line is readable,
// the side panels fold away (by keyboard and by mouse) and the map follows the wider centre, the
// timeline's wave labels never overlap from 800 to 1600 pixels wide, a view's own choices survive
// a switch to another tab and back (the map its zoom too), and axe-core finds no WCAG 2 A/AA violation on the page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { HAS_BROWSER, inkedPixels, mapCounts, pagePerTest, PATIENT, SAMPLE, stillMap, VERY_PATIENT } from "./harness.ts";

const LAPTOP = { width: 1024, height: 700 };
/** The side panels' widths open and folded (styles.css). */
const LEFT_OPEN = 240;
const RIGHT_OPEN = 300;
const FOLDED = 36;

/** axe-core's script, run in the page through the test's connection (no script tag, so the page's policy stays as it is). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2 A and AA rules the page breaks, as "rule: what (where, …)". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/** The width of an element on the page, in CSS pixels. */
const widthOf = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);

/** The map stage's size and the size of each of sigma's canvases, drawn and in device pixels. */
function mapSizes(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>(".map-stage")!;
    const ratio = window.devicePixelRatio;
    return {
      stage: [stage.clientWidth, stage.clientHeight],
      canvases: [...stage.querySelectorAll("canvas")].map((c) => {
        const box = c.getBoundingClientRect();
        return [box.width, box.height, c.width / ratio, c.height / ratio];
      }),
    };
  });
}

/** Asserts, waiting for the map's next frames, that every canvas of the map is the stage's size. */
async function expectMapFillsStage(page: Page): Promise<void> {
  await expect.poll(async () => {
    const { stage, canvases } = await mapSizes(page);
    return canvases.length > 0 && canvases.every(([w, h, cw, ch]) => w === stage[0] && h === stage[1] && cw === stage[0] && ch === stage[1]);
  }, { ...PATIENT, message: "every canvas of the map is its stage's size" }).toBe(true);
}

/** The share of pixels (0–1) that differ between two PNGs of the same size, decoded by the page. */
function differentShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a64, b64]) => {
    const pixels = async (base64: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const [p, q] = [await pixels(a64), await pixels(b64)];
    if (p.length !== q.length) return 1;
    let differ = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) differ++;
    }
    return differ / (p.length / 4);
  }, [a.toString("base64"), b.toString("base64")]);
}

/** The wave labels of the timeline that are drawn, with their boxes on the page. */
function waveLabelBoxes(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll<SVGTextElement>(".time-axis .wave-label")].map((t) => {
    const box = t.getBoundingClientRect();
    // The label's own text, without its <title> (the wave's date, shown on hover).
    return { text: t.firstChild!.textContent!.trim(), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  }));
}

describe.skipIf(!HAS_BROWSER)("the page on a 1024×700 laptop screen", () => {
  const pages = pagePerTest();

  test("the header shows the title, the status line and every action, none squeezed to nothing", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    // A long message, put in and measured in one step so that no message of the page replaces it meanwhile.
    const message = "Opened nodes.csv, ties.csv, observations.csv and waves.csv: 419 nodes, 635 ties, 13 waves; 2 warnings";
    const boxes = await page.evaluate((text) => {
      const box = (e: Element) => {
        const b = e.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height };
      };
      const header = document.querySelector("header")!;
      const status = header.querySelector<HTMLElement>(".status")!;
      status.textContent = text;
      return {
        shown: status.innerText,
        title: box(header.querySelector("h1")!),
        status: box(status),
        statusScroll: status.scrollWidth,
        // Every control shown in the actions, also inside a group of them (the privacy choices).
        controls: [...header.querySelectorAll<HTMLElement>(".header-actions button, .header-actions label, .header-actions select")].filter((c) => c.checkVisibility()).map(box),
      };
    }, message);
    expect(boxes.shown).toBe(message);
    // The status line is under the title, as wide as the title's block, and shows all its text.
    expect(boxes.status.top).toBeGreaterThanOrEqual(boxes.title.bottom);
    expect(boxes.status.width).toBeGreaterThan(500);
    expect(boxes.status.height).toBeGreaterThan(10);
    expect(boxes.statusScroll).toBeLessThanOrEqual(Math.ceil(boxes.status.width));
    expect(await page.locator("header h1").innerText()).toBe(SAMPLE.meta.title);
    // Every action is on the screen, whole.
    expect(boxes.controls.length).toBeGreaterThanOrEqual(6);
    for (const control of boxes.controls) {
      expect(control.width).toBeGreaterThan(20);
      expect(control.left).toBeGreaterThanOrEqual(0);
      expect(control.right).toBeLessThanOrEqual(LAPTOP.width);
    }
  });

  test("the left panel starts folded; both panels fold and open by keyboard and mouse, the centre widens and the map follows", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    // Once the first layout has stopped, nothing else redraws the map: it must follow its stage by itself.
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
    const left = page.getByRole("button", { name: "Appearance and filters" });
    const right = page.getByRole("button", { name: "Node details" });
    expect(await left.getAttribute("aria-expanded")).toBe("false");
    expect(await left.getAttribute("aria-controls")).toBe("left-panel-content");
    expect(await page.locator("#left-panel-content").isHidden()).toBe(true);
    expect(await right.getAttribute("aria-expanded")).toBe("true");
    expect(await right.getAttribute("aria-controls")).toBe("right-panel-content");
    expect(await page.locator("#right-panel-content").isVisible()).toBe(true);
    expect(await widthOf(page, ".panel.left")).toBe(FOLDED);
    const centre = await widthOf(page, ".centre");
    expect(centre).toBe(LAPTOP.width - FOLDED - RIGHT_OPEN);
    await expectMapFillsStage(page);

    // Keyboard: Enter opens the left panel, Space folds it again; the focus stays on the toggle.
    await left.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => left.getAttribute("aria-expanded"), PATIENT).toBe("true");
    expect(await page.locator("#left-panel-content").isVisible()).toBe(true);
    await expect.poll(() => widthOf(page, ".centre"), PATIENT).toBe(centre - (LEFT_OPEN - FOLDED));
    await expectMapFillsStage(page);
    await page.keyboard.press("Space");
    await expect.poll(() => left.getAttribute("aria-expanded"), PATIENT).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-controls"))).toBe("left-panel-content");
    await expect.poll(() => widthOf(page, ".centre"), PATIENT).toBe(centre);

    // Mouse: folding the details panel gives the centre its width, and the map is drawn across it.
    await right.click();
    await expect.poll(() => right.getAttribute("aria-expanded"), PATIENT).toBe("false");
    expect(await page.locator("#right-panel-content").isHidden()).toBe(true);
    await expect.poll(() => widthOf(page, ".centre"), PATIENT).toBe(centre + RIGHT_OPEN - FOLDED);
    await expectMapFillsStage(page);
    const shot = await inkedPixels(page, await stillMap(page));
    expect(shot.width).toBe((await mapSizes(page)).stage[0]);
    // The network is drawn, not a blank stage: thousands of coloured pixels.
    expect(shot.inked).toBeGreaterThan(2_000);
    expect(await mapCounts(page)).toMatch(/^Showing \d+ of \d+ nodes/);

    // The choices are remembered in this browser: after a reload the panels are as the user left them.
    await left.click();
    await page.reload();
    await page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(VERY_PATIENT);
    expect(await page.getByRole("button", { name: "Appearance and filters" }).getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("button", { name: "Node details" }).getAttribute("aria-expanded")).toBe("false");
    expect(await widthOf(page, ".centre")).toBe(LAPTOP.width - LEFT_OPEN - FOLDED);
    await expectMapFillsStage(page);
  });

  test("no two wave labels of the timeline overlap at any width from 800 to 1600 pixels", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    const shownAt: Record<number, string[]> = {};
    for (const width of [1024, 800, 900, 1280, 1400, 1600]) {
      await page.setViewportSize({ width, height: 800 });
      // The axis is redrawn for the track's new width.
      await expect.poll(() => page.evaluate(() => {
        const track = document.querySelector<HTMLElement>(".time-track")!;
        return Number(document.querySelector(".time-axis")!.getAttribute("width")) === Math.max(200, track.clientWidth);
      }), PATIENT).toBe(true);
      const labels = await waveLabelBoxes(page);
      shownAt[width] = labels.map((l) => l.text);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `"${a.text}" and "${b.text}" at ${width} px`).toBe(true);
        }
      }
    }
    // Every wave is named at 1024 (the sample's 13 quarterly reviews), and the first one at every width.
    expect(shownAt[1024]).toEqual(SAMPLE.waves.map((w) => w.label));
    for (const width of [800, 900, 1280, 1400, 1600]) expect(shownAt[width][0]).toBe("Baseline");
    expect(shownAt[1600]).toEqual(SAMPLE.waves.map((w) => w.label));
  });

  test("the Needs attention filters and the Tables view's table, sort and filter are as left after another tab", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    const tab = (name: string) => page.getByRole("tab", { name, exact: true });

    await tab("Needs attention").click();
    const hub = page.getByTestId("attention-filter-hub");
    await hub.waitFor(PATIENT);
    const everyone = await page.getByTestId("attention-summary").innerText();
    await hub.selectOption("Maidstone");
    const summary = page.getByTestId("attention-summary");
    await expect.poll(() => summary.innerText(), PATIENT).toMatch(/; \d+ shown with the filters\./);
    const filtered = await summary.innerText();
    const rows = await page.locator("[data-testid=attention-table] tbody tr").count();
    await tab("Map").click();
    await page.locator(".map-stage").waitFor(PATIENT);
    await tab("Needs attention").click();
    await expect.poll(() => page.getByTestId("attention-filter-hub").inputValue(), PATIENT).toBe("Maidstone");
    expect(await summary.innerText()).toBe(filtered);
    expect(filtered).not.toBe(everyone);
    expect(await page.locator("[data-testid=attention-table] tbody tr").count()).toBe(rows);

    await tab("Tables").click();
    const view = page.getByTestId("table-view");
    await view.waitFor(PATIENT);
    await view.locator('button[data-table="ties"]').click();
    const strength = view.locator('th[data-key="strength"]');
    await strength.locator("button").click();
    await expect.poll(() => strength.getAttribute("aria-sort"), PATIENT).toBe("descending");
    await strength.locator("button").click();
    await expect.poll(() => view.locator('th[data-key="strength"]').getAttribute("aria-sort"), PATIENT).toBe("ascending");
    await view.getByRole("searchbox").fill("risk");
    const count = view.locator(".table-count");
    await expect.poll(() => count.innerText(), PATIENT).toMatch(/^Showing \d+ of \d+ ties$/);
    const counted = await count.innerText();
    const firstRow = await view.locator("tbody tr:not(.spacer)").first().innerText();
    await tab("Dashboard").click();
    await expect.poll(() => view.count(), PATIENT).toBe(0);
    await tab("Tables").click();
    await view.waitFor(PATIENT);
    expect(await view.locator('button[data-table="ties"]').getAttribute("aria-pressed")).toBe("true");
    expect(await view.locator('th[data-key="strength"]').getAttribute("aria-sort")).toBe("ascending");
    expect(await view.getByRole("searchbox").inputValue()).toBe("risk");
    expect(await count.innerText()).toBe(counted);
    expect(await view.locator("tbody tr:not(.spacer)").first().innerText()).toBe(firstRow);
    // The nodes table kept its own (unsorted) state.
    await view.locator('button[data-table="nodes"]').click();
    expect(await view.locator("th[aria-sort=ascending], th[aria-sort=descending]").count()).toBe(0);
  });

  test("the map keeps its zoom and the dashboard its comparison after another tab", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    const tab = (name: string) => page.getByRole("tab", { name, exact: true });
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
    const whole = await stillMap(page);
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    const zoomed = await stillMap(page);
    // Zooming in changes most of the picture.
    expect(await differentShare(page, zoomed, whole)).toBeGreaterThan(0.05);
    await tab("Needs attention").click();
    await page.getByTestId("attention-table").waitFor(PATIENT);
    await tab("Map").click();
    await page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(PATIENT);
    // The same picture (drawn afresh, a few edge pixels may blend differently): the camera is where
    // it was left, not back on the whole network.
    expect(await differentShare(page, await stillMap(page), zoomed)).toBeLessThan(0.005);

    await tab("Dashboard").click();
    const compare = page.getByRole("combobox", { name: "Compare by" });
    await compare.selectOption("hub");
    await expect.poll(() => page.locator(".dashboard-status").innerText(), VERY_PATIENT).toMatch(/^\d+ steps by wave$/);
    await tab("Tables").click();
    await page.getByTestId("table-view").waitFor(PATIENT);
    await tab("Dashboard").click();
    await expect.poll(() => page.getByRole("combobox", { name: "Compare by" }).inputValue(), PATIENT).toBe("hub");
    await expect.poll(() => page.locator(".dashboard-status").innerText(), VERY_PATIENT).toMatch(/^\d+ steps by wave$/);
    expect(await page.locator(".hub-compare").count()).toBeGreaterThan(0);
  });

  test("axe-core finds no WCAG 2 A or AA violation on the page, with the left panel folded and open, in every view", async () => {
    const { page } = await pages.open("", { viewport: LAPTOP });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Appearance and filters" }).click();
    await page.locator("#left-panel-content").waitFor(PATIENT);
    expect(await axeViolations(page)).toEqual([]);
    // The list with its grey ids, and the dashboard with its report's scrolling tables.
    const shown: Record<string, string> = { "Needs attention": "[data-testid=attention-table]", Dashboard: ".report-table-scroll", Tables: "[data-testid=table-view]" };
    for (const [tab, what] of Object.entries(shown)) {
      await page.getByRole("tab", { name: tab, exact: true }).click();
      await page.locator(what).first().waitFor(VERY_PATIENT);
      expect(await axeViolations(page), tab).toEqual([]);
    }
  });
});
