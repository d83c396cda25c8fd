// The mapping interview in Chromium on a touch screen: a first interview driven by taps and a
// touch drag from the Needs attention list to Save, then a repeat review that changes two
// answers; the project is read back through the "Project JSON" export and checked to the tie
// (strengths, valences, start and end dates), and the Needs attention list against the core's.
// Every screen is checked with axe-core (WCAG 2.2 AA: no violation) and every target is at least
// 44 × 44 CSS px. A paused interview resumes where it stopped, with nothing recorded, and goes on
// by the keyboard alone with a visible focus ring.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { needsAttention } from "../../src/core/attention/index.ts";
import { projectSchema, type Project } from "../../src/core/model/schema.ts";
import { HAS_BROWSER, pagePerTest, PATIENT, repoFile, type AppPage } from "./harness.ts";

const FIXTURE = readFileSync(repoFile("tests/fixtures/interview/clinic.json"));
const AXE = readFileSync(repoFile("node_modules/axe-core/axe.min.js"), "utf8");
/** A tablet in portrait, with touch. */
const TOUCH = { hasTouch: true, viewport: { width: 820, height: 1180 } } as const;

/** Opens the fixture project (Alex, with no ties yet; Sam, Dana and the café tied to Bea). */
async function openClinic(app: AppPage): Promise<Page> {
  const { page } = app;
  await page.locator('input[type="file"]').first().setInputFiles({ name: "clinic.json", mimeType: "application/json", buffer: FIXTURE });
  await page.locator(".map-toolbar .showing").filter({ hasText: /of 5 nodes/ }).waitFor(PATIENT);
  return page;
}

