// Projects kept on this device, in Chromium: a fresh device opens the sample in memory and says
// it is not kept; the first edit keeps it, and a reload finds it with its undo history; the
// project list; two tabs on one project; a page closed in the middle of a save; the passphrase
// lock at rest (the raw IndexedDB holds nothing of the project in clear), unlocking, a wrong
// passphrase, and the lock that closes itself after inactivity (closing an open form with it, and
// never letting a save in clear replace the locked record); a file opened over an interview under
// way starts the Interview and the views' kept state afresh.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { needsAttention } from "../../src/core/attention/index.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
import { APP_URL, HAS_BROWSER, pagePerTest, PATIENT, repoFile, SAMPLE, VERY_PATIENT } from "./harness.ts";

const AT = "2015-04-01";
const sample = projectSchema.parse(SAMPLE);
const FIRST = needsAttention(sample, AT).rows[0].client;
const NOTE = "phoned Tuesday, left a message with the keyworker";
const PASSPHRASE = "correct horse battery staple";

/** Every record of the raw `projects` store, read with the plain IndexedDB API (nothing of the page's code). */
function rawRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(() => new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open("recovery-networks");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("projects")) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction("projects", "readonly").objectStore("projects").getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  }));
}

/** The header's line about where the project is kept. */
const keptState = (page: Page) => page.getByTestId("kept-state").textContent();

/** Marks the first client of Needs attention reviewed with `NOTE` (an edit through commitEdit). */
async function markReviewed(page: Page): Promise<void> {
  await page.locator('[data-view="attention"]').click();
  const row = page.locator(`.attention-table tr[data-client="${FIRST}"]`);
  await row.getByTestId("attention-review").first().click();
  await row.getByTestId("attention-note").fill(NOTE);
  await row.getByRole("button", { name: "Save" }).click();
  await page.locator(`.attention-table tr[data-client="${FIRST}"]`).getByTestId("attention-mark").waitFor(PATIENT);
}

/** Waits until the header says the last change is saved on this device. */
async function saved(page: Page): Promise<void> {
  await expect.poll(() => keptState(page), PATIENT).toMatch(/^Saved on this device \d/);
}

/** "Lock with a passphrase…" with PASSPHRASE typed twice, then Lock (what follows differs: wait for it). */
async function lockWithPassphrase(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Lock with a passphrase…" }).click();
  const dialog = page.locator("dialog.passphrase-dialog");
  await dialog.getByLabel("New passphrase").fill(PASSPHRASE);
  await dialog.getByLabel("Type it again").fill(PASSPHRASE);
  await dialog.getByRole("button", { name: "Lock" }).click();
}

/** A second page in the same browser context (the same device), on the app's address. */
async function anotherPage(page: Page, hash = ""): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(APP_URL + hash);
  return other;
}

/** Waits for the map's counts (the page shows a project). */
const mapShown = (page: Page) => page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(VERY_PATIENT);

