// Building a small network by editing, in Chromium: a new client, two people and a group added
// through the forms, ties between them, with the map's counts, the Tables view and the Needs
// attention list following each edit; an impossible date and wrong values said at their fields at once; a tie ended (gone from the
// map at the date, still in the ties table before it, with its end); and undo and redo by the
// buttons and the keys restoring each step. The steps share one page, in order, so that a step
// that reloads the page and finds the network again can be added at the end.
import { describe, expect, test } from "vitest";
import { isActiveAt } from "../../src/core/model/snapshot.ts";
import { appForFile, HAS_BROWSER, mapCounts, openApp, PATIENT, repoFile, SAMPLE, searchFor, VERY_PATIENT } from "./harness.ts";

/** The date shown throughout. */
const AT = "2015-01-01";
const NODES_AT = SAMPLE.nodes.filter((n) => isActiveAt(n, AT)).length;
const TIES_AT = SAMPLE.ties.filter((t) => isActiveAt(t, AT)).length;
/** The map's count line with `nodes` and `ties` more than the sample at the date. */
const counts = (nodes: number, ties: number) => `Showing ${NODES_AT + nodes} of ${NODES_AT + nodes} nodes, ${TIES_AT + ties} of ${TIES_AT + ties} ties`;

describe.skipIf(!HAS_BROWSER)("build a small network by editing, with undo and redo", () => {
  // Without the page's Content-Security-Policy, so that axe (accessibility checks) can be added.
  const app = appForFile(() => openApp(`#at=${AT}`, { bypassCSP: true }));
  const dialog = () => app.page.locator("dialog.edit-dialog");
  const field = (name: string) => dialog().locator(`.form-row[data-field="${name}"]`);
  const status = () => app.page.locator(".app-header .status");

  /** Adds a person or group through the header's Add menu and the form. */
  async function addNode(choice: "person" | "group", name: string, kind: string, more: (d: ReturnType<typeof dialog>) => Promise<void> = async () => {}) {
    await app.page.getByTestId("add-menu").selectOption(choice);
    await field("label").locator("input").fill(name);
    await field("kind").locator("select").selectOption(kind);
    // They joined a year before the date shown, so they are there when the ties start.
    await field("start").locator("input").fill("2014-01-01");
    await more(dialog());
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
  }

  /** Adds a tie from the selected node to the node named `other` through the details panel's form. */
  async function addTie(other: string, type: string, valence: string, since: string) {
    await app.page.getByTestId("add-tie").click();
    await field("other").locator("input").fill(other);
    await field("type").locator("select").selectOption(type);
    await field("valence").locator("select").selectOption(valence);
    await field("start").locator("input").fill(since);
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
  }

  const headline = () => app.page.locator('.attention-table tr[data-client="service-user-1"] .attention-headline');
  const showView = async (view: string) => app.page.locator(`[data-view="${view}"]`).click();

  test("a new client is added by the form, appears on the map and in the tables, and is flagged with no ties", async () => {
    const { page } = app;
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(0, 0));
    // The first layout done (and saved into the project), an edit must not lay the network out again.
    const layoutButton = page.locator(".map-toolbar button", { hasText: /layout/i });
    await expect.poll(() => layoutButton.innerText(), VERY_PATIENT).toBe("Layout");

    // An impossible date typed (February 31st) is said at its field, and nobody is added.
    await page.getByTestId("add-menu").selectOption("person");
    await field("label").locator("input").fill("Test Client");
    const start = field("start").locator("input");
    await start.fill("");
    await start.click();
    // The date input's own fields, in the page's order (month first in US English, day first elsewhere).
    const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2024, 1, 3)).filter((p) => p.type !== "literal").map((p) => p.type));
    await page.keyboard.type(order.map((part) => ({ day: "31", month: "02", year: "2024" })[part as "day"] ?? "").join(""));
    expect(await start.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    await field("end").locator("input").fill("2023-01-01");
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    await expect.poll(() => field("start").locator(".field-error").innerText(), PATIENT).toBe("From is not a real date");
    expect(await start.getAttribute("aria-invalid")).toBe("true");
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await dialog().waitFor({ state: "detached" });
    expect(await mapCounts(page)).toBe(counts(0, 0));
    expect(await page.getByTestId("undo").isDisabled()).toBe(true);

    await addNode("person", "Test Client", "service_user");
    await expect.poll(() => status().innerText(), PATIENT).toBe("Added Test Client (service user)");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(1, 0));
    // A new layout would have started in the same step as the new count (its button says "Stop layout").
    expect(await layoutButton.innerText()).toBe("Layout");
    // The new node is selected: its details and editing buttons are on the right.
    await page.locator(".panel.right h3", { hasText: "Test Client (service-user-1)" }).waitFor(PATIENT);
    expect(await page.getByTestId("undo").getAttribute("title")).toBe("Undo: Add Test Client (service user) (Ctrl+Z)");

    await showView("attention");
    await expect.poll(() => headline().innerText(), PATIENT).toContain("No ties at all");
    await showView("tables");
    await page.locator(".table-filter").fill("Test Client");
    await expect.poll(() => page.locator(".table-count").innerText(), PATIENT).toBe(`Showing 1 of ${NODES_AT + 1} nodes`);
    await showView("map");
  });

  test("two people and a group join; a name many have, a strength of 9 and an end before the start are said at their fields at once; a word of one name is taken", async () => {
    const { page } = app;
    await addNode("person", "Pat Family", "family");
    await addNode("person", "Robin Friend", "friend");
    await addNode("group", "Test Group", "group", async (d) => {
      // Kind-dependent fields: a group has a group type and no use status.
      expect(await d.locator('.form-row[data-field="use_status"]').isHidden()).toBe(true);
      await d.locator('.form-row[data-field="group_type"] select').selectOption("mutual_aid");
      await d.locator('.form-row[data-field="recovery_oriented"] input').check();
    });
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 0));

    await searchFor(page, "Test Client");
    await page.locator(".panel.right h3", { hasText: "Test Client (service-user-1)" }).waitFor(PATIENT);
    await page.getByTestId("add-tie").click();
    // A first name many people have, a strength of 9 and an end before the start: all three said at once.
    await field("other").locator("input").fill("Pat");
    await field("type").locator("select").selectOption("family");
    await field("strength").locator("input").fill("9");
    await field("start").locator("input").fill("2014-06-01");
    await field("end").locator("input").fill("2014-01-01");
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    const strength = field("strength");
    await expect.poll(() => strength.locator(".field-error").innerText(), PATIENT).toBe("Strength must be from 1 to 5");
    expect(await field("other").locator(".field-error").innerText()).toMatch(/^With matches \d+ people: "Pat"\. Pick one from the suggestions$/);
    expect(await field("end").locator(".field-error").innerText()).toBe("End 2014-01-01 is not after start 2014-06-01");
    expect(await strength.locator("input").getAttribute("aria-invalid")).toBe("true");
    expect(await strength.locator("input").getAttribute("aria-describedby")).toContain("tie-form-strength-error");
    // The form with errors at its fields passes axe's WCAG 2 A and AA checks.
    await page.addScriptTag({ path: repoFile("node_modules/axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run("dialog.edit-dialog", { runOnly: ["wcag2a", "wcag2aa"] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // A word of one person's name only is taken, and the form says whose.
    await field("other").locator("input").fill("family");
    await expect.poll(() => field("other").locator(".picker-match").innerText(), PATIENT).toBe("Matches Pat Family (family-1)");
    await strength.locator("input").fill("4");
    await field("end").locator("input").fill("");
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 1));

    await addTie("Robin Friend", "friend", "supportive", "2014-06-01");
    await addTie("Test Group", "membership", "supportive", "2014-09-01");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 3));
    expect(await page.getByTestId("edit-ties").locator("li").count()).toBe(3);

    // With supportive ties, "no ties at all" no longer heads the client's row (it may have left the list).
    await showView("attention");
    await page.getByTestId("attention-table").waitFor(PATIENT);
    await expect.poll(async () => ((await headline().count()) === 0 ? "" : await headline().innerText()), PATIENT).not.toContain("No ties at all");
    await showView("tables");
    await page.locator('[data-table="ties"]').click();
    await page.locator(".table-filter").fill("Test Client");
    await expect.poll(() => page.locator(".table-count").innerText(), PATIENT).toBe(`Showing 3 of ${TIES_AT + 3} ties`);
    await showView("map");
  });

  test("an ended tie leaves the map at the date and stays in the ties table before it, with its end", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "End the tie with Robin Friend" }).click();
    expect(await field("date").locator("input").inputValue()).toBe(AT);
    await dialog().getByRole("button", { name: "End the tie" }).click();
    await dialog().waitFor({ state: "detached" });
    await expect.poll(() => status().innerText(), PATIENT).toBe(`Ended the tie Test Client – Robin Friend on ${AT}`);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));
    // Still a tie of the client's, with its end date, in the editing list.
    await expect.poll(() => page.getByTestId("edit-ties").locator("li.ended").innerText(), PATIENT).toContain(`ended ${AT}`);

    await showView("tables");
    await page.locator('[data-table="ties"]').click();
    await page.locator(".table-filter").fill("tie-2");
    await expect.poll(() => page.locator(".table-count").innerText(), PATIENT).toMatch(/^Showing 0 of /);
    await page.locator(".timeline input[type=date]").fill("2014-12-01");
    await expect.poll(() => page.locator(".data-table tbody tr:not(.spacer)").count(), PATIENT).toBe(1);
    expect(await page.locator(".data-table tbody tr:not(.spacer)").innerText()).toContain(AT);
    await page.locator(".timeline input[type=date]").fill(AT);
    await showView("map");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));
  });

  test("a BARC-10 score out of range is said at its field; one in range shows in the details", async () => {
    const { page } = app;
    await page.locator(".node-edit-actions").getByRole("button", { name: "BARC-10…" }).click();
    expect(await field("date").locator("input").inputValue()).toBe(AT);
    await field("value").locator("input").fill("61");
    await dialog().getByRole("button", { name: "Record" }).click();
    await expect.poll(() => field("value").locator(".field-error").innerText(), PATIENT).toBe("BARC-10 total must be from 10 to 60");
    await field("value").locator("input").fill("42");
    await dialog().getByRole("button", { name: "Record" }).click();
    await dialog().waitFor({ state: "detached" });
    await expect.poll(() => page.locator('.panel.right dd[data-field="BARC-10"]').innerText(), PATIENT).toBe(`42 (recorded ${AT})`);
    await page.getByTestId("undo").click();
    await expect.poll(() => page.locator('.panel.right dd[data-field="BARC-10"]').count(), PATIENT).toBe(0);
  });

  test("removing the group ends it and its tie on the date (the default); undo brings it back", async () => {
    const { page } = app;
    await searchFor(page, "Test Group");
    await page.locator(".panel.right h3", { hasText: "Test Group (test-group)" }).waitFor(PATIENT);
    await page.getByTestId("remove-node").click();
    expect(await dialog().getByRole("radio", { name: /^End Test Group and their 1 running tie/ }).isChecked()).toBe(true);
    await dialog().getByRole("button", { name: "Remove" }).click();
    await dialog().waitFor({ state: "detached" });
    await expect.poll(() => status().innerText(), PATIENT).toBe(`Ended Test Group and 1 tie on ${AT}`);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(3, 1));
    await page.getByTestId("undo").click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));
    await searchFor(page, "Test Client");
    await page.locator(".panel.right h3", { hasText: "Test Client (service-user-1)" }).waitFor(PATIENT);
  });

  test("undo and redo, by the buttons and by the keys, restore each step", async () => {
    const { page } = app;
    const undo = page.getByTestId("undo");
    const redo = page.getByTestId("redo");
    expect(await undo.getAttribute("title")).toBe(`Undo: End the tie Test Client – Robin Friend on ${AT} (Ctrl+Z)`);
    await undo.click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 3));
    expect(await redo.getAttribute("title")).toBe(`Redo: End the tie Test Client – Robin Friend on ${AT} (Ctrl+Shift+Z)`);
    await redo.click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));

    // The keys act outside text inputs only: in the search box Ctrl+Z is the box's own.
    await page.getByRole("searchbox", { name: "Find a node by name or id" }).focus();
    await page.keyboard.press("Control+z");
    expect(await mapCounts(page)).toBe(counts(4, 2));
    await page.locator(".map-stage").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 3));
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));

    // Back to the sample, step by step: 1 end, 3 ties, 4 nodes.
    const steps = [counts(4, 3), counts(4, 2), counts(4, 1), counts(4, 0), counts(3, 0), counts(2, 0), counts(1, 0), counts(0, 0)];
    for (const expected of steps) {
      await page.keyboard.press("Control+z");
      await expect.poll(() => mapCounts(page), PATIENT).toBe(expected);
    }
    await expect.poll(() => undo.isDisabled(), PATIENT).toBe(true);
    expect(await undo.getAttribute("title")).toBe("Nothing to undo");
    // And forward again with Ctrl+Y, to the network built.
    for (const expected of [...steps].reverse().slice(1)) {
      await page.keyboard.press("Control+y");
      await expect.poll(() => mapCounts(page), PATIENT).toBe(expected);
    }
    await page.keyboard.press("Control+y");
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));
    // What is left to redo is the group's removal, undone in the step before.
    expect(await redo.getAttribute("title")).toBe(`Redo: End Test Group and 1 tie on ${AT} (Ctrl+Shift+Z)`);
    await searchFor(page, "Test Client");
    await expect.poll(() => page.getByTestId("edit-ties").locator("li").count(), PATIENT).toBe(3);
  });
  test("a reload finds the network built, with its undo history: undo and redo after the reload, and the redone state after another", async () => {
    const { page } = app;
    const undo = page.getByTestId("undo");
    const redo = page.getByTestId("redo");
    // The first edit kept the sample on this device; every change since is saved there.
    await expect.poll(() => page.getByTestId("kept-state").textContent(), PATIENT).toMatch(/^Saved on this device \d/);
    await page.reload();
    await expect.poll(() => mapCounts(page), VERY_PATIENT).toBe(counts(4, 2));
    // The client, its people, the group and their ties, in the Tables view.
    await showView("tables");
    for (const name of ["Test Client", "Pat Family", "Robin Friend", "Test Group"]) {
      await page.locator(".table-filter").fill(name);
      await expect.poll(() => page.locator(".data-table tbody tr:not(.spacer)").filter({ hasText: new RegExp(name) }).count(), PATIENT).toBe(1);
      expect(await page.locator(".table-count").innerText()).toMatch(new RegExp(`^Showing \\d+ of ${NODES_AT + 4} nodes$`));
    }
    await page.locator('[data-table="ties"]').click();
    await page.locator(".table-filter").fill("Test Client");
    // The tie with Robin Friend ended at the date shown: two running ties.
    await expect.poll(() => page.locator(".table-count").innerText(), PATIENT).toBe(`Showing 2 of ${TIES_AT + 2} ties`);
    await showView("map");
    await searchFor(page, "Test Client");
    await expect.poll(() => page.getByTestId("edit-ties").locator("li").count(), PATIENT).toBe(3);

    // The history came back with the project: the last edit is undone, and redone.
    expect(await undo.getAttribute("title")).toBe(`Undo: End the tie Test Client – Robin Friend on ${AT} (Ctrl+Z)`);
    expect(await redo.getAttribute("title")).toBe(`Redo: End Test Group and 1 tie on ${AT} (Ctrl+Shift+Z)`);
    await undo.click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 3));
    await redo.click();
    await expect.poll(() => mapCounts(page), PATIENT).toBe(counts(4, 2));
    expect(await redo.getAttribute("title")).toBe(`Redo: End Test Group and 1 tie on ${AT} (Ctrl+Shift+Z)`);

    await expect.poll(() => page.getByTestId("kept-state").textContent(), PATIENT).toMatch(/^Saved on this device \d/);
    await page.reload();
    await expect.poll(() => mapCounts(page), VERY_PATIENT).toBe(counts(4, 2));
    expect(await undo.getAttribute("title")).toBe(`Undo: End the tie Test Client – Robin Friend on ${AT} (Ctrl+Z)`);
    await searchFor(page, "Test Client");
    await expect.poll(() => page.getByTestId("edit-ties").locator("li.ended").innerText(), PATIENT).toContain(`ended ${AT}`);
  });
});

