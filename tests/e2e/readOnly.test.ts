// Storage, editing and the interview together, in Chromium: a second tab on a project kept on
// this device opens it read-only, and there every control that would change the project is
// disabled with the reason or refuses with a visible message — never an uncaught error — and
// nothing it does is saved over the first tab's project; a new empty project shows a kind hint
// in the map's place with the buttons that start it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { needsAttention } from "../../src/core/attention/index.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
import { APP_URL, HAS_BROWSER, pagePerTest, PATIENT, SAMPLE, searchFor, VERY_PATIENT } from "./harness.ts";

const AT = "2015-04-01";
const FIRST = needsAttention(projectSchema.parse(SAMPLE), AT).rows[0].client;
/** What a read-only tab says, in its banner and as the reason of every disabled control. */
const READ_ONLY = "This project is open in another tab: changes here would overwrite it. Close it in the other tab, then choose Try again.";

/** The `savedAt` of every record of the raw `projects` store, read with the plain IndexedDB API. */
function savedTimes(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open("recovery-networks");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction("projects", "readonly").objectStore("projects").getAll();
      request.onsuccess = () => {
        db.close();
        resolve((request.result as { savedAt: string }[]).map((r) => r.savedAt));
      };
      request.onerror = () => reject(request.error);
    };
  }));
}

const keptState = (page: Page) => page.getByTestId("kept-state").textContent();
const mapShown = (page: Page) => page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(VERY_PATIENT);
/** The first layout has come to rest (it stops by itself, and saves the positions into the project). */
const layoutDone = (page: Page) => page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);