describe.skipIf(!HAS_BROWSER)("Projects kept on this device", () => {
  const pages = pagePerTest();

  it("a fresh device opens the sample in memory and says it is not kept", async () => {
    const { page } = await pages.open();
    expect(await keptState(page)).toBe("Sample data — not kept on this device");
    await page.getByRole("button", { name: "Keep on this device" }).waitFor(PATIENT);
    expect(await rawRecords(page)).toEqual([]);
  });

  it("the first edit keeps the sample and says so; a reload finds it with its undo history and its own dates", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await markReviewed(page);
    await page.getByTestId("kept-notice").filter({ hasText: "Kept on this device after your change" }).waitFor(PATIENT);
    await saved(page);
    // An address date from another project is ignored after the reload: the project's own dates are used.
    await page.goto(`${APP_URL}#at=2024-10-01`);
    await page.reload();
    await mapShown(page);
    await expect.poll(() => keptState(page), PATIENT).toMatch(/^(Kept|Saved) on this device/);
    await page.locator('[data-view="attention"]').click();
    await expect.poll(() => page.url(), PATIENT).toContain(`at=${AT}`);
    const mark = page.locator(`.attention-table tr[data-client="${FIRST}"]`).getByTestId("attention-mark");
    await mark.waitFor(PATIENT);
    expect(await mark.textContent()).toContain(NOTE);
    const [record] = (await rawRecords(page)) as { locked: boolean; title: string; state: { history: { past: { label: string }[]; future: unknown[] } } }[];
    expect(record.locked).toBe(false);
    expect(record.title).toBe(sample.meta.title);
    expect(record.state.history.past).toHaveLength(1);
    expect(record.state.history.future).toEqual([]);
  });

  it("lists the kept projects to rename, duplicate and delete with confirmation", async () => {
    const { page } = await pages.open();
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    await page.getByRole("button", { name: "Projects…" }).click();
    const list = page.locator("dialog.project-list");
    await list.locator("tbody tr").first().waitFor(PATIENT);
    expect(await list.locator("tbody tr").count()).toBe(1);
    expect(await list.locator("tbody tr .project-title").textContent()).toBe(`${sample.meta.title} (open)`);
    await list.getByRole("button", { name: "Duplicate" }).click();
    await expect.poll(() => list.locator("tbody tr").count(), PATIENT).toBe(2);
    // By its id: while it is renamed, its title is in a text box, not in the row's text.
    const copyId = await list.locator("tbody tr").filter({ hasText: `${sample.meta.title} (copy)` }).getAttribute("data-project");
    const copy = list.locator(`tbody tr[data-project="${copyId}"]`);
    await copy.getByRole("button", { name: "Rename…" }).click();
    await copy.getByLabel("New title").fill("Ward B pilot");
    await copy.getByRole("button", { name: "Save" }).click();
    const renamed = list.locator(`tbody tr[data-project="${copyId}"]`).filter({ hasText: "Ward B pilot" });
    await renamed.waitFor(PATIENT);
    await renamed.getByRole("button", { name: "Delete…" }).click();
    await renamed.getByText("This cannot be undone").waitFor(PATIENT);
    // Nothing is deleted until the delete is confirmed.
    expect(await list.locator("tbody tr").count()).toBe(2);
    await renamed.getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => list.locator("tbody tr").count(), PATIENT).toBe(1);
    // Renaming the open project is an edit of it: the header's title follows.
    const openId = await list.locator("tbody tr").first().getAttribute("data-project");
    const open = list.locator(`tbody tr[data-project="${openId}"]`);
    await open.getByRole("button", { name: "Rename…" }).click();
    await open.getByLabel("New title").fill("Ward A");
    await open.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator(".app-header h1").textContent(), PATIENT).toBe("Ward A");
    await list.getByRole("button", { name: "Delete everything on this device…" }).click();
    await list.getByRole("button", { name: "Delete everything", exact: true }).click();
    await list.getByText("Nothing was deleted").waitFor(PATIENT);
    expect(await rawRecords(page)).toHaveLength(1);
    await list.getByLabel(/Type "delete everything"/).fill("delete everything");
    await list.getByRole("button", { name: "Delete everything", exact: true }).click();
    await expect.poll(() => keptState(page), PATIENT).toBe("Sample data — not kept on this device");
    expect(await rawRecords(page)).toEqual([]);
  });

  it("opening a file while a kept project is open leaves that project as it was saved, in the list", async () => {
    const { page } = await pages.open();
    // Once the first layout is done and saved into the project, nothing changes it but the file opened.
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    const before = JSON.stringify(await rawRecords(page));
    await page.locator('input[type="file"]').first().setInputFiles([repoFile("datasets/example-csv/nodes.csv"), repoFile("datasets/example-csv/ties.csv")]);
    await expect.poll(() => keptState(page), PATIENT).toBe("Opened file — not kept on this device");
    await mapShown(page);
    expect(await page.locator(".map-toolbar .showing").textContent()).toMatch(/^Showing 4 of 4 nodes/);
    expect(JSON.stringify(await rawRecords(page))).toBe(before);
    await page.getByRole("button", { name: "Projects…" }).click();
    const rows = page.locator("dialog.project-list tbody tr");
    await rows.first().waitFor(PATIENT);
    expect(await rows.locator(".project-title").allTextContents()).toEqual([sample.meta.title]);
    // Opening it again from the list brings it back, kept.
    await rows.first().getByRole("button", { name: "Open" }).click();
    await expect.poll(() => page.locator(".app-header h1").textContent(), VERY_PATIENT).toBe(sample.meta.title);
    expect(await keptState(page)).toMatch(/^(Kept|Saved) on this device/);
  });

  it("a second tab on the same project opens it read-only and says why, until the first closes", async () => {
    const { page } = await pages.open();
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    const second = await anotherPage(page);
    await mapShown(second);
    const banner = second.getByTestId("read-only-banner");
    await banner.waitFor(PATIENT);
    expect(await banner.textContent()).toContain("This project is open in another tab");
    // Still held by the first tab: trying again says so.
    await banner.getByRole("button", { name: "Try again" }).click();
    await banner.getByText("It is still open there").waitFor(PATIENT);
    await page.close();
    await second.getByTestId("read-only-banner").getByRole("button", { name: "Try again" }).click();
    await mapShown(second);
    await second.getByTestId("read-only-banner").waitFor({ ...PATIENT, state: "hidden" });
    await markReviewed(second);
    await saved(second);
    await second.close();
  });

  it("a page closed in the middle of a save leaves the previous or the new state whole", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    await markReviewed(page);
    const context = page.context();
    await page.close({ runBeforeUnload: false });
    const next = await context.newPage();
    await next.goto(APP_URL);
    await mapShown(next);
    const records = (await rawRecords(next)) as { state: { project: { meta: { attention?: { marks?: unknown[] } } }; history: { past: unknown[] } } }[];
    expect(records).toHaveLength(1);
    const { state } = records[0];
    // Either before the edit (no mark, nothing to undo) or after it (the mark and its undo step).
    const marks = state.project.meta.attention?.marks?.length ?? 0;
    expect([[0, 0], [1, 1]]).toContainEqual([marks, state.history.past.length]);
    expect(await keptState(next)).toMatch(/^(Kept|Saved) on this device/);
    await next.close();
  });

  it("locks a project at rest: nothing of it in clear in IndexedDB; a reload asks the passphrase and refuses a wrong one", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await markReviewed(page);
    await saved(page);
    await lockWithPassphrase(page);
    await page.getByRole("button", { name: "Lock now" }).waitFor(VERY_PATIENT);
    const raw = JSON.stringify(await rawRecords(page));
    expect(raw).toContain("recovery-networks-sealed");
    const clear = [sample.meta.title, NOTE, ...sample.nodes.map((n) => n.label), ...sample.nodes.map((n) => n.id), ...sample.ties.map((t) => t.id)];
    expect(clear.filter((text) => raw.includes(`"${text}"`) || raw.includes(text.length > 6 ? text : "\u0000"))).toEqual([]);

    await page.reload();
    const screen = page.getByTestId("unlock-screen");
    await screen.waitFor(VERY_PATIENT);
    expect(await page.locator(".map-toolbar").count()).toBe(0);
    await page.getByLabel("Passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await expect.poll(() => page.getByTestId("unlock-error").textContent(), VERY_PATIENT).toBe("Wrong passphrase: the project stays locked. Check it (capitals and spaces count) and try again.");
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    // The address still says view=attention: the page opens on that view.
    await expect.poll(() => page.locator(".app-header h1").textContent(), VERY_PATIENT).toBe(sample.meta.title);
    expect(await keptState(page)).toMatch(/, encrypted$/);
    await page.locator('[data-view="attention"]').click();
    await page.locator(`.attention-table tr[data-client="${FIRST}"]`).getByTestId("attention-mark").waitFor(PATIENT);
  });

  it("a locked project locks itself after the inactivity set, dropping it from the page", async () => {
    // 0.1 minutes: six seconds without a key press or click.
    const { page } = await pages.open("", { settings: { autoLockMinutes: 0.1 } });
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    await lockWithPassphrase(page);
    await page.getByTestId("unlock-screen").waitFor(VERY_PATIENT);
    expect(await page.locator(".app-header").count()).toBe(0);
    expect(await page.locator("body").textContent()).not.toContain(sample.meta.title);
  });

  it("an auto-lock with an Add dialog open closes the dialog; nothing is saved in clear and the lock stays on", async () => {
    const TYPED = "Zebedee Quill";
    // 0.2 minutes: twelve seconds without a key press or click.
    const { page } = await pages.open("", { settings: { autoLockMinutes: 0.2 } });
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    const counts = await page.locator(".map-toolbar .showing").textContent();
    await lockWithPassphrase(page);
    await page.getByRole("button", { name: "Lock now" }).waitFor(VERY_PATIENT);
    // Add… → Person…, and a name typed key by key (each key counts as use), then nothing more.
    await page.keyboard.press("Shift");
    await page.getByTestId("add-menu").selectOption("person");
    const dialog = page.locator("dialog.edit-dialog");
    await dialog.locator('.form-row[data-field="label"] input').pressSequentially(TYPED);
    await page.getByTestId("unlock-screen").waitFor(VERY_PATIENT);
    // The form went with the project: no dialog, no Add button to click, the typed name nowhere.
    expect(await page.locator("dialog").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add", exact: true }).count()).toBe(0);
    expect(await page.locator("body").textContent()).not.toContain(TYPED);
    const sealedOnly = async () => {
      const records = (await rawRecords(page)) as Record<string, unknown>[];
      expect(records.map((r) => [r.locked, Object.keys(r).sort()])).toEqual([[true, ["id", "locked", "savedAt", "sealed"]]]);
      const raw = JSON.stringify(records);
      expect(raw).not.toContain(TYPED);
      expect(raw).not.toContain(sample.meta.title);
    };
    await sealedOnly();

    // A reload (without the short auto-lock) asks for the passphrase; once unlocked, the lock is still on.
    await page.goto(APP_URL);
    await page.getByTestId("unlock-screen").waitFor(VERY_PATIENT);
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    await expect.poll(() => page.locator(".app-header h1").textContent(), VERY_PATIENT).toBe(sample.meta.title);
    expect(await keptState(page)).toMatch(/, encrypted$/);
    expect(await page.getByRole("button", { name: "Lock now" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Lock with a passphrase…" }).isVisible()).toBe(false);
    // The person was never added.
    await expect.poll(() => page.locator(".map-toolbar .showing").textContent(), PATIENT).toBe(counts);
    await sealedOnly();
    await page.reload();
    await page.getByTestId("unlock-screen").waitFor(VERY_PATIENT);
    await sealedOnly();
  });

  it("a save in clear over a project locked on the device is refused: the page says so and keeps the change", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    // Another writer (an older page, a tab that locked it) left the record locked under this page.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("recovery-networks");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const store = db.transaction("projects", "readwrite").objectStore("projects");
        const all = store.getAll();
        all.onsuccess = () => {
          const [record] = all.result as { id: string }[];
          const put = store.put({ id: record.id, savedAt: "2026-01-01T00:00:00.000Z", locked: true, sealed: { format: "recovery-networks-sealed", ciphertext: "stand-in" } });
          put.onsuccess = () => {
            db.close();
            resolve();
          };
          put.onerror = () => reject(put.error);
        };
      };
    }));
    await markReviewed(page);
    await expect.poll(() => keptState(page), PATIENT).toBe("Not saved: this project is locked with a passphrase on this device, and this save would have stored it unencrypted. Your changes stay on this page only: export a copy to keep them, or reopen the project with its passphrase.");
    const records = (await rawRecords(page)) as Record<string, unknown>[];
    expect(records).toEqual([expect.objectContaining({ locked: true, sealed: { format: "recovery-networks-sealed", ciphertext: "stand-in" } })]);
    expect(records[0]).not.toHaveProperty("state");
    // The change is still on the page.
    expect(await page.locator(`.attention-table tr[data-client="${FIRST}"]`).getByTestId("attention-mark").textContent()).toContain(NOTE);
  });

  it("Remove the lock, with the passphrase, stores the project in clear again, the next change too", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await page.getByRole("button", { name: "Keep on this device" }).click();
    await saved(page);
    await lockWithPassphrase(page);
    await page.getByRole("button", { name: "Lock now" }).waitFor(VERY_PATIENT);
    await page.getByRole("button", { name: "Remove the lock…" }).click();
    const dialog = page.locator("dialog.passphrase-dialog");
    await dialog.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole("button", { name: "Remove the lock" }).click();
    await page.getByRole("button", { name: "Lock with a passphrase…" }).waitFor(VERY_PATIENT);
    await markReviewed(page);
    await saved(page);
    expect(await keptState(page)).not.toMatch(/encrypted/);
    const [record] = (await rawRecords(page)) as { locked: boolean; title: string; state: { project: { meta: { attention?: { marks?: { note?: string }[] } } } } }[];
    expect(record.locked).toBe(false);
    expect(record.title).toBe(sample.meta.title);
    expect(JSON.stringify(record.state.project.meta.attention)).toContain(NOTE);
    // The address says view=attention: the page opens on that view, without asking a passphrase.
    await page.reload();
    await expect.poll(() => page.locator(".app-header h1").textContent(), VERY_PATIENT).toBe(sample.meta.title);
    expect(await page.getByTestId("unlock-screen").count()).toBe(0);
    expect(await keptState(page)).toMatch(/^(Kept|Saved) on this device/);
  });

  it("opening a file resets the interview under way and the views' kept state: the file is not kept by a stale step", async () => {
    const { page } = await pages.open(`#at=${AT}`);
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
    // The Tables view's filter, kept when the view is left.
    await page.locator('[data-view="tables"]').click();
    await page.locator(".table-filter").fill("zz-no-such-row");
    await page.locator('[data-view="interview"]').click();
    await page.locator("#iv-client").selectOption(FIRST);
    await page.getByRole("button", { name: "Start the interview", exact: true }).click();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect.poll(() => page.getByTestId("iv-progress").innerText(), PATIENT).toMatch(/^Step 2 of/);
    // The interview's answers kept the sample on this device.
    await expect.poll(() => keptState(page), PATIENT).toMatch(/^(Kept|Saved) on this device/);
    await saved(page);
    const before = JSON.stringify(await rawRecords(page));

    await page.locator('input[type="file"]').first().setInputFiles([repoFile("datasets/example-csv/nodes.csv"), repoFile("datasets/example-csv/ties.csv")]);
    await expect.poll(() => keptState(page), PATIENT).toBe("Opened file — not kept on this device");
    // The Interview tab starts afresh for the file: no review of the sample's client, no step to take.
    await page.locator(".iv-start").waitFor(PATIENT);
    expect(await page.locator(".iv-frame").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Next", exact: true }).count()).toBe(0);
    expect(await page.getByTestId("interview-view").textContent()).not.toContain("Review with");
    expect(await keptState(page)).toBe("Opened file — not kept on this device");
    expect(JSON.stringify(await rawRecords(page))).toBe(before);
    // The Tables view does not bring back the filter typed for the sample.
    await page.locator('[data-view="tables"]').click();
    expect(await page.locator(".table-filter").inputValue()).toBe("");
  });
});
