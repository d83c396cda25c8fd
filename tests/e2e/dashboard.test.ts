// The community dashboard and the reports on the sample programme: every indicator's value and
// change equal the core timeline's (computed here in Node) at the date shown, by wave and by
// month; the CSV downloads are the core's CSV; hubs side by side equal the core's per-hub values;
// the programme report and the map print to PDF with their text and without the controls, and
// the map's print image is drawn (not a blank WebGL canvas).
import type { Download, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import {
  computeHubTimeline,
  computeTimeline,
  DASHBOARD_INDICATORS,
  dashboardCsvValue,
  dashboardHeader,
  dashboardIndicator,
  denominatorText,
  formatChange,
  formatIndicator,
  seriesCsv,
  sinceText,
  timelineCsv,
  timelineDates,
} from "../../src/core/timeline/index.ts";
import { appForFile, HAS_BROWSER, inkedPixels, PATIENT, SAMPLE, stillMap, VERY_PATIENT } from "./harness.ts";

const PROJECT = projectSchema.parse(SAMPLE);
const BY_WAVE = computeTimeline(PROJECT, { every: "wave" }).steps;
const NOW = "2015-04-01";

/** The text of a download, without Excel's byte-order mark. */
async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
}

async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const stepBy = (page: Page) => page.locator(".dashboard-toolbar select[aria-label='Step by']");
const compareBy = (page: Page) => page.locator(".dashboard-toolbar select[aria-label='Compare by']");

/** Opens the dashboard (stepping `every`) and waits for its cards, with `steps` steps computed. */
async function openDashboard(page: Page, steps: number, every: "wave" | "month" = "wave"): Promise<void> {
  await page.locator('[data-view="dashboard"]').click();
  // The view keeps its choices while it is shown (a click on its own tab does not reset it).
  await stepBy(page).selectOption(every);
  await expect.poll(() => page.locator(".dashboard-status").innerText(), VERY_PATIENT).toBe(`${steps} steps by ${every}`);
  await expect.poll(() => page.locator(".indicator-card").count(), PATIENT).toBe(DASHBOARD_INDICATORS.length);
}

/** Each card's shown value, its raw value and its change line, by indicator key. */
function cards(page: Page): Promise<Record<string, { shown: string; raw: string; change: string }>> {
  return page.locator(".indicator-card").evaluateAll((elements) =>
    Object.fromEntries(
      elements.map((e) => [
        e.getAttribute("data-indicator"),
        {
          shown: e.querySelector(".indicator-value")!.textContent!,
          raw: e.querySelector(".indicator-value")!.getAttribute("data-value")!,
          change: e.querySelector(".indicator-change")!.textContent!,
        },
      ]),
    ),
  );
}

/** What the cards should say at step `i` of `steps`. */
function expected(steps: typeof BY_WAVE, i: number): Record<string, { shown: string; raw: string; change: string }> {
  return Object.fromEntries(
    DASHBOARD_INDICATORS.map((d) => {
      const now = d.value(steps[i].network);
      const change = `${formatChange(d, now, d.value(steps[i - 1].network))} since ${sinceText(PROJECT, steps[i - 1].date)}`;
      return [d.key, { shown: formatIndicator(d, now), raw: String(now), change }];
    }),
  );
}

