// The page by keyboard alone: the first Tab reaches "Skip to the view", which moves the focus past
// the header and the side panels; the view tabs are one Tab stop, moved through with the arrow
// keys, Home and End (WAI-ARIA tabs), each showing its view.
import { describe, expect, test } from "vitest";
import { appForFile, HAS_BROWSER, PATIENT } from "./harness.ts";

describe.skipIf(!HAS_BROWSER)("keyboard", () => {
  const app = appForFile();
  const selectedTab = () => app.page.locator('[role=tab][aria-selected="true"]').innerText();
  const focused = () => app.page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName ?? "");

  test("the first Tab reaches the skip link, and Enter puts the focus on the view", async () => {
    const { page } = app;
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to the view");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("view-host");
  });

  test("arrow keys, Home and End move between the view tabs; only the selected one is a Tab stop", async () => {
    const { page } = app;
    const tabs = page.getByRole("tab");
    const labels = await tabs.allInnerTexts();
    expect(labels[0]).toBe("Map");
    await page.getByRole("tab", { name: "Map" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(selectedTab, PATIENT).toBe(labels[1]);
    expect(await focused()).toBe(labels[1]);
    expect(await tabs.evaluateAll((all) => all.map((t) => (t as HTMLElement).tabIndex))).toEqual(labels.map((_, i) => (i === 1 ? 0 : -1)));
    await page.keyboard.press("End");
    await expect.poll(selectedTab, PATIENT).toBe(labels[labels.length - 1]);
    await page.keyboard.press("ArrowRight");
    await expect.poll(selectedTab, PATIENT).toBe("Map");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(selectedTab, PATIENT).toBe(labels[labels.length - 1]);
    await page.keyboard.press("Home");
    await expect.poll(selectedTab, PATIENT).toBe("Map");
    expect(await page.locator("#view-host").getAttribute("aria-labelledby")).toBe("tab-map");
  });
});
