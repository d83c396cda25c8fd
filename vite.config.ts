// Vite builds the page; Vitest runs the unit tests and, where Chromium is installed, the browser tests.
// Time limits are generous on purpose: the tests assert behaviour, never speed, and must pass on a
// busy 2-core machine; a limit only bounds how long a stuck test takes to fail.
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: {
      // A test that runs no assertion fails: it could not have failed otherwise.
      requireAssertions: true,
      // Browser tests pass their own (tests/e2e/harness.ts PATIENT); this covers any other poll.
      poll: { timeout: 30_000 },
    },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, "tests/e2e/**"] } },
      // One build, one server and one Chromium for every browser test file (tests/e2e/globalSetup.ts),
      // set up only when a browser test is in the run; files run one at a time. A test or hook may
      // wait up to 3 minutes twice over (tests/e2e/harness.ts VERY_PATIENT: a page and its first
      // layout; a 6,000-node file and its every metric), so each gets 10 minutes.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
