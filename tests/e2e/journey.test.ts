// Values as of the date shown and a client's journey, on the sample programme in Chromium: the
// details panel reads use status and BARC-10 from the observations as of the date, the Journey
// view shows the core's own numbers (history, change, text), and the printed review is one or
// two A4 pages with the client, the headings, the indicators and the dates on them.
import { describe, expect, test } from "vitest";
import { journeyChange, previousReviewAt } from "../../src/core/journey/journeyChange.ts";
import { journeyText } from "../../src/core/journey/journeyText.ts";
import { JOURNEY_INDICATORS, personHistory } from "../../src/core/journey/personHistory.ts";
import { previousWaveDate } from "../../src/core/metrics/report.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
import { valueAt } from "../../src/core/model/valuesAt.ts";
import { egoLayout } from "../../src/ui/views/ego/egoLayout.ts";
import { callName, changeCounts } from "../../src/ui/views/journey/journeyView.ts";
import { HAS_BROWSER, pagePerTest, PATIENT, SAMPLE, type AppPage } from "./harness.ts";

const PROJECT = projectSchema.parse(SAMPLE);
/** A client who gained and lost ties between Q9 and Q10, with use status and BARC-10 recorded. */
const CLIENT = "su-0280";
const AT = "2014-10-01";

describe.skipIf(!HAS_BROWSER)("values as of the date shown and a client's journey", () => {
  const perTest = pagePerTest();
  let app: AppPage | undefined;

  test("su-0314 shows reduced use and its BARC-10 on 2014-07-01, with the dates recorded", async () => {
    const status = valueAt(PROJECT, "su-0314", "use_status", "2014-07-01")!;
    const barc = valueAt(PROJECT, "su-0314", "barc10", "2014-07-01")!;
    // The node's own field says active use (as entered); the observations say otherwise by July.
    expect(PROJECT.nodes.find((n) => n.id === "su-0314")!.use_status).toBe("active_use");
    expect(status).toEqual({ value: "reduced_use", date: "2014-06-07" });
    app = await perTest.open("#at=2014-07-01&node=su-0314");
    const { page } = app;
    const field = (name: string) => page.locator(`.panel.right dd[data-field="${name}"]`);
    await expect.poll(() => field("use status").innerText(), PATIENT).toBe(`reduced use (recorded ${status.date})`);
    expect(await field("BARC-10").innerText()).toBe(`${barc.value} (recorded ${barc.date})`);
    // A later date reads the later records.
    await page.locator(".timeline input[type=date]").fill("2014-10-01");
    const later = valueAt(PROJECT, "su-0314", "barc10", "2014-10-01")!;
    await expect.poll(() => field("BARC-10").innerText(), PATIENT).toBe(`${later.value} (recorded ${later.date})`);
    expect(await field("use status").innerText()).toBe("active use (recorded 2014-09-04)");
  });

  test("the Journey view shows the client's change, indicators and use status as the core computes them", async () => {
    const previousAt = previousWaveDate(PROJECT, AT)!;
    const node = PROJECT.nodes.find((n) => n.id === CLIENT)!;
    const history = personHistory(PROJECT, CLIENT);
    const layout = egoLayout(PROJECT, CLIENT, AT, previousAt)!;
    const text = journeyText(journeyChange(PROJECT, CLIENT, AT, previousAt), callName(node.label, node.id, false));
    expect(text).toMatch(/^Since the July 2014 review \(Q9\) /);
    app = await perTest.open(`#at=${AT}&node=${CLIENT}`);
    const { page } = app;
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe(`${node.label} (${CLIENT})`);
    await page.locator('[data-view="journey"]').click();
    await expect.poll(() => page.getByTestId("journey-text").innerText(), PATIENT).toBe(text);
    expect(await page.locator(".journey-head h2").innerText()).toBe(`Client review: ${node.label} (${CLIENT})`);

    // The two sociograms: before without the gained, now without the lost; the counts in the caption.
    const gained = layout.alters.filter((a) => a.change === "gained").length;
    const lost = layout.alters.filter((a) => a.change === "lost").length;
    expect(gained).toBeGreaterThan(0);
    expect(lost).toBeGreaterThan(0);
    expect(await page.getByTestId("journey-ego-now").locator("g.ego-nodes > g").count()).toBe(layout.alters.length - lost);
    expect(await page.getByTestId("journey-ego-before").locator("g.ego-nodes > g").count()).toBe(layout.alters.length - gained);
    expect(await page.getByTestId("journey-ego-now").locator(".ring-gained").count()).toBe(gained);
    expect(await page.getByTestId("journey-ego-before").locator(".ring-lost").count()).toBe(lost);
    expect(await page.getByTestId("journey-now").locator("figcaption").innerText()).toBe(`Now: Q10, ${AT} ${changeCounts(layout)}`);
    expect(changeCounts(layout)).toBe(`(+${gained}, −${lost})`);

    // Each indicator's points are the core's values at the reviews up to the date shown.
    const reviews = history.reviews.filter((r) => r.date <= AT);
    expect(reviews.map((r) => r.label)).toEqual(["Q8", "Q9", "Q10"]);
    for (const d of JOURNEY_INDICATORS) {
      const points = page.getByTestId(`journey-chart-${d.id}`).locator("circle[data-value]");
      expect(await points.evaluateAll((cs) => cs.map((c) => [c.getAttribute("data-date"), Number(c.getAttribute("data-value"))])), d.id)
        .toEqual(reviews.map((r) => [r.date, r.indicators[d.id]]));
    }
    const barc = page.getByTestId("journey-chart-barc10").locator("circle[data-value]");
    expect(await barc.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("data-value"))))).toEqual(reviews.map((r) => r.measures.barc10.value));
    // The axis names the waves.
    expect(await page.getByTestId("journey-chart-network_size").locator(".x-axis .tick text").allTextContents()).toEqual(["Q8", "Q9", "Q10"]);

    // Use status: a band per change up to the date shown.
    const bands = page.getByTestId("journey-status").locator("g[data-status]");
    expect(await bands.evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-from"), g.getAttribute("data-status")])))
      .toEqual(history.useStatus.filter((c) => c.date <= AT).map((c) => [c.date, c.value]));
  });

  test("the printed review is one or two A4 pages of the review alone, with its client, headings, indicators and dates", async () => {
    app = await perTest.open(`#at=${AT}&node=${CLIENT}`);
    const { page } = app;
    const node = PROJECT.nodes.find((n) => n.id === CLIENT)!;
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe(`${node.label} (${CLIENT})`);
    await page.locator('[data-view="journey"]').click();
    await page.getByTestId("journey-text").waitFor(PATIENT);
    expect(await page.getByTestId("print-review").isVisible()).toBe(true);

    await page.emulateMedia({ media: "print" });
    // Only the review prints: no header, panels, tabs, timeline or print button.
    for (const selector of [".app-header", ".panel.left", ".panel.right", ".tabs", "footer.timeline", '[data-testid="print-review"]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const printed = await page.getByTestId("journey-view").innerText();
    for (const words of [
      `Client review: ${node.label} (${CLIENT})`, "Their network", "At each review", "Use status over time",
      `Date shown ${AT}`, "previous review Q9, 2014-07-01", "Now: Q10, 2014-10-01",
      ...JOURNEY_INDICATORS.map((d) => d.label), "BARC-10",
    ]) expect(printed, words).toContain(words);
    // Both sociograms and every chart are drawn with some size on paper.
    for (const id of ["journey-ego-before", "journey-ego-now", "journey-chart-network_size", "journey-status"]) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box?.width ?? 0, id).toBeGreaterThan(200);
    }
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Page objects of the PDF ("/Type /Page", not the "/Type /Pages" tree).
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    // One or two pages; this review is two, as the print stylesheet starts the charts on a page of their own.
    expect(pages).toBe(2);
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".app-header").isVisible()).toBe(true);
  });

  test("a client who joined after the last wave gets their first review since joining, with nothing to compare", async () => {
    // su-0036 joined on 2014-07-11, after Q9 (2014-07-01): at Q10 there is no earlier picture of them.
    const id = "su-0036";
    const node = PROJECT.nodes.find((n) => n.id === id)!;
    expect(node.start).toBe("2014-07-11");
    expect(previousReviewAt(PROJECT, id, AT)).toBeUndefined();
    const text = journeyText(journeyChange(PROJECT, id, AT, previousWaveDate(PROJECT, AT)), callName(node.label, node.id, false));
    expect(text).toMatch(/^This is .+'s first review since joining the service on 2014-07-11: there is no earlier review of theirs to compare with\./);
    app = await perTest.open(`#at=${AT}&node=${id}`);
    const { page } = app;
    await page.locator('[data-view="journey"]').click();
    await expect.poll(() => page.getByTestId("journey-text").innerText(), PATIENT).toBe(text);
    expect(text).not.toContain("not changed");
    expect(await page.getByTestId("journey-ego-before").count()).toBe(0);
    expect(await page.getByText("At the previous review").count()).toBe(0);
    expect(await page.locator(".journey-dates").innerText()).toContain(`Date shown ${AT}; their first review since joining.`);
  });

  test("a worker has no client review: the view says kindly what it is for", async () => {
    app = await perTest.open(`#at=${AT}&node=w-005`);
    const { page } = app;
    await page.locator('[data-view="journey"]').click();
    const node = PROJECT.nodes.find((n) => n.id === "w-005")!;
    expect(node.kind).toBe("worker");
    await expect.poll(() => page.getByTestId("journey-empty").innerText(), PATIENT).toBe(
      `The Journey view is a client's review, for service users. ${node.label} (w-005) is a worker, so there is no review to show: ` +
        "select a service user on the map, in the nodes table or in the Needs attention list. Their own network is in the Ego view.",
    );
    expect(await page.locator(".journey-head").count()).toBe(0);
  });
});
