// An encrypted copy of a project, as a user moving it to another device would make and open it:
// "Encrypted project (.json, for another device)…" asks a new passphrase twice (refusing two
// entries that differ and a short one), downloads a file holding no label or title of the project,
// and opening that file asks its passphrase: a wrong one is said in the dialog, Esc leaves the page
// as it was, the right one brings the project back.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Download, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openSealedProject, readSealedText } from "../../src/storage/projectFile.ts";
import { appForFile, HAS_BROWSER, mapCounts, PATIENT, repoFile, SAMPLE } from "./harness.ts";

const SAMPLE_COUNTS = "Showing 419 of 419 nodes, 635 of 635 ties";
const KARATE_COUNTS = "Showing 34 of 34 nodes, 78 of 78 ties";
const PASSPHRASE = "pebble harbour lantern";

/** The bytes of a download. */
async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** axe-core's script, run in the page through the test's connection (not a script tag, so no policy of the page is loosened). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe-core rules the open dialog breaks, as "rule: what (how many)". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector("dialog[open]")!);
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

/** The open passphrase dialog. */
const dialog = (page: Page) => page.getByRole("dialog");

/** Chooses the encrypted export and saves with `passphrase` typed twice; the download. */
async function exportEncrypted(page: Page, passphrase: string): Promise<{ name: string; bytes: Buffer; purpose: string }> {
  await page.getByRole("combobox", { name: "Export the network" }).selectOption({ label: "Encrypted project (.json, for another device)…" });
  const ask = dialog(page);
  await ask.waitFor(PATIENT);
  const purpose = await ask.locator("p").first().innerText();
  await ask.getByLabel("New passphrase").fill(passphrase);
  await ask.getByLabel("Type it again").fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent("download", PATIENT), ask.getByRole("button", { name: "Encrypt and save" }).click()]);
  return { name: download.suggestedFilename(), bytes: await bytes(download), purpose };
}