describe.skipIf(!HAS_BROWSER)("a read-only second tab, and an empty project", () => {
  const pages = pagePerTest();

  it("in a second tab on a stored project, every control that changes it is disabled with the reason or refuses, and nothing is saved", async () => {
    const app = await pages.open(`#at=${AT}`);
    const { page } = app;
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await layoutDone(page);
    await expect.poll(() => keptState(page), PATIENT).toMatch(/^Saved on this device \d/);
    const before = await savedTimes(page);
    expect(before).toHaveLength(1);

    const second = await page.context().newPage();
    // The second tab's uncaught errors count as the test's (expectCleanPage after the test).
    second.on("pageerror", (error) => app.errors.push(`second tab: ${error.message}`));
    await second.goto(`${APP_URL}#at=${AT}`);
    await mapShown(second);
    await expect.poll(() => second.getByTestId("read-only-banner").textContent(), PATIENT).toContain(READ_ONLY);
    // Its own first layout sets positions in its memory only.
    await layoutDone(second);

    // The editing controls: Add, Undo, Redo, and the node's editing buttons.
    const add = second.getByTestId("add-menu");
    expect(await add.isDisabled()).toBe(true);
    expect(await add.getAttribute("title")).toBe(READ_ONLY);
    expect(await second.getByTestId("undo").isDisabled()).toBe(true);
    expect(await second.getByTestId("undo").getAttribute("title")).toBe(READ_ONLY);
    await searchFor(second, FIRST);
    await second.getByTestId("edit-node").waitFor(PATIENT);
    expect(await second.getByTestId("edit-node").isDisabled()).toBe(true);
    expect(await second.getByTestId("add-tie").getAttribute("title")).toBe(READ_ONLY);
    // Ctrl+Z outside a text box does nothing here (and throws nothing).
    await second.locator(".map-stage").click({ position: { x: 5, y: 5 } });
    await second.keyboard.press("Control+z");

    // The tie weight (Appearance panel).
    const weight = second.getByTestId("tie-weight");
    expect(await weight.isDisabled()).toBe(true);
    expect(await weight.getAttribute("title")).toBe(READ_ONLY);

    // Needs attention: the "mark reviewed" buttons and the settings form.
    await second.locator('[data-view="attention"]').click();
    const review = second.locator(`.attention-table tr[data-client="${FIRST}"]`).getByTestId("attention-review").first();
    await review.waitFor(PATIENT);
    expect(await review.isDisabled()).toBe(true);
    expect(await review.getAttribute("title")).toBe(READ_ONLY);
    await second.getByTestId("attention-settings").locator("summary").click();
    expect(await second.getByTestId("attention-settings-read-only").innerText()).toBe(`These cannot be changed here: ${READ_ONLY}`);
    const settingControls = second.getByTestId("attention-settings").locator("input, button");
    expect(await settingControls.count()).toBeGreaterThan(3);
    for (const control of await settingControls.all()) expect(await control.isDisabled()).toBe(true);

    // The interview goes through its screens, and its Save refuses with the reason.
    await second.locator('[data-view="interview"]').click();
    await second.locator("#iv-client").selectOption(FIRST);
    await second.locator("#iv-date").fill(AT);
    await second.getByRole("button", { name: "Start the interview", exact: true }).click();
    const save = second.getByRole("button", { name: "Save", exact: true });
    for (let step = 0; step < 12 && (await save.count()) === 0; step++) {
      await second.getByRole("button", { name: "Next", exact: true }).click();
    }
    expect(await save.getAttribute("aria-disabled")).toBe("true");
    // aria-disabled (it stays in the Tab order, so the reason can be heard): a click does nothing.
    await save.click({ force: true });
    // The refusal of the review itself (someone unanswered) has an alert of its own, empty here.
    expect(await second.locator(".interview-view .iv-error:not([data-testid=iv-refusal])").innerText()).toBe(`Cannot save here: ${READ_ONLY}`);
    expect(await second.getByTestId("iv-refusal").innerText()).toBe("");

    // The project list: the open project cannot be renamed or deleted from here.
    await second.getByRole("button", { name: "Projects…" }).click();
    const row = second.locator(".project-list tr[data-project]").first();
    await row.waitFor(PATIENT);
    for (const name of ["Rename…", "Delete…"]) {
      const button = row.getByRole("button", { name, exact: true });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute("title")).toBe(READ_ONLY);
    }
    await second.locator(".project-list").getByRole("button", { name: "Close" }).click();

    // The layout and a pseudonymised picture (which gives the project its pseudonym key) change
    // the project in this tab's memory only.
    await second.locator('[data-view="map"]').click();
    await second.getByRole("button", { name: "Layout", exact: true }).click();
    await expect.poll(() => second.locator(".app-header .status").innerText(), VERY_PATIENT).toBe("Layout done here, not saved: this tab is read-only");
    await second.getByLabel("Pseudonymise exports").check();
    const download = second.waitForEvent("download", PATIENT);
    await second.locator(".map-toolbar").getByRole("button", { name: "SVG", exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);

    // Nothing the second tab did was saved over the first tab's project.
    expect(await savedTimes(second)).toEqual(before);
    expect(await keptState(page)).toMatch(/^Saved on this device \d/);
    await second.close();
  });

  it("a new empty project shows a hint in the map's place with the buttons that start it", async () => {
    const { page } = await pages.open();
    await page.getByRole("button", { name: "Projects…" }).click();
    await page.locator(".project-list").getByRole("button", { name: "New empty project" }).click();
    const hint = page.getByTestId("map-empty");
    await hint.waitFor(VERY_PATIENT);
    expect(await hint.locator("p").innerText()).toBe("No one here yet. Add a person with Add… → Person, or start an interview.");
    // No layout of nothing: the status line does not say one was saved.
    expect(await page.locator(".app-header .status").innerText()).not.toContain("Layout");

    // "Start an interview" opens the interview, which asks for a client first.
    await hint.getByRole("button", { name: "Start an interview" }).click();
    await page.locator(".iv-start").waitFor(PATIENT);
    expect(await page.locator('[data-view="interview"]').getAttribute("aria-selected")).toBe("true");
    expect(await page.getByTestId("iv-no-client").innerText()).toBe("There is no client in this project yet: add them first, then choose them here.");
    await page.locator(".iv-start").getByRole("button", { name: "Add a client…" }).waitFor(PATIENT);
    await page.locator('[data-view="map"]').click();

    // "Add a person…" opens the form; once someone is added the hint goes, and comes back with Undo.
    await page.getByTestId("map-empty").getByRole("button", { name: "Add a person…" }).click();
    const dialog = page.locator("dialog.edit-dialog");
    await dialog.locator('.form-row[data-field="label"] input').fill("First Client");
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("map-empty").waitFor({ ...PATIENT, state: "hidden" });
    await expect.poll(() => page.locator(".map-toolbar .showing").innerText(), PATIENT).toMatch(/^Showing 1 of 1 nodes/);
    await page.getByTestId("undo").click();
    await page.getByTestId("map-empty").waitFor(PATIENT);
  });
});
