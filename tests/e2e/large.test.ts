// A snapshot too large for every metric at every date: the page shows degree and strength at
// once, says why, and computes every metric in the Worker when asked. The limit is lowered
// through the page's settings (src/ui/settings.ts) so the sample stands for a large network.
import { describe, expect, test } from "vitest";
import { computeReport } from "../../src/core/metrics/report.ts";
import { formatNumber } from "../../src/ui/map/appearance.ts";
import { fullReportInWorker } from "../../src/ui/metricsLocal.ts";
import { resolveSettings } from "../../src/ui/settings.ts";
import { latest, personWithTies, snapshotCounts } from "./expected.ts";
import { appForFile, HAS_BROWSER, openApp, PATIENT, SAMPLE, searchFor, VERY_PATIENT } from "./harness.ts";

const NOW = latest(SAMPLE);
const PERSON = personWithTies(SAMPLE, NOW, 3);
/** Limits under the sample's last wave (419 nodes, 635 ties: 4.4e5 of shortest-path work). */
const LOWERED = { workerReportWork: 1_000, fullReportLimit: 10 };

describe.skipIf(!HAS_BROWSER)("a snapshot too large for every metric at every date", () => {
  const app = appForFile(() => openApp("", { settings: LOWERED }));

  test("shows degree and strength, says why, and computes every metric in the background when asked", async () => {
    const { page } = app;
    const counts = snapshotCounts(SAMPLE, NOW);
    expect(fullReportInWorker(counts.nodes, counts.ties, resolveSettings(LOWERED))).toBe(false);
    expect(fullReportInWorker(counts.nodes, counts.ties)).toBe(true);
    await searchFor(page, PERSON.id);
    const details = page.locator(".panel.right");
    await expect.poll(() => details.locator("h3").innerText(), PATIENT).toContain(`(${PERSON.id})`);
    const hint = page.getByTestId("partial-metrics");
    await hint.waitFor(PATIENT);
    expect(await hint.innerText()).toContain("Degree and strength only");
    const row = (label: string) => details.locator("table.metrics tr", { has: page.locator("th", { hasText: new RegExp(`^${label}$`) }) });
    const value = (label: string) => row(label).locator("td").first().innerText();
    const expected = computeReport(SAMPLE, NOW).nodes[PERSON.id];
    expect(await row("Betweenness").count()).toBe(0);
    expect(await value("Degree")).toBe(String(expected.degree));
    expect(await value("Strength")).toBe(formatNumber(expected.strength));

    await page.getByTestId("compute-all").click();
    await expect.poll(() => row("Betweenness").count(), VERY_PATIENT).toBe(1);
    expect(await value("Betweenness")).toBe(formatNumber(expected.betweenness));
    expect(await value("Closeness")).toBe(formatNumber(expected.closeness));
    expect(await value("Degree")).toBe(String(expected.degree));
    expect(await hint.count()).toBe(0);
    expect(await page.locator("header .status").innerText()).toMatch(new RegExp(`^Every metric for ${NOW} computed in \\d+\\.\\d s$`));
  });
});
