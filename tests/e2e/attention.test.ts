// The "Needs attention" view on the sample programme at its last wave: the list and its counts
// against the core's own numbers, a threshold change re-ranking it, a row click selecting the
// client, and a reviewed mark surviving a JSON export and re-open.
import { describe, expect, it } from "vitest";
import { needsAttention, rowHasReason } from "../../src/core/attention/index.ts";
import { PROJECT_VERSION, projectSchema } from "../../src/core/model/schema.ts";
import { attentionKeep } from "../../src/ui/map/attentionOnMap.ts";
import { HAS_BROWSER, pagePerTest, PATIENT, SAMPLE, type AppPage } from "./harness.ts";

const AT = "2015-04-01";
const sample = projectSchema.parse(SAMPLE);

describe.skipIf(!HAS_BROWSER)("Needs attention view", () => {
  const perTest = pagePerTest();
  let app: AppPage | undefined;

  async function openList(): Promise<AppPage> {
    const opened = await perTest.open(`#at=${AT}`);
    await opened.page.locator('[data-view="attention"]').click();
    await opened.page.getByTestId("attention-table").waitFor(PATIENT);
    return opened;
  }

  it("lists the core's rows in the core's order, with its counts", async () => {
    app = await openList();
    const list = needsAttention(sample, AT);
    await expect.poll(() => app!.page.getByTestId("attention-summary").textContent(), PATIENT).toContain(
      `${list.rows.length} of ${list.present} clients present on ${AT} need attention`,
    );
    const clients = await app.page.locator(".attention-table tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.client));
    expect(clients).toEqual(list.rows.map((r) => r.client));
    const first = app.page.locator(".attention-table tbody tr").first();
    expect(await first.locator(".attention-headline").textContent()).toContain(`${list.rows[0].headline.label}: ${list.rows[0].headline.words}`);
    await app.page.getByText("Rules and thresholds (kept with the project)").click();
    const noGroup = list.ruleCounts.find((c) => c.flag === "no_group")!;
    expect(await app.page.locator('.attention-rules tr[data-flag="no_group"] .attention-count').textContent()).toBe(`${noGroup.count} of ${list.present}`);
  });

  it("a reason filter keeps every listed client with that reason, merged or as context", async () => {
    app = await openList();
    const list = needsAttention(sample, AT);
    const expected = list.rows.filter((r) => rowHasReason(r, "no_group")).map((r) => r.client);
    // More than the clients whose headline absorbs it ("No ties at all"): context counts too.
    expect(expected.length).toBeGreaterThan(list.rows.filter((r) => r.headline.restates.some((x) => x.flag === "no_group")).length);
    await app.page.getByTestId("attention-filter-reason").selectOption("no_group");
    await expect.poll(() => app!.page.locator(".attention-table tbody tr").count(), PATIENT).toBe(expected.length);
    const clients = await app.page.locator(".attention-table tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.client));
    expect(clients).toEqual(expected);
  });

  it("names the rules from the thresholds in use", async () => {
    app = await openList();
    const changed = needsAttention(sample, AT, { settings: { riskShareAtLeast: 0.3, minPeople: 5 } });
    const label = (flag: string) => changed.ruleCounts.find((c) => c.flag === flag)!.label;
    expect(label("risk_half_or_more")).toBe("Risk ties are 30 % or more");
    expect(label("few_people")).toBe("Fewer than 5 people");
    await app.page.getByText("Rules and thresholds (kept with the project)").click();
    const rule = (flag: string) => app!.page.locator(`.attention-rules tr[data-flag="${flag}"] td:nth-child(2)`);
    expect(await rule("risk_half_or_more").textContent()).toBe("Risk ties are half or more");
    for (const [key, value] of [["riskShareAtLeast", "0.3"], ["minPeople", "5"]]) {
      const input = app.page.locator(`input[data-setting="${key}"]`);
      await input.fill(value);
      await input.dispatchEvent("change");
    }
    await expect.poll(() => rule("risk_half_or_more").textContent(), PATIENT).toBe("Risk ties are 30 % or more");
    await expect.poll(() => rule("few_people").textContent(), PATIENT).toBe("Fewer than 5 people");
    const options = await app.page.getByTestId("attention-filter-reason").locator("option").allTextContents();
    expect(options.some((o) => o.startsWith("Fewer than 3 people") || o.startsWith("Risk ties are half"))).toBe(false);
  });

  it("re-ranks at once when a threshold changes", async () => {
    app = await openList();
    const loose = needsAttention(sample, AT, { settings: { supportiveLostShareAtLeast: 0 } });
    await app.page.getByText("Rules and thresholds (kept with the project)").click();
    const input = app.page.locator('input[data-setting="supportiveLostShareAtLeast"]');
    await input.fill("0");
    await input.dispatchEvent("change");
    await expect.poll(() => app!.page.locator(".attention-table tbody tr").count(), PATIENT).toBe(loose.rows.length);
    const clients = await app.page.locator(".attention-table tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.client));
    expect(clients).toEqual(loose.rows.map((r) => r.client));
  });

  it("selects the client when a row is clicked, and opens their journey from their name", async () => {
    app = await openList();
    const list = needsAttention(sample, AT);
    const row = list.rows[2];
    await app.page.locator(`.attention-table tr[data-client="${row.client}"] td.attention-who + td`).click();
    await app.page.locator(".panel.right").getByText(`${row.label} (${row.client})`).waitFor(PATIENT);
    await app.page.locator(`.attention-table tr.selected[data-client="${row.client}"]`).waitFor(PATIENT);
    expect(await app.page.locator(".attention-table tr.selected").count()).toBe(1);
    // The details panel gives the same reasons as the list: the headline first, in the same words.
    const reasons = app.page.getByTestId("attention-reasons").locator("li");
    await expect.poll(() => reasons.count(), PATIENT).toBe(1 + row.others.length);
    expect(await reasons.first().innerText()).toBe(`${row.headline.label}: ${row.headline.words} (${row.headline.held})`);

    await app.page.locator(`.attention-table tr[data-client="${row.client}"] .attention-name`).click();
    await app.page.locator('[data-view="journey"][aria-selected="true"]').waitFor(PATIENT);
    await expect.poll(() => app!.page.evaluate(() => location.hash), PATIENT).toBe(`#at=${AT}&node=${row.client}&view=journey`);
    await app.page.locator(".view-journey").getByText(row.label).first().waitFor(PATIENT);
  });

  it("the map's filter shows only the listed clients and whom they are tied to; the colour menu offers needs attention", async () => {
    app = await perTest.open(`#at=${AT}`);
    const keep = attentionKeep(sample, AT);
    await app.page.locator("#attention-only").check();
    await expect.poll(() => app!.page.locator(".map-toolbar .showing").textContent(), PATIENT).toMatch(new RegExp(`^Showing ${keep.size} of \\d+ nodes`));
    await app.page.locator("#colour-by").selectOption("attention");
    await app.page.getByText("needs attention: no ties at all").waitFor(PATIENT);
    expect(await app.page.locator("#colour-by").inputValue()).toBe("attention");
  });

  it("keeps a reviewed mark through a JSON export and re-open", async () => {
    app = await openList();
    const list = needsAttention(sample, AT);
    const client = list.rows[0].client;
    const row = app.page.locator(`.attention-table tr[data-client="${client}"]`);
    await row.getByTestId("attention-review").first().click();
    await row.getByTestId("attention-note").fill("phoned, left a message");
    await row.getByRole("button", { name: "Save" }).click();
    await app.page.locator(`.attention-table tr[data-client="${client}"]`).getByTestId("attention-mark").waitFor(PATIENT);
    const download = app.page.waitForEvent("download", PATIENT);
    await app.page.getByLabel("Export the network").selectOption({ label: "Project JSON" });
    const text = (await streamBytes(await (await download).createReadStream())).toString("utf8");
    const saved = JSON.parse(text);
    expect(saved.version).toBe(PROJECT_VERSION);
    expect(saved.meta.attention.marks).toMatchObject([{ client, reason: list.rows[0].headline.flag, note: "phoned, left a message" }]);
    await app.page.locator('input[type="file"]').first().setInputFiles({ name: "reopened.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await app.page.locator('[data-view="attention"]').click();
    const reopened = app.page.locator(`.attention-table tr[data-client="${client}"]`).getByTestId("attention-mark");
    await reopened.waitFor(PATIENT);
    expect(await reopened.textContent()).toContain("phoned, left a message");
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
