// The map page on the sample programme, driven in Chromium as a user would: the map draws,
// a node clicked shows its details, filters and time change the counts, the URL hash restores
// a view, the ego tab draws the person, the map exports as PNG and SVG, and nothing is fetched
// from another origin.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appForFile, expectCleanPage, HAS_BROWSER, inkedPixels, mapCounts, openApp, openAppAtRest, PATIENT, SAMPLE, searchFor, stillMap, type AppPage } from "./harness.ts";
import { activeAt, egoAt, latest, personWithTies, showing, snapshotCounts } from "./expected.ts";

const NOW = latest(SAMPLE);
const PERSON = personWithTies(SAMPLE, NOW, 3);

describe.skipIf(!HAS_BROWSER)("the map page on the sample programme", () => {
  const app = appForFile(openAppAtRest);

  test("draws the sample on the map and shows its counts", async () => {
    const { page } = app;
    expect(NOW).toBe("2015-04-01");
    expect(await page.getByLabel("Date shown").first().inputValue()).toBe(NOW);
    expect(await mapCounts(page)).toBe(showing(snapshotCounts(SAMPLE, NOW)));
    expect(await mapCounts(page)).toBe("Showing 419 of 419 nodes, 635 of 635 ties");
    expect(await page.locator(".filters .showing").innerText()).toBe("Showing 419 of 419 nodes, 635 of 635 ties");
    const stage = page.locator(".map-stage");
    const box = (await stage.boundingBox())!;
    const shot = await inkedPixels(page, await stage.screenshot());
    expect(shot.width).toBe(Math.round(box.width));
    // 419 nodes and 635 ties cover well over 2% of the stage; an empty (white) stage has 0.
    expect(shot.inked).toBeGreaterThan(0.02 * shot.width * shot.height);
  });

  test("a node clicked on the map shows its details: fields, attributes, metrics and ties", async () => {
    const { page } = app;
    // Search selects the person and centres the camera on them ...
    await searchFor(page, PERSON.id);
    const heading = page.locator(".panel.right h3");
    await expect.poll(() => heading.innerText(), PATIENT).toBe(`${PERSON.label} (${PERSON.id})`);
    // ... then a click on empty map clears the selection, and a click on the centre picks them again.
    const stage = page.locator(".map-stage");
    const box = (await stage.boundingBox())!;
    const blank = await blankSpot(app, await stillMap(page)); // after the camera's move
    await clickMapOnce(page, box.x + blank.x, box.y + blank.y);
    await expect.poll(() => page.locator(".panel.right .hint").first().innerText(), PATIENT).toContain("Click a node on the map");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => heading.innerText(), PATIENT).toBe(`${PERSON.label} (${PERSON.id})`);

    const details = page.locator(".panel.right");
    const fields = await details.locator("dl").innerText();
    expect(fields).toContain("service user");
    for (const [key, value] of Object.entries(PERSON.attributes)) expect(fields).toMatch(new RegExp(`${key}\\s+${value}`));
    await details.locator("table.metrics").waitFor(PATIENT);
    expect(await details.locator("h4", { hasText: "Metrics" }).innerText()).toBe(`Metrics on ${NOW}`);
    const degree = details.locator("table.metrics tr", { has: page.locator("th", { hasText: /^Degree$/ }) }).locator("td").first();
    expect(await degree.innerText()).toBe(String(egoAt(SAMPLE, PERSON.id, NOW).degree));
    expect(await details.locator("h4", { hasText: "Ties" }).innerText()).toBe(`Ties (${egoAt(SAMPLE, PERSON.id, NOW).degree})`);
  });

  test("zooming with the wheel and dragging the map read no pixels back from the GPU; pointing at a node still does", async () => {
    const { page } = app;
    // Sigma finds the node under the pointer with gl.readPixels, which waits for the frame in
    // flight; the map holds that back while it moves (src/ui/map/quietPicking.ts).
    await page.evaluate(() => {
      const counted = window as unknown as { readPixelsCalls: number };
      counted.readPixelsCalls = 0;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const original = proto.readPixels as (...args: unknown[]) => void;
        proto.readPixels = function (this: unknown, ...args: unknown[]) {
          counted.readPixelsCalls++;
          return original.apply(this, args);
        } as typeof proto.readPixels;
      }
    });
    const calls = () => page.evaluate(() => (window as unknown as { readPixelsCalls: number }).readPixelsCalls);
    const box = (await page.locator(".map-stage").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await searchFor(page, PERSON.id);
    await stillMap(page); // the camera's move to the person
    await page.mouse.move(box.x + 2, box.y + 2);
    const before = await calls();
    for (const delta of [-120, -120, 120, 120]) await page.mouse.wheel(0, delta);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 2 + 10 * i, box.y + 2 + 6 * i);
    await page.mouse.up();
    await stillMap(page); // the drag's inertia and the zoom animations end
    expect(await calls()).toBe(before);
    // Positive control: with the map still, pointing at the person (centred again) looks them up.
    await searchFor(page, PERSON.id);
    await stillMap(page);
    await page.mouse.move(cx, cy);
    await expect.poll(calls, PATIENT).toBeGreaterThan(before);
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe(`${PERSON.label} (${PERSON.id})`);
  });

  test("unticking a kind hides it from the counts, and ticking it again restores them", async () => {
    const { page } = app;
    const box = page.locator('input[data-filter="kinds"][value="service_user"]');
    await box.uncheck();
    const filtered = showing(snapshotCounts(SAMPLE, NOW, ["service_user"]));
    expect(filtered).not.toBe(showing(snapshotCounts(SAMPLE, NOW)));
    await expect.poll(() => mapCounts(page), PATIENT).toBe(filtered);
    expect(await page.locator(".filters .showing").innerText()).toBe(filtered);
    await box.check();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, NOW)));
  });

  test("the step buttons, the slider and the date box move through time; the hash reopens the view", async () => {
    const { page } = app;
    const date = page.locator(".timeline input[type=date]");
    await page.getByRole("button", { name: "Previous step" }).click();
    const previousWave = SAMPLE.waves.map((w) => w.date).filter((d) => d < NOW).sort().at(-1)!;
    await expect.poll(() => date.inputValue(), PATIENT).toBe(previousWave);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, previousWave)));
    expect(showing(snapshotCounts(SAMPLE, previousWave))).not.toBe(showing(snapshotCounts(SAMPLE, NOW)));

    await date.fill("2013-06-15");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, "2013-06-15")));
    const day = Date.UTC(2014, 0, 1) / 86_400_000;
    await page.locator(".timeline input[type=range]").fill(String(day));
    await expect.poll(() => date.inputValue(), PATIENT).toBe("2014-01-01");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, "2014-01-01")));

    // The latest wave before "now" at which the person was there: the hash must carry both.
    const at = SAMPLE.waves.map((w) => w.date).filter((d) => d < NOW && activeAt(PERSON, d)).sort().at(-1)!;
    expect(at).toBeDefined();
    await date.fill(at);
    await searchFor(page, PERSON.id);
    await expect.poll(() => page.evaluate(() => location.hash), PATIENT).toBe(`#at=${at}&node=${PERSON.id}`);
    const reopened = await openApp(`#at=${at}&node=${PERSON.id}`);
    try {
      await expect.poll(() => reopened.page.locator(".timeline input[type=date]").inputValue(), PATIENT).toBe(at);
      await expect.poll(() => mapCounts(reopened.page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, at)));
      await expect.poll(() => reopened.page.locator(".panel.right h3").innerText(), PATIENT).toBe(`${PERSON.label} (${PERSON.id})`);
      expectCleanPage(reopened);
    } finally {
      await reopened.context.close();
    }
  });

  test("the ego tab draws the selected person's sociogram", async () => {
    const { page } = app;
    await page.locator(".timeline input[type=date]").fill(NOW);
    await searchFor(page, PERSON.id);
    await page.locator('[data-view="ego"]').click();
    const svg = page.getByTestId("ego-svg");
    await svg.waitFor(PATIENT);
    expect(await svg.getAttribute("aria-label")).toMatch(new RegExp(`^Ego network of ${PERSON.label}: \\d+ people and groups$`));
    // Alters there now are drawn fully; alters lost since the previous wave are faded.
    const present = await svg.locator('g.ego-nodes > g:not([opacity="0.45"])').count();
    expect(present).toBe(egoAt(SAMPLE, PERSON.id, NOW).alters);
    expect(await svg.locator("text", { hasText: PERSON.label }).count()).toBeGreaterThan(0);
    await page.locator('[data-view="map"]').click();
    await page.locator(".map-stage canvas").first().waitFor(PATIENT);
  });

  test("the map exports as a PNG at print resolution and as an SVG drawing", async () => {
    const { page } = app;
    const stage = (await page.locator(".map-stage").boundingBox())!;
    const [png] = await Promise.all([page.waitForEvent("download", PATIENT), page.getByRole("button", { name: "PNG", exact: true }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await streamBytes(await png.createReadStream());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(50_000);
    const image = await inkedPixels(page, bytes);
    expect(image.width).toBe(Math.round(stage.width * 3));
    expect(image.inked).toBeGreaterThan(0.01 * image.width * image.height);

    const [svg] = await Promise.all([page.waitForEvent("download", PATIENT), page.getByRole("button", { name: "SVG", exact: true }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const text = (await streamBytes(await svg.createReadStream())).toString("utf8");
    expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    expect((text.match(/<(circle|rect)\b/g) ?? []).length).toBeGreaterThan(100);
    expect((text.match(/<line\b/g) ?? []).length).toBeGreaterThan(100);
  });
});

/**
 * Clicks the map at (x, y) and waits until sigma's double-click window for that click has
 * closed, so the next click on the map is a click of its own rather than the second half of a
 * double click (which zooms). Sigma resets its click count on a timer of `doubleClickTimeout`
 * (300 ms) started when it handles the click; a timer of the same length started after it, by a
 * listener on the window (which hears the click after the map), fires after that reset.
 */
async function clickMapOnce(page: Page, x: number, y: number): Promise<void> {
  await page.evaluate(() => {
    const marks = window as unknown as { doubleClickWindow: "open" | "closed" };
    marks.doubleClickWindow = "open";
    window.addEventListener("click", () => setTimeout(() => (marks.doubleClickWindow = "closed"), 300), { once: true });
  });
  await page.mouse.click(x, y);
  await page.waitForFunction(() => (window as unknown as { doubleClickWindow: string }).doubleClickWindow === "closed", undefined, PATIENT);
}

/** The centre of a 24×24 white square of the map stage, away from its middle (no node there). */
async function blankSpot(app: AppPage, png: Buffer): Promise<{ x: number; y: number }> {
  const spot = await app.page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: image.naturalWidth, height: image.naturalHeight });
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const white = (x: number, y: number) => data[(y * width + x) * 4] > 250 && data[(y * width + x) * 4 + 1] > 250 && data[(y * width + x) * 4 + 2] > 250;
    for (let y = 20; y < height - 44; y += 12) {
      for (let x = 20; x < width - 44; x += 12) {
        if (Math.abs(x - width / 2) < 80 && Math.abs(y - height / 2) < 80) continue;
        let clear = true;
        for (let dy = 0; dy < 24 && clear; dy += 2) for (let dx = 0; dx < 24 && clear; dx += 2) clear = white(x + dx, y + dy);
        if (clear) return { x: x + 12, y: y + 12 };
      }
    }
    return undefined;
  }, png.toString("base64"));
  if (!spot) throw new Error("no empty part of the map to click");
  return spot;
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