describe.skipIf(!HAS_BROWSER)("the date shown follows the edits of a new project, and hidden names stay hidden in the Edit form", () => {
  const app = appForFile(() => openApp());
  const dialog = () => app.page.locator("dialog.edit-dialog");
  const field = (name: string) => dialog().locator(`.form-row[data-field="${name}"]`);
  const shownDate = () => app.page.locator(".timeline input[type=date]").inputValue();

  async function addPerson(name: string, kind: string, dates: { start?: string; end?: string }) {
    await app.page.getByTestId("add-menu").selectOption("person");
    await field("label").locator("input").fill(name);
    await field("kind").locator("select").selectOption(kind);
    await field("start").locator("input").fill(dates.start ?? "");
    await field("end").locator("input").fill(dates.end ?? "");
    await dialog().getByRole("button", { name: "Add", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
  }

  test("an empty project takes the first date added; the date follows now through undo, redo and the next people", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Projects…" }).click();
    await page.locator(".project-list").getByRole("button", { name: "New empty project" }).click();
    await page.getByTestId("map-empty").waitFor(VERY_PATIENT);
    // Someone who left on 2023-01-01 (no start): the date shown becomes that, the project's now.
    await addPerson("Alice Brown", "service_user", { end: "2023-01-01" });
    await expect.poll(shownDate, PATIENT).toBe("2023-01-01");
    await page.getByTestId("undo").click();
    await expect.poll(shownDate, PATIENT).toBe("");
    await page.getByTestId("redo").click();
    await expect.poll(shownDate, PATIENT).toBe("2023-01-01");
    // People from 2024 move now on, and are on the map at once.
    await addPerson("Beth Brown", "family", { start: "2024-01-01" });
    await expect.poll(shownDate, PATIENT).toBe("2024-01-01");
    await expect.poll(() => mapCounts(page), PATIENT).toMatch(/^Showing 1 of 1 nodes/);
    await addPerson("Cal Green", "friend", { start: "2024-02-01" });
    await expect.poll(shownDate, PATIENT).toBe("2024-02-01");
    await expect.poll(() => mapCounts(page), PATIENT).toMatch(/^Showing 2 of 2 nodes/);
    await page.getByTestId("undo").click();
    await expect.poll(shownDate, PATIENT).toBe("2024-01-01");
    await page.getByTestId("redo").click();
    await expect.poll(shownDate, PATIENT).toBe("2024-02-01");
    // A date chosen before now stays through an edit.
    await page.locator(".timeline input[type=date]").fill("2024-01-15");
    await addPerson("Dee Hall", "worker", { start: "2024-03-01" });
    await expect.poll(() => page.locator(".app-header .status").innerText(), PATIENT).toBe("Added Dee Hall (worker)");
    expect(await shownDate()).toBe("2024-01-15");
  });

  test("with names hidden, the Edit form shows no name; left empty the name is kept, typed it is replaced", async () => {
    const { page } = app;
    await page.getByLabel("Hide names").check();
    await searchFor(page, "family-1");
    await page.locator(".panel.right h3", { hasText: "family-1" }).waitFor(PATIENT);
    await page.getByTestId("edit-node").click();
    const name = field("label").locator("input");
    expect(await name.inputValue()).toBe("");
    expect(await field("label").innerText()).toContain("Names are hidden: type to replace the name, or leave empty to keep it");
    expect(await dialog().innerText()).not.toContain("Beth");
    expect(await dialog().evaluate((d) => [...d.querySelectorAll("input")].map((i) => i.value).join(" "))).not.toContain("Beth");
    await field("kind").locator("select").selectOption("friend");
    await dialog().getByRole("button", { name: "Save", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
    await page.getByTestId("edit-node").click();
    await name.fill("Beth Black");
    await dialog().getByRole("button", { name: "Save", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
    await page.getByLabel("Hide names").uncheck();
    await page.locator(".panel.right h3", { hasText: "Beth Black (family-1)" }).waitFor(PATIENT);
    // The first Save kept the name and changed the kind; the second replaced the name only.
    expect(await page.getByTestId("undo").getAttribute("title")).toBe("Undo: Edit Beth Black (Ctrl+Z)");
    await page.getByTestId("undo").click();
    await page.locator(".panel.right h3", { hasText: "Beth Brown (family-1)" }).waitFor(PATIENT);
  });

  test("a BARC-10 form with an unknown person and a score out of range says both at once", async () => {
    const { page } = app;
    await page.getByTestId("add-menu").selectOption("barc10");
    await field("subject").locator("input").fill("Kim");
    await expect.poll(() => field("subject").locator(".picker-match").innerText(), PATIENT).toBe("Matches nobody: pick a name from the suggestions");
    await field("value").locator("input").fill("61");
    await dialog().getByRole("button", { name: "Record" }).click();
    await expect.poll(() => field("value").locator(".field-error").innerText(), PATIENT).toBe("BARC-10 total must be from 10 to 60");
    expect(await field("subject").locator(".field-error").innerText()).toBe('Person names nobody: "Kim". Pick a name from the suggestions');
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await dialog().waitFor({ state: "detached" });
  });
});
