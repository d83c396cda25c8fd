// Drives a first mapping interview of 12 people on a small project in headless Chromium, saves a
// screenshot of every screen, and reports how long the page took from the first screen to Save
// and how many taps and keys a person would need. Run:
//   npx tsx scripts/measure-interview.ts [out-dir] [width] [height] [touch]
// e.g. `npx tsx scripts/measure-interview.ts interview-shots 820 1180 touch`. The time is the page's and
// this machine's (the script types at machine speed); the count of actions is what a person does.
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildPage, REPO_ROOT } from "./browser/buildPage.ts";
import { launchChromium } from "./browser/chromium.ts";
import { serveFolder } from "./browser/staticServer.ts";

const [OUT = "interview-shots", WIDTH = "1400", HEIGHT = "900", TOUCH = ""] = process.argv.slice(2);
/** Twelve people over the five questions, with their kind button. */
const PEOPLE: readonly (readonly [string, string, string])[] = [
  ["time", "Sam", "Family"], ["time", "Jo Bright", "Friend"], ["time", "Lee", "Friend"],
  ["help", "Dana", "Worker"], ["help", "Priya", "Mentor"], ["help", "Kim", "Peer"],
  ["crisis", "Mum", "Family"], ["crisis", "Ray", "Friend"],
  ["use", "Gaz", "Friend"], ["use", "Tony", "Peer"],
  ["groups", "Recovery", "Group"], ["groups", "Gym club", "Group"],
];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const build = await buildPage();
  const server = await serveFolder(build.outDir);
  const browser = await launchChromium();
  const touch = TOUCH === "touch";
  const size = `${WIDTH}x${HEIGHT}${touch ? "-touch" : ""}`;
  let actions = 0;
  try {
    const context = await browser.newContext({ viewport: { width: Number(WIDTH), height: Number(HEIGHT) }, hasTouch: touch, isMobile: false });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error("page error:", error.message));
    await page.goto(server.url);
    await page.locator(".map-toolbar .showing").waitFor({ timeout: 120_000 });
    const fixture = await readFile(join(REPO_ROOT, "tests/fixtures/interview/clinic.json"));
    await page.locator('input[type="file"]').first().setInputFiles({ name: "clinic.json", mimeType: "application/json", buffer: fixture });
    await page.locator(".map-toolbar .showing").filter({ hasText: /of 5 nodes/ }).waitFor({ timeout: 60_000 });
    await page.locator('[data-view="interview"]').click();
    await page.locator("#iv-client").selectOption("alex");
    await page.locator("#iv-date").fill("2024-06-01");
    await shot(page, `${size}-00-start.png`);
    const started = Date.now();
    const tap = async (name: string | RegExp) => {
      actions++;
      await page.getByRole("button", { name, exact: typeof name === "string" }).first().click();
    };
    await tap("Start the interview");
    let screen = 1;
    for (const question of ["time", "help", "crisis", "use", "groups"]) {
      for (const [q, name, kind] of PEOPLE) {
        if (q !== question) continue;
        await page.locator("#iv-name").fill(name);
        actions += name.length;
        await tap(kind);
        await tap("Add");
      }
      await shot(page, `${size}-${String(screen++).padStart(2, "0")}-name-${question}.png`);
      await tap("Next");
    }
    // Rings: a few people closer, a few further.
    for (const name of ["Sam", "Mum", "Priya"]) {
      await tap(`${name} closer`);
      await tap(`${name} closer`);
    }
    for (const name of ["Gaz", "Tony"]) await tap(`${name} further`);
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-rings.png`);
    await tap("Next");
    const rows = page.locator(".iv-row");
    for (let i = 0; i < (await rows.count()); i++) {
      const answer = i === 8 || i === 9 ? "Puts it at risk" : i === 2 || i === 7 ? "Neither" : "Helps";
      actions++;
      await rows.nth(i).getByRole("button", { name: answer, exact: true }).click();
    }
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-valence.png`);
    await tap("Next");
    for (const [a, b] of [["Sam", "Mum"], ["Gaz", "Tony"], ["Priya", "Kim"]]) {
      await page.locator(".iv-people").getByRole("button", { name: a, exact: true }).click();
      await page.locator(".iv-people").getByRole("button", { name: b, exact: true }).click();
      actions += 2;
    }
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-pairs.png`);
    await tap("Next");
    await page.getByTestId("iv-preview").waitFor();
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-review.png`);
    await tap("Save");
    await page.getByTestId("journey-view").waitFor();
    const seconds = (Date.now() - started) / 1000;
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-journey.png`);
    console.log(`Interview of ${PEOPLE.length} people at ${size}: ${seconds.toFixed(1)} s from Start to Save, driven by script; ${actions} taps and keys a person would make.`);

    // A repeat review six months on: two people no longer seen, one new, one answer changed.
    actions = 0;
    await page.locator('[data-view="attention"]').click();
    await page.getByTestId("attention-summary").waitFor();
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-attention.png`);
    await page.locator('[data-view="journey"]').click();
    await tap("Start a review with Alex");
    await page.locator("#iv-date").fill("2024-12-01");
    const again = Date.now();
    await tap("Start the interview");
    const still = (name: string, kind: string, word: string) => {
      actions++;
      const question = kind === "Group" ? `Do you still go to ${name}?` : `Is ${name} still someone you see?`;
      return page.getByRole("group", { name: question }).getByRole("button", { name: word, exact: true }).click();
    };
    for (const [, name, kind] of PEOPLE) await still(name, kind, name === "Lee" || name === "Tony" ? "No" : "Yes");
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-repeat-still.png`);
    await tap("Next");
    await page.locator("#iv-name").fill("Bea");
    actions += 3;
    await tap("Peer");
    await tap("Add");
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-repeat-new.png`);
    await tap("Next");
    await tap("Next");
    await page.getByRole("group", { name: /^Does Gaz help/ }).getByRole("button", { name: "Neither", exact: true }).click();
    actions++;
    await tap("Next");
    await tap("Next");
    await page.getByTestId("iv-preview").waitFor();
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-repeat-review.png`);
    await tap("Save");
    await page.getByTestId("journey-view").waitFor();
    console.log(`Repeat review at ${size}: ${((Date.now() - again) / 1000).toFixed(1)} s from Start to Save, driven by script; ${actions} taps and keys a person would make.`);
    await shot(page, `${size}-${String(screen++).padStart(2, "0")}-repeat-journey.png`);
  } finally {
    await browser.close();
    await server.close();
    await build.remove();
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, name), fullPage: false });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