describe.skipIf(!HAS_BROWSER)("the community dashboard", () => {
  const app = appForFile();

  test("each indicator's value and change equal the core timeline's, at the last wave and at the date shown", async () => {
    const { page } = app;
    expect(BY_WAVE).toHaveLength(13);
    await openDashboard(page, 13);
    expect(await cards(page)).toEqual(expected(BY_WAVE, 12));
    // e.g. "53 %" and "+8 points since the Q11 review (2015-01-01)"
    expect((await cards(page)).shareWithGroup.change).toMatch(/ since the Q11 review \(2015-01-01\)$/);
    expect(await page.locator(".report-meta").innerText()).toContain("Data from 2012-04-01 to 2015-04-01");
    expect(await page.locator(".report-meta").innerText()).toContain("values at Q12 (2015-04-01)");
    // The numbers table: one row per wave, named.
    const rows = page.locator("table.numbers-table tbody tr");
    expect(await rows.count()).toBe(13);
    expect(await rows.nth(10).locator("th").innerText()).toBe("Q10 (2014-10-01)");
    const densityColumn = DASHBOARD_INDICATORS.findIndex((d) => d.key === "density");
    const density = DASHBOARD_INDICATORS[densityColumn];
    // the first column is the number of service users, the denominator of the shares
    expect(await rows.nth(10).locator("td").first().innerText()).toBe(String(BY_WAVE[10].network.kindServiceUser));
    expect(await rows.nth(10).locator("td").nth(densityColumn + 1).innerText()).toBe(formatIndicator(density, density.value(BY_WAVE[10].network)));

    // The date shown moves to 2014-10-01: the values are Q10's, the change since Q9.
    await page.locator(".timeline input[type=date]").fill("2014-10-01");
    await expect.poll(() => page.locator(".report-meta").innerText(), PATIENT).toContain("values at Q10 (2014-10-01)");
    expect(await cards(page)).toEqual(expected(BY_WAVE, 10));
    await page.locator(".timeline input[type=date]").fill(NOW);
    await expect.poll(() => page.locator(".report-meta").innerText(), PATIENT).toContain("values at Q12 (2015-04-01)");
  });

  test("steps by month: the same numbers as the core's monthly timeline", async () => {
    const { page } = app;
    const byMonth = computeTimeline(PROJECT, { every: "month" }).steps;
    expect(byMonth.map((s) => s.date)).toEqual(timelineDates(PROJECT, "month"));
    await openDashboard(page, byMonth.length, "month");
    expect(await cards(page)).toEqual(expected(byMonth, byMonth.length - 1));
    expect(await page.locator("table.numbers-table tbody tr").count()).toBe(byMonth.length);
    // one step unit: the timeline under the map follows the dashboard's choice
    expect(await page.locator("footer.timeline select[aria-label='Step by']").inputValue()).toBe("month");
    // and the dashboard follows the timeline's
    await page.locator("footer.timeline select[aria-label='Step by']").selectOption("wave");
    await expect.poll(() => page.locator(".dashboard-status").innerText(), VERY_PATIENT).toBe("13 steps by wave");
    expect(await stepBy(page).inputValue()).toBe("wave");
  });

  test("the numbers as CSV: the core's CSV, with readable headers and the wave names; each chart as CSV, PNG and SVG", async () => {
    const { page } = app;
    await openDashboard(page, 13);
    const [all] = await Promise.all([page.waitForEvent("download", PATIENT), page.getByRole("button", { name: "Numbers ⤓ CSV" }).click()]);
    expect(all.suggestedFilename()).toBe("synthetic-recovery-programme-seed-2012-indicators-by-wave.csv");
    const csv = await text(all);
    expect(csv).toBe(timelineCsv(PROJECT, BY_WAVE, undefined, "dashboard"));
    const lines = csv.trimEnd().split("\n");
    expect(lines).toHaveLength(14);
    // the dashboard's indicators only, with readable headers, shares in % to one decimal
    expect(lines[0].split(",")).toHaveLength(3 + DASHBOARD_INDICATORS.length);
    expect(lines[0].split(",").slice(0, 4)).toEqual(["Date", "Wave", "Service users", "Service users in a group (%)"]);
    expect(lines[1].split(",").slice(0, 2)).toEqual(["2012-04-01", "Baseline"]);
    expect(lines[13].split(",").slice(0, 4)).toEqual(["2015-04-01", "Q12", String(BY_WAVE[12].network.kindServiceUser), String(Math.round(BY_WAVE[12].network.shareWithGroup * 1000) / 10)]);
    // no long decimals: one decimal of a percent at most, density to four significant figures
    const densityAt = lines[0].split(",").indexOf("Density (0 to 1)");
    for (const line of lines.slice(1)) {
      line.split(",").forEach((cell, i) => {
        if (i !== densityAt) expect(cell, `${line} column ${i}`).toMatch(/^[^.]*(\.\d)?$/);
      });
      expect(line.split(",")[densityAt]).toMatch(/^0\.00\d{1,4}$/);
    }

    const card = page.locator('.indicator-card[data-indicator="shareWithGroup"]');
    const [one] = await Promise.all([page.waitForEvent("download", PATIENT), card.getByRole("button", { name: "CSV ⤓" }).click()]);
    const group = dashboardIndicator("shareWithGroup");
    const values = BY_WAVE.map((s) => dashboardCsvValue(group, s.network.shareWithGroup));
    expect(await text(one)).toBe(seriesCsv(PROJECT, BY_WAVE.map((s) => s.date), dashboardHeader(group), [{ name: "Whole programme", values }]));
    expect((await text(one)).split("\n")[0]).toBe("Date,Wave,Service users in a group (%)");

    const [svg] = await Promise.all([page.waitForEvent("download", PATIENT), card.getByRole("button", { name: "SVG ⤓" }).click()]);
    expect(svg.suggestedFilename()).toBe("synthetic-recovery-programme-seed-2012-shareWithGroup-by-wave.svg");
    const drawing = await text(svg);
    expect(drawing).toContain(">Service users in a group</text>"); // titled
    expect(drawing).toContain(">% of service users</text>"); // the axis with its unit
    expect(drawing).toContain(">Q12</text>"); // the waves named
    const [png] = await Promise.all([page.waitForEvent("download", PATIENT), card.getByRole("button", { name: "PNG ⤓" }).click()]);
    const image = await inkedPixels(page, await bytes(png));
    expect([image.width, image.height]).toEqual([1380, 720]); // 460 × 240 at 3×
    expect(image.inked).toBeGreaterThan(5_000);
  });

  test("hubs side by side: each hub's values at the date shown equal the core's", async () => {
    const { page } = app;
    const hubs = computeHubTimeline(PROJECT, "hub", [NOW]);
    expect(hubs.values).toEqual(["Maidstone", "Sevenoaks", "Tunbridge Wells"]);
    await openDashboard(page, 13);
    await compareBy(page).selectOption("hub");
    await page.locator(".hub-compare").waitFor(VERY_PATIENT);
    for (const d of DASHBOARD_INDICATORS) {
      const cells = await page.locator(`.hub-compare tr[data-indicator="${d.key}"] td`).allInnerTexts();
      expect(cells, d.key).toEqual([...hubs.values.map((v) => formatIndicator(d, d.value(hubs.steps[0].byValue[v]))), formatIndicator(d, d.value(BY_WAVE[12].network))]);
    }
    // each card: its value in every hub and the whole programme at the date shown, out of how many
    const isolated = dashboardIndicator("isolatedServiceUsers");
    const cardCells = (await page.locator('.indicator-card[data-indicator="isolatedServiceUsers"] table.card-hubs td').allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
    const cell = (network: Record<string, number>) => `${formatIndicator(isolated, isolated.value(network))} (${denominatorText(isolated, isolated.value(network), network)!.replace(/ service users?$/, "")})`;
    expect(cardCells).toEqual([...hubs.values.map((v) => cell(hubs.steps[0].byValue[v])), cell(BY_WAVE[12].network)]);
    expect(await page.locator(".report-head h2").innerText()).toBe("Programme report: community connectedness, hubs compared");
    // One line per hub and the whole programme in every chart, with a legend.
    expect(await page.locator('.indicator-card[data-indicator="density"] svg g[data-series]').count()).toBe(4);
    await compareBy(page).selectOption("");
    await expect.poll(() => page.locator(".hub-compare").count(), VERY_PATIENT).toBe(0);
  });

  test("the programme report prints: headings, indicator names and dates, without the controls", async () => {
    const { page } = app;
    await openDashboard(page, 13);
    await page.emulateMedia({ media: "print" });
    try {
      for (const hidden of [".app-header", ".panel.left", ".tabs", "footer.timeline", ".dashboard-toolbar"]) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      const report = await page.locator(".programme-report").innerText();
      expect(report).toContain("Programme report: community connectedness");
      expect(report).toContain("Data from 2012-04-01 to 2015-04-01");
      expect(report).toContain("The numbers");
      expect(report).toContain("Definitions");
      for (const d of DASHBOARD_INDICATORS) expect(report, d.label).toContain(d.label);
      expect(await page.locator(".card-actions").first().isVisible()).toBe(false);
      // plain words: no code terms, no NaN; why the lines start at 0 is said once under the heading
      expect(report).not.toMatch(/NaN|service_user|peer_mentor_tie|n\(n/);
      expect(report).toContain("Why some lines start at 0 at Baseline (2012-04-01)");
      expect(report).toContain("no service user had yet joined a group");
      // A4 portrait, pages filled: six cards on page 1; four cards, the numbers and the definitions on page 2.
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      expect(pages).toBe(2);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });

  test("the map prints its drawn network with the legend and the date, not a blank canvas", async () => {
    const { page } = app;
    await page.locator('[data-view="map"]').click();
    await page.locator(".map-stage canvas").first().waitFor(PATIENT);
    // The print shows what the map shows: the whole network, once the camera is at rest.
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await stillMap(page);
    await page.emulateMedia({ media: "print" });
    try {
      const print = page.getByTestId("map-print");
      await print.waitFor({ state: "visible", ...PATIENT });
      expect(await page.locator(".map-toolbar").isVisible()).toBe(false);
      expect(await page.locator(".map-stage").isVisible()).toBe(false); // hidden, not removed: sigma needs its size
      const drawing = await print.evaluate((svg) => ({ text: svg.textContent ?? "", nodes: svg.querySelectorAll("#nodes > *").length, ties: svg.querySelectorAll("#ties > line").length }));
      expect(drawing.text).toContain(`${PROJECT.meta.title} — ${NOW}`);
      expect(drawing.text).toContain("service user");
      expect(drawing.text).toContain("risk tie");
      expect(drawing.nodes).toBeGreaterThan(300);
      expect(drawing.ties).toBeGreaterThan(300);
      const inked = await inkedPixels(page, await print.screenshot());
      expect(inked.inked / (inked.width * inked.height)).toBeGreaterThan(0.02);
      expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1); // one A4 landscape page
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });
});
