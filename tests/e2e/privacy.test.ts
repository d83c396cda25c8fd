// "Pseudonymise exports" covers every export, checked on the files themselves: with it ticked,
// the network (JSON, CSV, GEXF, GraphML, Pajek), the map's PNG, SVG and print and both table CSVs
// of the sample hold no name and no id of any person of the project, and they do hold pseudonyms, the
// same ones in every file. The PNG is a picture, so its text is checked where it comes from: the
// page draws the PNG from an SVG document (src/ui/export/mapImage.ts); the test captures that
// document as the page hands it to the browser (URL.createObjectURL) and checks it, and checks
// that the PNG is that drawing (its size is the SVG's at 3×). "Hide names" is checked apart:
// it hides people's names on screen, keeps groups' names when asked, and no longer ticks
// "Pseudonymise exports" behind the user's back.
import type { Download, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { HAS_BROWSER, inkedPixels, pagePerTest, PATIENT, SAMPLE, searchFor } from "./harness.ts";

const PEOPLE = SAMPLE.nodes.filter((n) => n.kind !== "group");
const GROUPS = SAMPLE.nodes.filter((n) => n.kind === "group");
const NOTICE = "Pseudonymised — still personal data under UK GDPR; keep it as securely as the original";
const PSEUDONYM = /^(service user|peer mentor|family|friend|worker|community member|group) [0-9A-HJKMNP-TV-Z]{5,}$/;

/** The text of a file as a reader sees it: XML character references decoded. */
function readable(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Every person's label or id found in `text` (ids as whole words: `su-0009`, not inside `su-00091`). */
function namesIn(text: string): string[] {
  const plain = readable(text);
  const lower = plain.toLowerCase();
  return PEOPLE.flatMap((n) => [
    ...(lower.includes(n.label.toLowerCase()) ? [n.label] : []),
    ...(new RegExp(`(^|[^\\w-])${n.id}(?![\\w-])`).test(plain) ? [n.id] : []),
  ]);
}

/** Waits for `count` downloads started by `act`, in the order they come. */
async function downloads(page: Page, count: number, act: () => Promise<unknown>): Promise<{ name: string; text: string; bytes: Buffer }[]> {
  const got: Download[] = [];
  const listener = (d: Download) => got.push(d);
  page.on("download", listener);
  try {
    await act();
    await expect.poll(() => got.length, PATIENT).toBe(count);
  } finally {
    page.off("download", listener);
  }
  return Promise.all(got.map(async (d) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await d.createReadStream()) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    return { name: d.suggestedFilename(), text: bytes.toString("utf8"), bytes };
  }));
}