/** axe-core on the interview (WCAG 2.0/2.1/2.2 A and AA rules): the violations, by rule and target. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [".interview-view"] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** The targets of the interview smaller than 44 × 44 CSS px (buttons, fields, discs), by their text. */
async function smallTargets(page: Page): Promise<string[]> {
  const targets = page.locator(".interview-view :is(button, input, select, .iv-disc)");
  const small: string[] = [];
  for (let i = 0; i < (await targets.count()); i++) {
    const target = targets.nth(i);
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    if (box && (box.width < 44 || box.height < 44)) small.push(`${(await target.textContent()) || (await target.getAttribute("data-focus"))} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  }
  return small;
}

/** Checks the screen shown: its step, no axe violation, no small target. */
async function checkScreen(page: Page, step: string, progress: string): Promise<void> {
  await page.locator(`.iv-screen[data-step="${step}"]`).waitFor(PATIENT);
  expect(await page.getByTestId("iv-progress").innerText()).toBe(progress);
  expect(await axeViolations(page), `axe on the ${step} screen`).toEqual([]);
  expect(await smallTargets(page), `targets under 44 px on the ${step} screen`).toEqual([]);
}

const button = (scope: Page | Locator, name: string) => scope.getByRole("button", { name, exact: true });

/** Types a name, taps a kind and Add. */
async function addName(page: Page, name: string, kind: string): Promise<void> {
  await page.locator("#iv-name").fill(name);
  await button(page, kind).tap();
  await button(page, "Add").tap();
  await page.locator(".iv-named li").filter({ hasText: new RegExp(`^${name} \\(`) }).waitFor(PATIENT);
}

/** From the Interview tab: the review with `client` on `date`, started (mouse). */
async function startReview(page: Page, client: string, date: string): Promise<void> {
  await page.locator('[data-view="interview"]').click();
  await page.locator("#iv-client").selectOption(client);
  await page.locator("#iv-date").fill(date);
  await button(page, "Start the interview").click();
}

/** A name typed and added with Enter (the kind already chosen), once it is on the list. */
async function addNameByEnter(page: Page, name: string): Promise<void> {
  await page.locator("#iv-name").fill(name);
  await page.locator("#iv-name").press("Enter");
  await page.locator(".iv-named li").filter({ hasText: new RegExp(`^${name} \\(`) }).waitFor(PATIENT);
}

/** Types a name, clicks a kind and Add (a mouse, no touch). */
async function addNameByClick(page: Page, name: string, kind: string): Promise<void> {
  await page.locator("#iv-name").fill(name);
  await button(page, kind).click();
  await button(page, "Add").click();
  await page.locator(".iv-named li").filter({ hasText: new RegExp(`^${name} \\(`) }).waitFor(PATIENT);
}

/** Types part of a name and taps the suggestion of someone already in the project. */
async function pickSuggestion(page: Page, typed: string, suggestion: string): Promise<void> {
  await page.locator("#iv-name").fill(typed);
  await page.getByRole("button", { name: suggestion }).tap();
  await page.locator(".iv-named li").filter({ hasText: suggestion.replace(/ \(.*$/, "") }).waitFor(PATIENT);
}

/**
 * Drags with one finger from the centre of `from` to the point (x, y) of the page (CDP touch
 * events), then holds still before lifting, as a person placing something does: a finger lifted
 * while moving starts a fling, and Chromium swallows the next tap to stop it.
 */
async function touchDrag(page: Page, from: Locator, x: number, y: number): Promise<void> {
  const box = (await from.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  // Event times (seconds) are given, so the finger's speed does not depend on how busy the machine is.
  const t0 = Date.now() / 1000;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [start], timestamp: t0 });
  for (let i = 1; i <= 8; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: start.x + ((x - start.x) * i) / 8, y: start.y + ((y - start.y) * i) / 8 }], timestamp: t0 + 0.03 * i });
  }
  for (let i = 1; i <= 3; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }], timestamp: t0 + 0.24 + 0.2 * i });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [], timestamp: t0 + 1 });
  await cdp.detach();
}

/** The project as the page holds it, through the "Project JSON" export. */
async function exportedProject(page: Page): Promise<Project> {
  const download = page.waitForEvent("download", PATIENT);
  await page.getByLabel("Export the network").selectOption({ label: "Project JSON" });
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return projectSchema.parse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
}

/** The client's row in the Needs attention list as the page shows it: its headline reason, or undefined when not listed. */
async function attentionRow(page: Page, client: string): Promise<string | undefined> {
  await page.locator('[data-view="attention"]').tap();
  await page.getByTestId("attention-summary").waitFor(PATIENT);
  const row = page.locator(`.attention-table tr[data-client="${client}"]`);
  if ((await row.count()) === 0) return undefined;
  return (await row.locator(".attention-headline").getAttribute("data-reason")) ?? undefined;
}

const tie = (p: Project, source: string, target: string) => p.ties.filter((t) => (t.source === source && t.target === target) || (t.source === target && t.target === source)).map((t) => ({ strength: t.strength, valence: t.valence, start: t.start, end: t.end, type: t.type }));

describe.skipIf(!HAS_BROWSER)("the mapping interview", () => {
  const pages = pagePerTest();

  test("a first interview by touch from Needs attention to Save, then a repeat review that changes two answers", async () => {
    const app = await pages.open("", TOUCH);
    const page = await openClinic(app);

    // Alex has no ties at the baseline: the list shows him, with a button to review with him.
    const before = needsAttention(projectSchema.parse(JSON.parse(FIXTURE.toString("utf8"))), "2024-01-01").rows.find((r) => r.client === "alex");
    expect(await attentionRow(page, "alex")).toBe(before?.headline.flag);
    await page.locator('.attention-table tr[data-client="alex"]').getByRole("button", { name: "Review with Alex Rivers" }).tap();
    await page.getByRole("heading", { name: "A review with Alex Rivers" }).waitFor(PATIENT);
    await page.locator("#iv-date").fill("2024-06-01");
    expect(await axeViolations(page), "axe on the start screen").toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await button(page, "Start the interview").tap();

    await checkScreen(page, "name-time", "Step 1 of 9");
    await pickSuggestion(page, "sam", "Sam Jones (family), already in the project");
    await addName(page, "Jo", "Friend");
    await checkScreen(page, "name-time", "Step 1 of 9");
    await button(page, "Next").tap();
    await checkScreen(page, "name-help", "Step 2 of 9");
    await pickSuggestion(page, "DANA", "Dana Fox (worker), already in the project");
    await button(page, "Next").tap();
    await checkScreen(page, "name-crisis", "Step 3 of 9");
    await page.getByRole("button", { name: "Add Sam Jones here too" }).tap();
    await page.locator(".iv-named li").filter({ hasText: "Sam Jones" }).waitFor(PATIENT);
    await button(page, "Next").tap();
    await checkScreen(page, "name-use", "Step 4 of 9");
    await addName(page, "Gaz", "Friend");
    await button(page, "Next").tap();
    await checkScreen(page, "name-groups", "Step 5 of 9");
    // Accents and case aside: "cafe" finds the Recovery Café.
    await pickSuggestion(page, "cafe", "Recovery Café (group), already in the project");
    await checkScreen(page, "name-groups", "Step 5 of 9");
    await button(page, "Next").tap();

    // Rings: Sam dragged by a finger to the middle ring; Gaz one ring further with a button.
    await checkScreen(page, "rings", "Step 6 of 9");
    const rings = (await page.getByTestId("iv-rings").boundingBox())!;
    await touchDrag(page, page.getByTestId("iv-disc-sam"), rings.x + rings.width / 2, rings.y + rings.height / 2 - rings.width * 0.1);
    await expect.poll(() => page.getByTestId("iv-ring-sam").innerText(), PATIENT).toBe("Very close");
    await button(page, "Gaz further").tap();
    await expect.poll(() => page.getByTestId("iv-ring-new:2").innerText(), PATIENT).toBe("Not so close");
    await checkScreen(page, "rings", "Step 6 of 9");
    await button(page, "Next").tap();

    await checkScreen(page, "valence", "Step 7 of 9");
    const answer = (name: string, word: string) => button(page.getByRole("group", { name: `Does ${name} help your recovery, neither, or put it at risk?` }), word).tap();
    await answer("Sam Jones", "Helps");
    await answer("Jo", "Helps");
    await answer("Dana Fox", "Helps");
    await answer("Gaz", "Puts it at risk");
    await answer("Recovery Café", "Helps");
    await checkScreen(page, "valence", "Step 7 of 9");
    await button(page, "Next").tap();

    await checkScreen(page, "pairs", "Step 8 of 9");
    await button(page.locator(".iv-people"), "Sam Jones").tap();
    await expect.poll(() => page.getByTestId("iv-pick-status").innerText(), PATIENT).toContain("Now tap someone Sam Jones knows");
    await button(page.locator(".iv-people"), "Jo").tap();
    await page.getByTestId("iv-pairs").filter({ hasText: "Sam Jones and Jo know each other" }).waitFor(PATIENT);
    await checkScreen(page, "pairs", "Step 8 of 9");
    await button(page, "Next").tap();

    await checkScreen(page, "review", "Step 9 of 9");
    expect(await page.getByTestId("iv-plan-people").innerText()).toBe("Jo (friend)\nGaz (friend)");
    expect(await page.getByTestId("iv-plan-new").innerText()).toBe(
      "Sam Jones: very close, helps\nJo: in between, helps\nDana Fox: in between, helps\nGaz: not so close, puts it at risk\nRecovery Café: in between, helps");
    expect(await page.getByTestId("iv-plan-pairs").innerText()).toBe("Sam Jones and Jo");
    // Nothing is recorded before Save.
    expect((await exportedProject(page)).ties.length).toBe(3);
    await button(page, "Save").tap();

    // The journey shows the new review at once.
    await expect.poll(() => page.getByTestId("journey-text").innerText(), PATIENT).toContain("Alex gained");
    expect(await page.getByTestId("journey-now").locator("figcaption").innerText()).toBe("Now: Review 2024-06-01 (+5, −0)");
    const first = await exportedProject(page);
    expect(first.waves.map((w) => [w.label, w.date])).toEqual([["Baseline", "2024-01-01"], ["Review 2024-06-01", "2024-06-01"]]);
    // New people's ids are made from their kind, not their name.
    expect(first.nodes.slice(5).map((n) => [n.id, n.label, n.kind, n.start])).toEqual([["friend", "Jo", "friend", "2024-06-01"], ["friend-2", "Gaz", "friend", "2024-06-01"]]);
    expect(tie(first, "alex", "sam")).toEqual([{ strength: 5, valence: "supportive", start: "2024-06-01", end: undefined, type: "family" }]);
    expect(tie(first, "alex", "friend-2")).toEqual([{ strength: 2, valence: "risk", start: "2024-06-01", end: undefined, type: "friend" }]);
    expect(tie(first, "alex", "cafe")).toEqual([{ strength: 3, valence: "supportive", start: "2024-06-01", end: undefined, type: "membership" }]);
    expect(tie(first, "sam", "friend")).toEqual([{ strength: 3, valence: "neutral", start: "2024-06-01", end: undefined, type: "other" }]);
    expect(first.ties.length).toBe(3 + 6);
    expect(await attentionRow(page, "alex")).toBe(needsAttention(first, "2024-06-01").rows.find((r) => r.client === "alex")?.headline.flag);

    // The repeat review: Jo is no longer seen, and Gaz no longer puts recovery at risk.
    await page.locator('[data-view="journey"]').tap();
    await page.getByRole("button", { name: "Start a review with Alex" }).tap();
    await page.locator("#iv-date").fill("2024-12-01");
    await button(page, "Start the interview").tap();
    await checkScreen(page, "still", "Step 1 of 6");
    const stillAnswer = (question: string, word: string) => button(page.getByRole("group", { name: question }), word).tap();
    const still = (name: string, word: string) => stillAnswer(`Is ${name} still someone you see?`, word);
    for (const name of ["Sam Jones", "Dana Fox", "Gaz"]) await still(name, "Yes");
    // A group is a place the client goes to.
    await stillAnswer("Do you still go to Recovery Café?", "Yes");
    await still("Jo", "No");
    await checkScreen(page, "still", "Step 1 of 6");
    await button(page, "Next").tap();
    await checkScreen(page, "new", "Step 2 of 6");
    await button(page, "Next").tap();
    await checkScreen(page, "rings", "Step 3 of 6");
    expect(await page.getByTestId("iv-ring-friend-2").innerText()).toBe("Not so close");
    await button(page, "Next").tap();
    await checkScreen(page, "valence", "Step 4 of 6");
    await answer("Gaz", "Neither");
    await button(page, "Next").tap();
    await checkScreen(page, "pairs", "Step 5 of 6");
    await button(page, "Next").tap();
    await checkScreen(page, "review", "Step 6 of 6");
    expect(await page.getByTestId("iv-plan-ended").innerText()).toBe("Jo");
    expect(await page.getByTestId("iv-plan-changed").innerText()).toBe("Gaz: was not so close, puts it at risk; now not so close, neither");
    expect(await page.getByTestId("iv-plan-kept").innerText()).toBe("Sam Jones: very close, helps\nDana Fox: in between, helps\nRecovery Café: in between, helps");
    await button(page, "Save").tap();
    await expect.poll(() => page.getByTestId("journey-now").locator("figcaption").innerText(), PATIENT).toBe("Now: Review 2024-12-01 (+0, −1)");

    const second = await exportedProject(page);
    expect(tie(second, "alex", "friend")).toEqual([{ strength: 3, valence: "supportive", start: "2024-06-01", end: "2024-12-01", type: "friend" }]);
    expect(tie(second, "alex", "friend-2")).toEqual([
      { strength: 2, valence: "risk", start: "2024-06-01", end: "2024-12-01", type: "friend" },
      { strength: 2, valence: "neutral", start: "2024-12-01", end: undefined, type: "friend" },
    ]);
    expect(tie(second, "alex", "sam")).toEqual(tie(first, "alex", "sam"));
    expect(second.waves.map((w) => w.date)).toEqual(["2024-01-01", "2024-06-01", "2024-12-01"]);
    expect(await attentionRow(page, "alex")).toBe(needsAttention(second, "2024-12-01").rows.find((r) => r.client === "alex")?.headline.flag);
  });

  test("what a new user found: a Peer is no client, a recovery café counts, answers carry over, and a repeat review refuses Next until everyone is answered", async () => {
    const app = await pages.open("", { viewport: { width: 1024, height: 700 } });
    const page = await openClinic(app);
    await page.locator('[data-view="interview"]').click();
    // The heading follows the client chosen.
    await page.locator("#iv-client").selectOption("bea");
    await page.getByRole("heading", { name: "A review with Bea Cole" }).waitFor(PATIENT);
    await page.locator("#iv-client").selectOption("alex");
    await page.getByRole("heading", { name: "A review with Alex Rivers" }).waitFor(PATIENT);
    // A date still to come is warned about, not refused.
    await page.locator("#iv-date").fill("2099-01-01");
    await page.locator(".iv-warning").filter({ hasText: "2099-01-01 is a date still to come" }).waitFor(PATIENT);
    await page.locator("#iv-date").fill("2024-06-01");
    expect(await page.locator(".iv-warning").count()).toBe(0);
    await button(page, "Start the interview").click();
    await checkScreen(page, "name-time", "Step 1 of 9");
    expect(await page.locator(".iv-who").innerText()).toBe("Review with Alex Rivers on 2024-06-01");
    // Back has nowhere to go on the first screen: disabled, so out of the Tab order.
    expect(await button(page, "Back").isDisabled()).toBe(true);
    // The Tab order is name → kind → Add.
    await page.locator("#iv-name").focus();
    const order: string[] = [];
    for (let i = 0; i < 12 && order.at(-1) !== "Add"; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
    }
    expect(order).toEqual(["Family", "Friend", "Peer", "Mentor", "Worker", "Group", "Add"]);
    await addNameByClick(page, "Ray", "Peer");
    // A name already on the list is said so.
    await page.locator("#iv-name").fill("ray");
    await page.locator("#iv-name").press("Enter");
    await page.locator(".iv-error").filter({ hasText: "Ray is already on your list." }).waitFor(PATIENT);
    expect(await page.locator(".iv-named li").allInnerTexts()).toEqual(["Ray (peer)\nRemove"]);
    await button(page, "Next").click();
    await checkScreen(page, "name-help", "Step 2 of 9");
    await addNameByClick(page, "Kim", "Friend");
    await button(page, "Next").click();
    await checkScreen(page, "name-crisis", "Step 3 of 9");
    await button(page, "Next").click();
    await checkScreen(page, "name-use", "Step 4 of 9");
    await addNameByClick(page, "Gaz", "Friend");
    await button(page, "Next").click();
    await checkScreen(page, "name-groups", "Step 5 of 9");
    await addNameByClick(page, "Tuesday Recovery Cafe", "Group");
    const recovery = page.getByRole("group", { name: "Tuesday Recovery Cafe: Is it a recovery group — like AA, NA, SMART, a recovery café?" });
    await button(recovery, "Yes").click();
    await expect.poll(() => button(recovery, "Yes").getAttribute("aria-pressed"), PATIENT).toBe("true");
    await checkScreen(page, "name-groups", "Step 5 of 9");
    await button(page, "Next").click();
    await page.locator(`.iv-screen[data-step="rings"]`).waitFor(PATIENT);
    await checkScreen(page, "rings", "Step 6 of 9");
    // The rings fit the screen at 1024 × 700.
    const rings = (await page.getByTestId("iv-rings").boundingBox())!;
    expect(rings.y + rings.height).toBeLessThanOrEqual((await page.locator(".iv-nav").boundingBox())!.y);
    await button(page, "Next").click();

    // "Helps you stay well" and "use or drink with" are carried into the answers, pre-selected.
    await checkScreen(page, "valence", "Step 7 of 9");
    const pressed = (name: string) => page.getByRole("group", { name: `Does ${name} help your recovery, neither, or put it at risk?` }).locator('[aria-pressed="true"]').allInnerTexts();
    expect(await pressed("Kim")).toEqual(["Helps"]);
    expect(await pressed("Gaz")).toEqual(["Puts it at risk"]);
    expect(await pressed("Ray")).toEqual([]);
    await button(page, "Next").click();
    await checkScreen(page, "pairs", "Step 8 of 9");
    await button(page, "Next").click();
    await checkScreen(page, "review", "Step 9 of 9");
    expect(await page.getByTestId("iv-plan-people").innerText()).toBe("Ray (peer)\nKim (friend)\nGaz (friend)\nTuesday Recovery Cafe (group, a recovery group)");
    expect(await page.getByTestId("iv-plan-new").innerText()).toBe(
      "Ray: in between, not answered — recorded as neither\nKim: in between, helps\nGaz: in between, puts it at risk\nTuesday Recovery Cafe: in between, not answered — recorded as neither");
    await button(page, "Save").click();
    await expect.poll(() => page.getByTestId("journey-text").innerText(), PATIENT).toContain("Alex gained");
    const first = await exportedProject(page);
    expect(first.nodes.slice(5).map((n) => [n.id, n.kind, n.recovery_oriented, n.group_type])).toEqual([
      ["peer", "community_member", undefined, undefined], ["friend", "friend", undefined, undefined], ["friend-2", "friend", undefined, undefined],
      ["tuesday-recovery-cafe", "group", true, "recovery_community"]]);
    expect(tie(first, "alex", "peer")).toEqual([{ strength: 3, valence: "neutral", start: "2024-06-01", end: undefined, type: "peer_support" }]);
    // A peer is not a client: Needs attention does not list them.
    await page.locator('[data-view="attention"]').click();
    await page.getByTestId("attention-summary").waitFor(PATIENT);
    expect(await page.locator('.attention-table tr[data-client="alex"]').count()).toBe(1);
    expect(await page.locator('.attention-table tr[data-client="peer"]').count()).toBe(0);

    // The repeat review: No for Ray only, then Next is refused until everyone has an answer.
    await page.locator('[data-view="journey"]').click();
    await page.getByRole("button", { name: "Start a review with Alex" }).click();
    await page.locator("#iv-date").fill("2024-12-01");
    await button(page, "Start the interview").click();
    await checkScreen(page, "still", "Step 1 of 6");
    const still = (name: string) => page.getByRole("group", { name: `Is ${name} still someone you see?` });
    await button(still("Ray"), "No").click();
    await button(page, "Next").click();
    await expect.poll(() => page.getByTestId("iv-refusal").innerText(), PATIENT).toBe("3 people have no answer yet: tap Yes or No for each one before Next.");
    expect(await page.locator(".iv-screen").getAttribute("data-step")).toBe("still");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus)).toBe("still-friend-yes");
    for (const name of ["Kim", "Gaz"]) await button(still(name), "Yes").click();
    await button(page.getByRole("group", { name: "Do you still go to Tuesday Recovery Cafe?" }), "Yes").click();
    await button(page, "Next").click();
    await checkScreen(page, "new", "Step 2 of 6");
    await button(page, "Next").click();
    // The people still seen are on the later screens.
    await checkScreen(page, "rings", "Step 3 of 6");
    expect(await page.locator('[data-testid^="iv-ring-"]').count()).toBe(3);
    await button(page, "Next").click();
    await checkScreen(page, "valence", "Step 4 of 6");
    await button(page, "Next").click();
    await checkScreen(page, "pairs", "Step 5 of 6");
    await button(page, "Next").click();
    await checkScreen(page, "review", "Step 6 of 6");
    expect(await page.getByTestId("iv-plan-ended").innerText()).toBe("Ray");
    expect(await page.getByTestId("iv-plan-kept").innerText()).toBe("Kim: in between, helps\nGaz: in between, puts it at risk\nTuesday Recovery Cafe: in between, neither");
  });

  test("a paused interview is kept with the project and resumes where it stopped, with nothing recorded; the keyboard alone goes on", async () => {
    const app = await pages.open("", { viewport: { width: 1024, height: 700 } });
    const page = await openClinic(app);
    await startReview(page, "alex", "2024-06-01");
    // The keyboard alone: Enter adds the name.
    await addNameByEnter(page, "Jo");
    await button(page, "Next").click();
    await checkScreen(page, "name-help", "Step 2 of 9");
    await button(page, "Pause").click();
    await page.getByTestId("iv-notice").waitFor(PATIENT);
    expect(await page.getByTestId("iv-paused").innerText()).toBe("You paused a review with Alex Rivers on 2024-06-01, at step 2 of 9.");
    expect(await axeViolations(page), "axe on the paused start screen").toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect((await exportedProject(page)).ties.length).toBe(3);
    // Away and back: the view offers to continue.
    await page.locator('[data-view="map"]').click();
    await page.locator('[data-view="interview"]').click();
    await page.locator("#iv-client").selectOption("alex");
    await button(page, "Continue").click();
    await checkScreen(page, "name-help", "Step 2 of 9");
    await button(page, "Back").click();
    await checkScreen(page, "name-time", "Step 1 of 9");
    expect(await page.locator(".iv-named li").allInnerTexts()).toEqual(["Jo (friend)\nRemove"]);

    // The keyboard alone, with the focus in sight: Tab to Next, Enter, down to the rings, then Tab
    // to "Jo closer" and Space moves Jo one ring in.
    const tabTo = async (name: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          return { name: e?.getAttribute("aria-label") ?? e?.textContent ?? "", outline: e ? getComputedStyle(e).outlineWidth : "" };
        });
        if (focused.name === name) return focused.outline;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    for (let step = 1; step <= 5; step++) {
      expect(await tabTo("Next"), "the focus ring's width").toBe("3px");
      await page.keyboard.press("Enter");
    }
    await checkScreen(page, "rings", "Step 6 of 9");
    await tabTo("Jo closer");
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("iv-ring-new:1").innerText(), PATIENT).toBe("Close");
    // The focus stays on the button pressed, so it can be pressed again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Jo closer");
  });
  test("a paused interview survives a reload: Continue brings back the answers of two screens, and nothing is recorded until Save", async () => {
    const app = await pages.open("", { viewport: { width: 1024, height: 700 } });
    const page = await openClinic(app);
    const counts = await page.locator(".map-toolbar .showing").innerText();
    await startReview(page, "alex", "2024-06-01");
    await addNameByEnter(page, "Jo");
    await button(page, "Next").click();
    await checkScreen(page, "name-help", "Step 2 of 9");
    await addNameByEnter(page, "Kim");
    await button(page, "Pause").click();
    await page.getByTestId("iv-notice").waitFor(PATIENT);
    // The file opened was not kept: the first answer kept it, so that the answers are not lost, and the page says so.
    await expect.poll(() => page.getByTestId("kept-notice").locator("span").innerText(), PATIENT).toBe("Kept on this device so that your interview answers are not lost: it is saved here after every change. Delete it from Projects… if you did not mean to keep it.");
    // Read, it can be put away.
    await page.getByTestId("kept-notice").getByRole("button", { name: "OK" }).click();
    await expect.poll(() => page.getByTestId("kept-notice").isHidden(), PATIENT).toBe(true);
    await expect.poll(() => page.getByTestId("kept-state").textContent(), PATIENT).toMatch(/^Saved on this device \d/);

    await page.reload();
    // The address keeps the view: the page opens on the interview's start screen.
    await page.locator(".iv-start").waitFor(PATIENT);
    await page.locator('[data-view="map"]').click();
    await page.locator(".map-toolbar .showing").filter({ hasText: /of 5 nodes/ }).waitFor(PATIENT);
    // Nothing recorded: the map shows what it showed before the interview, and the project holds its 3 ties.
    expect(await page.locator(".map-toolbar .showing").innerText()).toBe(counts);
    expect((await exportedProject(page)).ties.length).toBe(3);
    await page.locator('[data-view="interview"]').click();
    await page.locator("#iv-client").selectOption("alex");
    expect(await page.getByTestId("iv-paused").innerText()).toBe("You paused a review with Alex Rivers on 2024-06-01, at step 2 of 9.");
    await button(page, "Continue").click();
    await checkScreen(page, "name-help", "Step 2 of 9");
    expect(await page.locator(".iv-named li").allInnerTexts()).toEqual(["Kim (friend)\nRemove"]);
    await button(page, "Back").click();
    await checkScreen(page, "name-time", "Step 1 of 9");
    expect(await page.locator(".iv-named li").allInnerTexts()).toEqual(["Jo (friend)\nRemove"]);
    expect((await exportedProject(page)).ties.length).toBe(3);
  });
});
