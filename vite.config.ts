// Vite builds the page; Vitest runs the unit tests and, where Chromium is installed, the browser tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