describe.skipIf(!HAS_BROWSER)("pseudonymised exports", () => {
  const pages = pagePerTest();

  test("export pseudonymised (network, PNG, SVG, map print, tables) and find no name", async () => {
    const { page } = await pages.open();
    await page.getByLabel("Pseudonymise exports").check();
    const note = page.getByTestId("privacy-note");
    // Before any export: what is covered, that it is personal data, and who stays unique.
    await expect.poll(() => note.innerText(), PATIENT).toMatch(/^Pseudonymised exports \(.*\) are still personal data under UK GDPR\. \d+ people have a number of ties no one else of their kind has/);

    // The map first (the first export of the project): a person selected, so the map labels them and their neighbours.
    const pictureLabels: string[] = [];
    const person = SAMPLE.nodes.find((n) => n.kind === "service_user" && SAMPLE.ties.filter((t) => t.source === n.id || t.target === n.id).length >= 5)!;
    await searchFor(page, person.label);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { svgsDrawn: string[] }).svgsDrawn = seen;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob && object.type === "image/svg+xml") void object.text().then((t) => seen.push(t));
        return create(object);
      };
    });
    const [png] = await downloads(page, 1, () => page.getByRole("button", { name: "PNG", exact: true }).click());
    await expect.poll(() => page.evaluate(() => (window as unknown as { svgsDrawn: string[] }).svgsDrawn.length), PATIENT).toBe(1);
    const drawn = await page.evaluate(() => (window as unknown as { svgsDrawn: string[] }).svgsDrawn[0]);
    const [svg] = await downloads(page, 1, () => page.getByRole("button", { name: "SVG", exact: true }).click());
    // The PNG is the drawing captured: 3× its size.
    const size = drawn.match(/<svg [^>]*width="([\d.]+)" height="([\d.]+)"/)!;
    const image = await inkedPixels(page, png.bytes);
    expect([image.width, image.height]).toEqual([Math.round(Number(size[1]) * 3), Math.round(Number(size[2]) * 3)]);
    expect(png.name).toMatch(/^synthetic-recovery-programme-seed-2012-pseudonymised-.*\.png$/);
    for (const picture of [drawn, svg.text]) {
      const texts = [...picture.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => readable(m[1]));
      // The selected person and their neighbours are labelled, by pseudonyms (how many neighbours'
      // labels fit beside each other depends on the map's size: at least one does).
      expect(texts.filter((t) => PSEUDONYM.test(t)).length).toBeGreaterThanOrEqual(2);
      pictureLabels.push(...texts.filter((t) => PSEUDONYM.test(t)));
      expect(texts).toContain(NOTICE);
    }
    // The map's print: drawn when print media is on, from the same pseudonymised scene.
    await page.emulateMedia({ media: "print" });
    const printed = page.getByTestId("map-print");
    await printed.waitFor({ state: "attached", ...PATIENT });
    const printText = (await printed.evaluate((e) => e.outerHTML));
    await page.emulateMedia({ media: "screen" });
    expect([...printText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => readable(m[1]))).toContain(NOTICE);
    const pictures = [{ name: "drawn-for-png.svg", text: drawn }, svg, { name: "map print", text: printText }];

    const files: { name: string; text: string }[] = [];
    const exportAs = async (format: string, count: number) => {
      const got = await downloads(page, count, () => page.getByLabel("Export the network").selectOption(format));
      files.push(...got);
      return got;
    };
    const [json] = await exportAs("json", 1);
    const csv = await exportAs("csv", 5); // nodes, ties, observations, waves, and the notice
    const [gexf] = await exportAs("gexf", 1);
    const [graphml] = await exportAs("graphml", 1);
    const [pajek] = await exportAs("pajek", 1);
    await expect.poll(() => page.locator(".app-header .status").innerText(), PATIENT).toMatch(/names replaced by pseudonyms.*Warning: \d+ people have a number of ties/);

    // The files hold the whole network under pseudonyms, and say what they are.
    const project = JSON.parse(json.text);
    expect(project.nodes).toHaveLength(SAMPLE.nodes.length);
    expect(project.ties).toHaveLength(SAMPLE.ties.length);
    expect(project.nodes.filter((n: { label: string }) => !PSEUDONYM.test(n.label))).toEqual([]);
    expect(project.meta.attributes.privacy).toBe(NOTICE);
    expect(project.meta.attributes.pseudonym_key).toBeUndefined();
    expect(project.meta.source).toBeUndefined();
    expect(csv.map((f) => f.name)).toEqual(["nodes", "ties", "observations", "waves", "notice"].map((s) => `synthetic-recovery-programme-seed-2012-pseudonymised-${s}${s === "notice" ? ".txt" : ".csv"}`));
    expect(csv[4].text.startsWith(NOTICE)).toBe(true);
    expect(readable(gexf.text)).toContain(NOTICE);
    expect(readable(graphml.text)).toContain(NOTICE);
    expect(pajek.text.startsWith(`% ${NOTICE}`)).toBe(true);
    // The same person has the same pseudonym in every file: the CSV's labels are the JSON's.
    const labels = new Set<string>(project.nodes.map((n: { label: string }) => n.label));
    const csvLabels = csv[0].text.split("\r\n").slice(1, -1).map((line) => line.split(",")[1]);
    expect(new Set(csvLabels)).toEqual(labels);
    expect(pictureLabels.filter((t) => !labels.has(t))).toEqual([]);
    files.push(...pictures);

    // The tables: nodes and ties, each as shown.
    await page.locator('[data-view="tables"]').click();
    const exportCsv = page.getByRole("button", { name: "Export CSV (pseudonymised)" });
    const [nodesCsv] = await downloads(page, 1, () => exportCsv.click());
    await page.locator('.table-switch [data-table="ties"]').click();
    await expect.poll(() => page.locator('.table-switch [data-table="ties"]').getAttribute("aria-pressed"), PATIENT).toBe("true");
    const [tiesCsv] = await downloads(page, 1, () => exportCsv.click());
    expect([nodesCsv.name, tiesCsv.name]).toEqual([expect.stringMatching(/^nodes-pseudonymised-/), expect.stringMatching(/^ties-pseudonymised-/)]);
    expect(nodesCsv.text.split("\r\n").length).toBeGreaterThan(100);
    // The table's pseudonyms are the network's too.
    const tableRows = nodesCsv.text.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line !== "").map((line) => line.split(","));
    const labelAt = tableRows[0].indexOf("label");
    expect(tableRows.slice(1).filter((row) => !labels.has(row[labelAt]))).toEqual([]);
    files.push(nodesCsv, tiesCsv);

    for (const file of files) expect(namesIn(file.text), file.name).toEqual([]);
    // The check itself finds a name where there is one.
    expect(namesIn(`<text>${PEOPLE[0].label.replace("'", "&apos;")}</text>`)).toEqual([PEOPLE[0].label]);
  });

  test("shift dates moves every date of an export by one whole number of days, and the codes stay the same across exports", async () => {
    const { page } = await pages.open();
    await page.getByLabel("Pseudonymise exports").check();
    await page.getByLabel("Shift dates").check();
    const exportJson = async () => JSON.parse((await downloads(page, 1, () => page.getByLabel("Export the network").selectOption("json")))[0].text);
    const first = await exportJson();
    const second = await exportJson();
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    for (const exported of [first, second]) {
      const shifts = new Set(exported.waves.map((w: { date: string }, i: number) => day(w.date) - day(SAMPLE.waves[i].date)));
      expect(shifts.size).toBe(1);
      const [shift] = [...shifts] as number[];
      expect(Number.isInteger(shift) && Math.abs(shift) >= 30 && Math.abs(shift) <= 365).toBe(true);
      // Observations moved by the same days.
      expect(day(exported.observations[0].date) - day(SAMPLE.observations[0].date)).toBe(shift);
    }
    // The same people under the same codes, in the same order, both times.
    expect(second.nodes.map((n: { id: string; label: string }) => [n.id, n.label])).toEqual(first.nodes.map((n: { id: string; label: string }) => [n.id, n.label]));
  });

  test("hide names hides people's names, keeps group names when asked, and leaves exports as chosen", async () => {
    const { page } = await pages.open();
    await page.getByLabel("Hide names").check();
    expect(await page.getByLabel("Pseudonymise exports").isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId("privacy-note").innerText(), PATIENT).toBe(
      "Names are hidden on screen only: exports still show them. Tick “Pseudonymise exports” to leave them out of files and pictures.",
    );
    await page.locator('[data-view="tables"]').click();
    const nameCells = () => page.locator(".view-tables").innerText();
    const group = GROUPS[0];
    await expect.poll(nameCells, PATIENT).toContain(group.id);
    let shown = await nameCells();
    expect(shown).not.toContain(group.label);
    expect(namesIn(shown)).not.toContain(PEOPLE[0].label);

    await page.getByLabel("Show group names").check();
    await expect.poll(nameCells, PATIENT).toContain(group.label);
    shown = await nameCells();
    expect(PEOPLE.filter((n) => shown.includes(n.label))).toEqual([]);
  });
});
