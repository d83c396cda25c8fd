// The page keeps answering while the metrics Worker computes (issue "Connectedness metrics"): the
// indicators at every quarter of the sample are computed in a worker, and the page handles a
// click while it waits for them (the worker's answer is held back until then, so this does not
// depend on how fast the worker is); a step back to the largest quarter shows its date, counts
// and metrics, computed by a metrics worker. How smooth the frames are meanwhile is measured,
// not tested: scripts/measure-responsive.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { computeReport } from "../../src/core/metrics/report.ts";
import { formatNumber } from "../../src/ui/map/appearance.ts";
import { appForFile, HAS_BROWSER, mapCounts, openAppAtRest, PATIENT, SAMPLE, searchFor, VERY_PATIENT } from "./harness.ts";
import { egoAt, latest, showing, snapshotCounts } from "./expected.ts";

const NOW = latest(SAMPLE);

const QUARTERS = ["2012-04-01", "2012-07-01", "2012-10-01", "2013-01-01", "2013-04-01", "2013-07-01", "2013-10-01",
  "2014-01-01", "2014-04-01", "2014-07-01", "2014-10-01", "2015-01-01", "2015-04-01"];
/** The quarter with the most people, and the one after it. */
const LARGEST = "2013-01-01";
const AFTER_LARGEST = "2013-04-01";
/** A person there at both dates whose metrics differ between them (degree 3, then 5). */
const PERSON = SAMPLE.nodes.find((n) => n.id === "su-0002")!;