describe.skipIf(!HAS_BROWSER)("an encrypted project file", () => {
  const app = appForFile();
  let file: { name: string; bytes: Buffer } | undefined;

  test("the export asks a passphrase twice, refuses entries that differ and a short one, and saves no label in clear", async () => {
    const { page } = app;
    await page.getByRole("combobox", { name: "Export the network" }).selectOption({ label: "Encrypted project (.json, for another device)…" });
    const ask = dialog(page);
    await ask.waitFor(PATIENT);
    expect(await ask.getByRole("heading").innerText()).toBe("Save an encrypted copy");
    expect(await ask.innerText()).toContain("A lost passphrase cannot be recovered.");
    expect(await axeViolations(page)).toEqual([]);
    const first = ask.getByLabel("New passphrase");
    const second = ask.getByLabel("Type it again");
    await first.fill(PASSPHRASE);
    await second.fill(`${PASSPHRASE}x`);
    await ask.getByRole("button", { name: "Encrypt and save" }).click();
    const alert = ask.getByRole("alert");
    await expect.poll(() => alert.innerText(), PATIENT).toBe("The two entries differ. Type the same passphrase in both.");
    expect(await second.getAttribute("aria-invalid")).toBe("");
    await first.fill("short");
    await second.fill("short");
    await ask.getByRole("button", { name: "Encrypt and save" }).click();
    await expect.poll(() => alert.innerText(), PATIENT).toMatch(/^The passphrase is 5 characters long; use at least 8/);
    await first.fill(PASSPHRASE);
    await second.fill(PASSPHRASE);
    const [download] = await Promise.all([page.waitForEvent("download", PATIENT), ask.getByRole("button", { name: "Encrypt and save" }).click()]);
    await expect.poll(() => dialog(page).count(), PATIENT).toBe(0);
    file = { name: download.suggestedFilename(), bytes: await bytes(download) };
    expect(file.name).toBe("synthetic-recovery-programme-seed-2012-encrypted.json");
    await expect.poll(() => page.locator("header .status").innerText(), PATIENT).toBe(`Saved ${file.name}, encrypted with the passphrase`);

    const text = file.bytes.toString("utf8");
    const box = JSON.parse(text);
    expect(Object.keys(box)).toEqual(["format", "version", "kdf", "cipher", "ciphertext"]);
    expect(box.kdf).toMatchObject({ name: "PBKDF2", hash: "SHA-256", iterations: 600_000 });
    expect(box.cipher.name).toBe("AES-GCM");
    // Every label of the sample is 9 or more characters: none is found, in clear or in base64.
    const secrets = [SAMPLE.meta.title, "Synthetic", ...SAMPLE.nodes.map((n) => n.label)];
    const found = secrets.filter((s) => text.includes(s) || text.includes(Buffer.from(s).toString("base64").replace(/=+$/, "")));
    expect(found).toEqual([]);
    // Node's Web Crypto opens what the page's sealed: the whole sample, as the JSON export writes it.
    const opened = JSON.parse(await openSealedProject(readSealedText(text), PASSPHRASE));
    expect([opened.format, opened.meta.title, opened.nodes.length, opened.ties.length]).toEqual(["recovery-networks", SAMPLE.meta.title, SAMPLE.nodes.length, SAMPLE.ties.length]);
  });

  test("opening it asks the passphrase: a wrong one is said in the dialog, Esc changes nothing, the right one brings the project back", async () => {
    const { page } = app;
    expect(file, "the file saved by the test before").toBeDefined();
    const input = page.locator("header input[type=file][multiple]");
    await input.setInputFiles(repoFile("datasets/classic/karate.graphml"));
    await expect.poll(() => mapCounts(page), PATIENT).toBe(KARATE_COUNTS);
    const karateTitle = await page.locator("header h1").innerText();

    const upload = { name: file!.name, mimeType: "application/json", buffer: file!.bytes };
    // Esc on the question: nothing changes.
    await input.setInputFiles(upload);
    await dialog(page).waitFor(PATIENT);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count(), PATIENT).toBe(0);
    await expect.poll(() => page.locator("header .status").innerText(), PATIENT).toBe("Not opened: the file is encrypted and no passphrase was given");
    expect(await mapCounts(page)).toBe(KARATE_COUNTS);
    expect(await page.locator("header h1").innerText()).toBe(karateTitle);

    await input.setInputFiles(upload);
    const ask = dialog(page);
    await ask.waitFor(PATIENT);
    expect(await ask.getByRole("heading").innerText()).toBe("Open an encrypted project");
    expect(await ask.innerText()).toContain(`${file!.name} is encrypted.`);
    // The passphrase field has focus when the dialog opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("type")), PATIENT).toBe("password");
    // Tab from the last control comes back to the passphrase, Shift+Tab from it goes to the last: focus stays in the dialog.
    await ask.getByRole("button", { name: "Open" }).focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("autocomplete")), PATIENT).toBe("current-password");
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), PATIENT).toBe("Open");
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByLabel("Passphrase", { exact: true }).fill("pebble harbour lanterns");
    await ask.getByRole("button", { name: "Open" }).click();
    await expect.poll(() => ask.getByRole("alert").innerText(), PATIENT).toMatch(/^The passphrase is not right/);
    expect(await mapCounts(page)).toBe(KARATE_COUNTS);

    await ask.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await ask.getByRole("button", { name: "Open" }).click();
    await expect.poll(() => dialog(page).count(), PATIENT).toBe(0);
    await expect.poll(() => page.locator("header h1").innerText(), PATIENT).toBe(SAMPLE.meta.title);
    await expect.poll(() => mapCounts(page), PATIENT).toBe(SAMPLE_COUNTS);
  });

  test("with \"Pseudonymise exports\" ticked, the dialog says so and the encrypted file holds pseudonyms, not names", async () => {
    const { page } = app;
    await page.getByLabel("Pseudonymise exports").check();
    const saved = await exportEncrypted(page, PASSPHRASE);
    expect(saved.purpose).toContain('"Pseudonymise exports" is ticked, so the file holds pseudonyms, not names');
    expect(saved.name).toBe("synthetic-recovery-programme-seed-2012-pseudonymised-encrypted.json");
    const opened = JSON.parse(await openSealedProject(readSealedText(saved.bytes.toString("utf8")), PASSPHRASE));
    expect(opened.nodes).toHaveLength(SAMPLE.nodes.length);
    const text = JSON.stringify(opened);
    expect(SAMPLE.nodes.map((n) => n.label).filter((label) => text.includes(label))).toEqual([]);
    await page.getByLabel("Pseudonymise exports").uncheck();
  });
});
