// The request log the other browser tests check for foreign origins must see requests made by
// workers too, or "no foreign request" would pass however the page behaved. Here a worker on a
// page whose content security policy is switched off fetches from another origin, and the log
// must have it.
import { describe, expect, test } from "vitest";
import { HAS_BROWSER, openApp } from "./harness.ts";

describe.skipIf(!HAS_BROWSER)("the request log", () => {
  test("records a worker's request to another origin", async () => {
    const app = await openApp("", { bypassCSP: true });
    try {
      expect(app.foreignRequests()).toEqual([]);
      // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a real host.
      await app.page.evaluate(() => {
        const code = "fetch('http://192.0.2.1/probe').catch(() => {});";
        new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      });
      await expect.poll(() => app.foreignRequests(), { timeout: 5_000 }).toEqual(["http://192.0.2.1/probe"]);
    } finally {
      await app.context.close();
    }
  });
});