describe.skipIf(!HAS_BROWSER)("the page answers while the metrics worker computes", () => {
  const app = appForFile(openAppAtRest);

  test("the indicators of every quarter are computed in a worker, and a click while the page waits for them is handled", async () => {
    const { page } = app;
    await page.locator(".timeline select").selectOption("quarter");
    const indicators = page.getByRole("button", { name: "Indicators ⤓" });
    const serviceUsers = page.locator('input[data-filter="kinds"][value="service_user"]');
    await holdWorkerAnswers(page);
    // The page notes whether it was still waiting for the indicators when it handled the untick.
    await page.evaluate(() => {
      const seen = window as unknown as { untickedWhileWaiting?: boolean };
      document.addEventListener("change", (event) => {
        if (!(event.target as Element).matches('input[data-filter="kinds"]')) return;
        seen.untickedWhileWaiting = document.querySelector(".indicators-button")!.getAttribute("aria-busy") === "true";
      }, { capture: true, once: true });
    });
    const download = page.waitForEvent("download", VERY_PATIENT);
    await indicators.click();
    await serviceUsers.uncheck();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, NOW, ["service_user"])));
    // Had the page computed them itself, in the click, the button would have been busy only
    // inside that click, and the untick could not have come in while it was.
    expect(await page.evaluate(() => (window as unknown as { untickedWhileWaiting?: boolean }).untickedWhileWaiting)).toBe(true);
    // The indicators come from a worker: its answer is there, held back until now.
    await expect.poll(() => heldWorkerAnswers(page), VERY_PATIENT).toContain("timeline");
    await releaseWorkerAnswers(page);

    const saved = await download;
    expect(await page.locator("header .status").innerText()).toMatch(/^Indicators for 13 quarters computed in \d+\.\d s and saved as CSV$/);
    expect(await indicators.getAttribute("aria-busy")).toBeNull();
    expect(saved.suggestedFilename()).toBe("synthetic-recovery-programme-seed-2012-indicators-by-quarter.csv");
    const chunks: Buffer[] = [];
    for await (const chunk of await saved.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
    // A CSV for Excel (byte-order mark, readable headers): Date, Wave, Nodes, Ties, …
    const [head, ...lines] = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\n");
    expect(head.split(",").slice(0, 4)).toEqual(["Date", "Wave", "Nodes", "Ties"]);
    const rows = lines.map((line) => line.split(",")).map((cells) => ({ date: cells[0], nodes: Number(cells[2]), ties: Number(cells[3]) }));
    expect(rows.map((r) => r.date)).toEqual(QUARTERS);
    // The whole network at each quarter: the kind unticked meanwhile hides people from the map only.
    expect(rows.map((r) => [r.nodes, r.ties])).toEqual(QUARTERS.map((d) => [snapshotCounts(SAMPLE, d).nodes, snapshotCounts(SAMPLE, d).ties]));

    await serviceUsers.check();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, NOW)));
  });

  test("a step back to the largest quarter (645 nodes) shows its date, its counts and its metrics, from a metrics worker", async () => {
    const { page } = app;
    expect(snapshotCounts(SAMPLE, LARGEST).nodes).toBe(645);
    expect(Math.max(...QUARTERS.map((d) => snapshotCounts(SAMPLE, d).nodes))).toBe(645);
    const date = page.locator(".timeline input[type=date]");
    const details = page.locator(".panel.right");
    const metric = (label: string) => details.locator("table.metrics tr", { has: page.locator("th", { hasText: new RegExp(`^${label}$`) }) }).locator("td").first();
    const after = computeReport(SAMPLE, AFTER_LARGEST).nodes[PERSON.id];
    const largest = computeReport(SAMPLE, LARGEST).nodes[PERSON.id];
    // Otherwise the metrics of the date before could pass for those of the step.
    expect(formatNumber(largest.betweenness)).not.toBe(formatNumber(after.betweenness));

    await date.fill(AFTER_LARGEST);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, AFTER_LARGEST)));
    await searchFor(page, PERSON.id);
    await expect.poll(() => details.locator("h3").innerText(), PATIENT).toBe(`${PERSON.label} (${PERSON.id})`);
    await expect.poll(() => metric("Betweenness").innerText(), PATIENT).toBe(formatNumber(after.betweenness));

    await page.getByRole("button", { name: "Previous step" }).click();
    await expect.poll(() => date.inputValue(), PATIENT).toBe(LARGEST);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(showing(snapshotCounts(SAMPLE, LARGEST)));
    await expect.poll(() => metric("Betweenness").innerText(), PATIENT).toBe(formatNumber(largest.betweenness));
    expect(await details.locator("h4", { hasText: "Metrics" }).innerText()).toBe(`Metrics on ${LARGEST}`);
    expect(await metric("Degree").innerText()).toBe(String(egoAt(SAMPLE, PERSON.id, LARGEST).degree));
    expect(await metric("Closeness").innerText()).toBe(formatNumber(largest.closeness));
    // Reports come from a metrics worker of their own (the page computed them itself before, up to
    // 170 ms here), besides the one the Indicators button started.
    expect(app.workers.filter((url) => /metricsWorker/.test(url)).length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Holds back what workers started from now on tell the page (their "message" events), so a test
 * can act while the page is still waiting for an answer however fast the worker is. The messages
 * are delivered, in order, by releaseWorkerAnswers.
 */
async function holdWorkerAnswers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gate = window as unknown as WorkerGate;
    const original = Worker.prototype.addEventListener;
    gate.held = [];
    gate.release = () => {
      const held = gate.held ?? [];
      gate.held = undefined;
      Worker.prototype.addEventListener = original;
      for (const { deliver } of held) deliver();
    };
    Worker.prototype.addEventListener = function (this: Worker, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (type !== "message" || !listener) return original.call(this, type, listener as EventListenerOrEventListenerObject, options);
      const deliver = (event: Event) => (typeof listener === "function" ? listener.call(this, event) : listener.handleEvent(event));
      return original.call(this, type, (event: Event) => {
        if (gate.held) gate.held.push({ type: String((event as MessageEvent).data?.type), deliver: () => deliver(event) });
        else deliver(event);
      }, options);
    } as typeof Worker.prototype.addEventListener;
  });
}

/** The types of the worker messages held so far (e.g. "progress", "timeline"). */
function heldWorkerAnswers(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as WorkerGate).held ?? []).map((m) => m.type));
}

/** Delivers the held worker messages and stops holding. */
async function releaseWorkerAnswers(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as WorkerGate).release());
}

interface WorkerGate {
  held: { type: string; deliver: () => void }[] | undefined;
  release: () => void;
}
