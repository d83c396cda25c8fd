// The tie weight in the page: karate (networkx's `weight`) shows node 33's strength as 48 with
// "Strength = sum of `weight`", and choosing no weight under Appearance makes it 17 (its ties);
// the page's own CSV export (`<project>-nodes.csv` …) opens as saved.
import { describe, expect, test } from "vitest";
import { appForFile, csvUpload, HAS_BROWSER, mapCounts, PATIENT, repoFile, searchFor } from "./harness.ts";


describe.skipIf(!HAS_BROWSER)("tie weight and the page's CSV export", () => {
  const app = appForFile();
  const input = () => app.page.locator("header input[type=file][multiple]");
  /** The Strength row of the details panel's metrics table. */
  const strength = () => app.page.locator(".panel.right table.metrics tr", { hasText: /^Strength/ }).locator("td").first().innerText();

  test("karate: strength is the sum of `weight` (48 at node 33), and 17 with no weight chosen", async () => {
    const { page } = app;
    await input().setInputFiles(repoFile("datasets/classic/karate.graphml"));
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 34 of 34 nodes, 78 of 78 ties");
    await searchFor(page, "33");
    await expect.poll(() => page.locator(".panel.right h3").innerText(), PATIENT).toBe("33 (33)");
    await expect.poll(strength, PATIENT).toBe("48");
    expect(await page.getByTestId("weight-line").innerText()).toMatch(/^Strength = sum of `weight`\./);
    expect(await page.getByTestId("tie-weight").inputValue()).toBe("weight");
    await page.getByTestId("tie-weight").selectOption("(none)");
    await expect.poll(strength, PATIENT).toBe("17");
    expect(await page.getByTestId("weight-line").innerText()).toMatch(/^Strength = number of ties/);
  });

  test("the files of the page's CSV export, <project>-nodes.csv and <project>-ties.csv, open as a project", async () => {
    const { page } = app;
    await input().setInputFiles([
      csvUpload("kent-pilot-nodes.csv", "id,label,kind\na,Ann,service_user\nb,Bob,peer_mentor\nc,Cy,friend\n"),
      csvUpload("kent-pilot-ties.csv", "id,source,target,type,valence,strength\nt1,a,b,mentoring,supportive,4\nt2,a,c,friend,neutral,2\n"),
    ]);
    await expect.poll(() => mapCounts(page), PATIENT).toBe("Showing 3 of 3 nodes, 2 of 2 ties");
    expect(await page.locator(".problems[role=alert]").count()).toBe(0);
    await searchFor(page, "Ann");
    await expect.poll(strength, PATIENT).toBe("6");
  });
});
