// A network too large for every metric at every date (6,000 nodes, 17,991 ties): the page shows
// degree and strength at once, says why, and computes every metric in the Worker when asked.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { preferentialAttachment } from "../../src/core/generate/preferentialAttachment.ts";
import { computeReport } from "../../src/core/metrics/report.ts";
import { formatNumber } from "../../src/ui/map/appearance.ts";
import { fullReportInWorker } from "../../src/ui/metricsLocal.ts";
import { expectCleanPage, HAS_BROWSER, mapCounts, openApp, PATIENT, searchFor, VERY_PATIENT, type AppPage } from "./harness.ts";

const PROJECT = preferentialAttachment({ nodes: 6000, edgesPerNode: 3, seed: 1 });
const NODE = "17";

describe.skipIf(!HAS_BROWSER)("a network too large for every metric at every date", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterEach(() => {
    if (app) expectCleanPage(app);
  });
  afterAll(async () => {
    await app?.context.close();
  });

  test("shows degree and strength, says why, and computes every metric in the background when asked", async () => {
    const { page } = app;
    expect(fullReportInWorker(PROJECT.nodes.length, PROJECT.ties.length)).toBe(false);
    await page.locator("header input[type=file][multiple]").setInputFiles({
      name: "pa-6000.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(PROJECT)),
    });
    await expect.poll(() => mapCounts(page), VERY_PATIENT).toBe("Showing 6000 of 6000 nodes, 17991 of 17991 ties");
    await searchFor(page, NODE);
    const details = page.locator(".panel.right");
    await expect.poll(() => details.locator("h3").innerText(), PATIENT).toContain(`(${NODE})`);
    const hint = page.getByTestId("partial-metrics");
    await hint.waitFor(PATIENT);
    expect(await hint.innerText()).toContain("Degree and strength only");
    const row = (label: string) => details.locator("table.metrics tr", { has: page.locator("th", { hasText: new RegExp(`^${label}$`) }) });
    expect(await row("Betweenness").count()).toBe(0);

    const expected = computeReport(PROJECT, undefined).nodes[NODE];
    await page.getByTestId("compute-all").click();
    await expect.poll(() => row("Betweenness").count(), VERY_PATIENT).toBe(1);
    expect(await row("Betweenness").locator("td").first().innerText()).toBe(formatNumber(expected.betweenness));
    expect(await row("Closeness").locator("td").first().innerText()).toBe(formatNumber(expected.closeness));
    expect(await row("Degree").locator("td").first().innerText()).toBe(String(expected.degree));
    expect(await hint.count()).toBe(0);
    expect(await page.locator("header .status").innerText()).toMatch(/^Every metric computed in \d+\.\d s$/);
  });
});
