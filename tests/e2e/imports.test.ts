// Opening the field's files in the page through the "Open files…" input, as a user would: a
// Windows-1252 CSV (warning beside the map, names right), an .xlsx workbook, and a survey whose
// columns are not the expected names (the mapping dialog, then the remembered mapping); the
// header's Self-loops setting (drop with a warning, or refuse), and the choice of graph in a
// GraphML file of several.
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { appForFile, HAS_BROWSER, mapCounts, PATIENT, searchFor } from "./harness.ts";
import { xlsxFile } from "../core/io/xlsx/xlsxFile.ts";

const CASES = fileURLToPath(new URL("../fixtures/cases/import/", import.meta.url));
const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

describe.skipIf(!HAS_BROWSER)("opening the field's files", () => {
  const app = appForFile();
  const input = () => app.page.locator("header input[type=file][multiple]");

  test("case 01: a Windows-1252 nodes.csv opens with its names right and one warning beside the map", async () => {
    const { page } = app;
    await input().setInputFiles([`${CASES}01-cp1252-csv/nodes.csv`, `${CASES}01-cp1252-csv/ties.csv`]);
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 3 of 3 nodes, 2 of 2 ties");
    const warnings = page.locator(".problems.warnings[role=status] ol > li");
    await expect.poll(() => warnings.count(), PATIENT).toBe(1);
    expect(await warnings.first().innerText()).toMatch(/^nodes\.csv, line 2: is not UTF-8, so it was read as Windows-1252/);
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
    await searchFor(page, "Zoë");
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe("Zoë Ångström (n1)");
    await page.getByRole("button", { name: "Dismiss" }).click();
  });

  test("an .xlsx workbook with a nodes and a ties sheet opens", async () => {
    const { page } = app;
    const bytes = xlsxFile({ nodes: [["id", "label"], ["a", "Ash"], ["b", "Birch"], ["c", "Cedar"]], ties: [["source", "target", "weight"], ["a", "b", 2], ["b", "c", 0.5]] });
    await input().setInputFiles({ name: "trees.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bytes) });
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 3 of 3 nodes, 2 of 2 ties");
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
  });

  test("a survey with its own column names asks once in the mapping dialog, then opens with the remembered mapping", async () => {
    const { page } = app;
    const files = [csv("nodes.csv", "respondent,role\nr1,client\nr2,mentor\nr3,client\n"), csv("ties.csv", "ego_ref,alter_ref,contacts\nr1,r2,3\nr3,r2,1\n")];
    await input().setInputFiles(files);
    const dialog = page.locator("dialog.mapping-dialog");
    await expect.poll(() => dialog.isVisible(), PATIENT).toBe(true);
    // The first rows are shown; the columns found are the choices.
    expect(await dialog.locator("table.mapping-preview").first().locator("td").first().innerText()).toBe("r1");
    await dialog.locator('select[data-role="nodes"][data-target="id"]').selectOption("respondent");
    await dialog.locator('select[data-role="nodes"][data-target="kind"]').selectOption("role");
    await dialog.locator('select[data-kind-value="client"]').selectOption("service_user");
    await dialog.locator('select[data-kind-value="mentor"]').selectOption("peer_mentor");
    await dialog.locator('select[data-role="ties"][data-target="source"]').selectOption("ego_ref");
    await dialog.locator('select[data-role="ties"][data-target="target"]').selectOption("alter_ref");
    await dialog.locator('select[data-role="ties"][data-target="weight"]').selectOption("contacts");
    await dialog.getByRole("button", { name: "Open with these columns" }).click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 3 of 3 nodes, 2 of 2 ties");
    expect(await dialog.count()).toBe(0);
    await searchFor(page, "r2");
    await expect.poll(() => page.locator(".panel.right dl").innerText(), PATIENT).toMatch(/peer mentor/i);

    // The same columns again: no dialog, a warning that the remembered mapping was used.
    await input().setInputFiles(files);
    const warnings = page.locator(".problems.warnings[role=status] ol > li");
    await expect.poll(() => warnings.count(), PATIENT).toBeGreaterThan(0);
    expect(await warnings.first().innerText()).toContain("was read with the column mapping chosen before for these columns");
    expect(await dialog.count()).toBe(0);
    await page.getByRole("button", { name: "Dismiss" }).click();
  });

  test("the Self-loops setting: refuse shows the self-loop as a problem, and is remembered; drop opens with a warning", async () => {
    const { page } = app;
    const files = [csv("nodes.csv", "id\na\nb\n"), csv("ties.csv", "source,target\na,b\nb,b\n")];
    await page.locator("header select#self-loops").selectOption("refuse");
    expect(await page.evaluate(() => localStorage.getItem("recovery-networks:self-loops"))).toBe("refuse");
    await input().setInputFiles(files);
    const problems = page.locator(".problems[role=alert] ol > li");
    await expect.poll(() => problems.count(), PATIENT).toBe(1);
    expect(await problems.first().innerText()).toContain('ties.csv, row 3, column "target": tie "t2" links node "b" to itself');
    await page.getByRole("button", { name: "Dismiss" }).click();

    await page.locator("header select#self-loops").selectOption("drop");
    await input().setInputFiles(files);
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 2 of 2 nodes, 1 of 1 ties");
    const warnings = page.locator(".problems.warnings[role=status] ol > li");
    await expect.poll(() => warnings.count(), PATIENT).toBe(1);
    expect(await warnings.first().innerText()).toContain('1 tie links a node to itself and was left out: "b"');
    await page.getByRole("button", { name: "Dismiss" }).click();
  });

  test("a GraphML file of several graphs asks which to open, listing them, and opens the one chosen", async () => {
    const { page } = app;
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph id="monday" edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>
  <graph id="tuesday" edgedefault="undirected"><node id="x"/><node id="y"/><node id="z"/><edge source="x" target="y"/><edge source="y" target="z"/></graph>
</graphml>
`;
    await input().setInputFiles({ name: "week.graphml", mimeType: "application/xml", buffer: Buffer.from(text) });
    const dialog = page.locator("dialog.graph-dialog");
    await expect.poll(() => dialog.isVisible(), PATIENT).toBe(true);
    expect((await dialog.locator("label").allInnerTexts()).map((t) => t.trim())).toEqual(["1. monday: 2 nodes, 1 edge", "2. tuesday: 3 nodes, 2 edges"]);
    await dialog.locator('input[value="tuesday"]').check();
    await dialog.getByRole("button", { name: "Open this graph" }).click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 3 of 3 nodes, 2 of 2 ties");
    expect(await dialog.count()).toBe(0);
    const warnings = page.locator(".problems.warnings[role=status] ol > li");
    await expect.poll(() => warnings.count(), PATIENT).toBe(1);
    expect(await warnings.first().innerText()).toContain('graph 2 ("tuesday") was read and the other was left out ("monday")');
    await page.getByRole("button", { name: "Dismiss" }).click();
  });
});
