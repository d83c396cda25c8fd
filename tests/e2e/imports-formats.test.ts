// Opening the field's other formats in the page as a user would, through the "Open files…" input
// (tests/fixtures/cases/): a Pajek network, egor's three ego-network files at once, a yEd file
// with group nodes; and saving the network back as Pajek from the export menu.
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { appForFile, HAS_BROWSER, mapCounts, PATIENT, VERY_PATIENT } from "./harness.ts";

const file = (path: string) => fileURLToPath(new URL(`../fixtures/cases/${path}`, import.meta.url));

describe.skipIf(!HAS_BROWSER)("opening Pajek, ego-network and yEd files", () => {
  const app = appForFile();
  const input = () => app.page.locator("header input[type=file][multiple]");

  test("a Pajek .net opens with its 4 nodes and 3 ties, and saves back as Pajek from the export menu", async () => {
    const { page } = app;
    await input().setInputFiles(file("16-pajek/network.net"));
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 4 of 4 nodes, 3 of 3 ties");
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
    // The positions are saved into the project when the layout of the opened file has finished.
    await page.locator("header .status").filter({ hasText: "Layout saved into the project" }).waitFor(VERY_PATIENT);
    const download = page.waitForEvent("download", PATIENT);
    await page.getByLabel("Export the network").selectOption("pajek");
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("network.net");
    const chunks: Buffer[] = [];
    for await (const chunk of await saved.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
    const lines = Buffer.concat(chunks).toString("utf8").split("\r\n");
    // The page has laid the nodes out, so each vertex carries its position.
    expect(lines.slice(0, 2)).toEqual(['*Network "network"', "*Vertices 4"]);
    expect(lines.slice(2, 6).map((l) => l.replace(/ -?[\d.e+-]+ -?[\d.e+-]+$/, " x y"))).toEqual(['1 "Ash" x y', '2 "Birch" x y', '3 "Cedar" x y', '4 "Dogwood" x y']);
    expect(lines.slice(6)).toEqual(["*Edges", "1 2 1", "1 3 2", "3 4 1", ""]);
  });

  test("egor's three files, given at once, open as two ego networks: 7 nodes, 8 ties", async () => {
    const { page } = app;
    await input().setInputFiles(["egos.csv", "alters.csv", "aaties.csv"].map((f) => file(`17-egor-ego-networks/${f}`)));
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 7 of 7 nodes, 8 of 8 ties");
    // Beside the map, the warning that says how the files were read.
    const warnings = await page.locator(".problems.warnings[role=status] ol > li").allInnerTexts();
    expect(warnings[0]).toMatch(/^egos\.csv \+ alters\.csv \+ aaties\.csv: read as ego-network survey data: 2 egos, each tied to its alters; 5 alters, distinct per ego/);
  });

  test("a yEd file with a group node opens flattened: 4 nodes, 4 ties", async () => {
    const { page } = app;
    await input().setInputFiles(file("23-graphml-yed-group-nodes.graphml"));
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 4 of 4 nodes, 4 of 4 ties");
    // One message for the groups, and no follow-on lines about their members.
    const warnings = await page.locator(".problems.warnings[role=status] ol > li").allInnerTexts();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('1 group node ("n0") holds a nested graph, as yEd writes groups; the groups were flattened');
  });
});
