// The request log the other browser tests check for foreign origins must see requests made by
// workers too, or "no foreign request" would pass however the page behaved. Here a worker on a
// page whose content security policy is switched off fetches from another origin, and the log
// must have it.
import { describe, expect, test } from "vitest";
import { expectCleanPage, HAS_BROWSER, openApp, PATIENT } from "./harness.ts";

const PROBE = "http://192.0.2.1/probe"; // TEST-NET-1 (RFC 5737): never a real host

describe.skipIf(!HAS_BROWSER)("the request log", () => {
  test("records a worker's request to another origin", async () => {
    const app = await openApp("", { bypassCSP: true });
    try {
      expectCleanPage(app);
      await app.page.evaluate((url) => {
        const code = `fetch(${JSON.stringify(url)}).catch(() => {});`;
        new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      }, PROBE);
      await expect.poll(() => app.foreignRequests(), PATIENT).toEqual([PROBE]);
      expectCleanPage(app, [PROBE]);
    } finally {
      await app.context.close();
    }
  });
});
