// Once per run of the browser tests: build the page, serve it on 127.0.0.1 and start one
// headless Chromium that every test file connects to. Without Chromium the tests are skipped
// with a loud message, except on CI (CI=true), where a missing browser fails the run.
import type { TestProject } from "vitest/node";
import { buildPage } from "../../scripts/browser/buildPage.ts";
import { findChromium, INSTALL_HINT, launchChromiumServer } from "../../scripts/browser/chromium.ts";
import { serveFolder } from "../../scripts/browser/staticServer.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built page's URL (ending in `/`), or "" when the browser tests are skipped. */
    e2eUrl: string;
    /** The shared Chromium's WebSocket endpoint, or "" when the browser tests are skipped. */
    e2eBrowser: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!findChromium()) {
    const message = `Chromium is not installed, so the browser tests (tests/e2e) cannot run. Install it with: ${INSTALL_HINT}`;
    if (process.env.CI === "true") throw new Error(`${message} (on CI a missing Chromium is a failure)`);
    console.warn(`\n${"!".repeat(100)}\n!! SKIPPING THE BROWSER TESTS. ${message}\n${"!".repeat(100)}\n`);
    project.provide("e2eUrl", "");
    project.provide("e2eBrowser", "");
    return async () => {};
  }
  const build = await buildPage();
  const server = await serveFolder(build.outDir);
  const browser = await launchChromiumServer();
  project.provide("e2eUrl", server.url);
  project.provide("e2eBrowser", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
    await build.remove();
  };
}
