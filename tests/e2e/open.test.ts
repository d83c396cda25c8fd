// Opening files in the page as a user would, through the "Open files…" input: a CSV project with
// mistakes lists every problem with its row and leaves the open network as it was; a good CSV
// project (several files at once) and a GraphML file from networkx replace it.
import { describe, expect, test } from "vitest";
import { appForFile, csvUpload, HAS_BROWSER, inkedPixels, mapCounts, PATIENT, repoFile, searchFor } from "./harness.ts";

const SAMPLE_COUNTS = "Showing 419 of 419 nodes, 635 of 635 ties";

describe.skipIf(!HAS_BROWSER)("opening files", () => {
  const app = appForFile();
  const input = () => app.page.locator("header input[type=file][multiple]");

  test("a CSV project with a tie to a missing node and a bad valence lists both problems by row; the sample stays", async () => {
    const { page } = app;
    const title = await page.locator("header h1").innerText();
    await input().setInputFiles([
      csvUpload("nodes.csv", "id,label,kind\na,Ann,service_user\nb,Bob,peer_mentor\n"),
      csvUpload("ties.csv", "source,target,type,valence,strength\na,b,mentoring,supportive,4\na,zz,friend,neutral,3\nb,a,friend,friendly,2\n"),
    ]);
    const problems = page.locator(".problems[role=alert] ol > li");
    await expect.poll(() => problems.count(), PATIENT).toBe(2);
    const lines = await problems.allInnerTexts();
    expect(lines[0]).toMatch(/^ties\.csv, row 3, column "target": .*"zz".*not in the nodes/);
    expect(lines[1]).toMatch(/^ties\.csv, row 4, column "valence": .*"friendly".*supportive, neutral, risk/);
    expect(await page.locator(".problems strong").first().innerText()).toBe("Could not open: 2 problems");
    expect(await mapCounts(page)).toBe(SAMPLE_COUNTS);
    expect(await page.locator("header h1").innerText()).toBe(title);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => problems.count(), PATIENT).toBe(0);
  });

  test("a good CSV project, four files at once, replaces the network", async () => {
    const { page } = app;
    await input().setInputFiles(["nodes.csv", "ties.csv", "observations.csv", "waves.csv"].map((f) => repoFile(`datasets/example-csv/${f}`)));
    // Every node and tie of datasets/example-csv exists on its last wave, 2024-10-01.
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 4 of 4 nodes, 3 of 3 ties");
    expect(await page.locator(".timeline input[type=date]").inputValue()).toBe("2024-10-01");
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
    await searchFor(page, "Sam");
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe("Sam (su1)");
    expect(await page.locator(".panel.right dl").innerText()).toMatch(/housing\s+supported/);
  });

  test("a GraphML file from networkx (Zachary's karate club) opens with every node and tie", async () => {
    const { page } = app;
    await input().setInputFiles(repoFile("datasets/classic/karate.graphml"));
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 34 of 34 nodes, 78 of 78 ties");
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
    // 34 nodes and 78 ties drawn: at least a thousand non-white pixels on the stage.
    const stage = page.locator(".map-stage");
    await expect.poll(async () => (await inkedPixels(page, await stage.screenshot())).inked, PATIENT).toBeGreaterThan(1_000);
  });
});
