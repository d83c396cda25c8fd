// Vite builds the page; Vitest runs the unit tests and, where Chromium is installed, the browser tests.
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, "tests/e2e/**"] } },
      // One build, one server and one Chromium for every browser test file (tests/e2e/globalSetup.ts),
      // set up only when a browser test is in the run; files run one at a time so timings are fair.
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], globalSetup: ["tests/e2e/globalSetup.ts"], fileParallelism: false } },
    ],
  },
});
