// The built page carries a Content-Security-Policy that allows no other origin (index.html's
// meta element, kept by the build), and it is in force: a fetch to another origin is refused by
// it, while the app itself breaks no rule of it — loading the sample, opening every view,
// laying out the map and exporting a PNG raise no violation. Violations are collected from the
// start of the page by a script the context runs before the page's own.
import { describe, expect, test } from "vitest";
import { HAS_BROWSER, pagePerTest, PATIENT, VERY_PATIENT } from "./harness.ts";

const POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const PROBE = "http://192.0.2.1/probe"; // TEST-NET-1 (RFC 5737): never a real host

type Marked = { cspViolations: string[] };

describe.skipIf(!HAS_BROWSER)("the content security policy", () => {
  const pages = pagePerTest();

  test("is on the built page, refuses another origin, and the app breaks none of it", async () => {
    const app = await pages.open();
    const { page, context } = app;
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as Marked).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    // Again, with the listener there from the first script on.
    await page.reload();
    await page.locator(".map-toolbar .showing").filter({ hasText: /^Showing \d+ of \d+ nodes/ }).waitFor(VERY_PATIENT);
    const violations = () => page.evaluate(() => (window as unknown as Marked).cspViolations);

    // (a) The policy, as the page has it.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(POLICY);

    // (c) The app works under it: every view, the layout, a PNG export.
    for (const view of ["attention", "journey", "ego", "dashboard", "tables", "map"]) {
      await page.locator(`[data-view="${view}"]`).click();
      await page.locator(`.view-${view}`).waitFor(PATIENT);
    }
    await page.getByRole("button", { name: "Layout", exact: true }).waitFor(VERY_PATIENT);
    const [png] = await Promise.all([page.waitForEvent("download", PATIENT), page.getByRole("button", { name: "PNG", exact: true }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations()).toEqual([]);

    // (b) Another origin is refused by the policy: the fetch fails and the violation names it.
    const outcome = await page.evaluate((url) => fetch(url).then(() => "fetched", (e: Error) => `refused: ${e.name}`), PROBE);
    expect(outcome).toBe("refused: TypeError");
    await expect.poll(violations, PATIENT).toEqual([expect.stringMatching(/^connect-src http:\/\/192\.0\.2\.1(\/probe)?$/)]);
    expect(app.foreignRequests()).toEqual([]);
  });
});
