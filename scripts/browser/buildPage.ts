// Builds the page once with Vite's JS API into a fresh temporary folder (never `dist/`, which a
// developer may be previewing), for the browser tests and the screenshot and measurement scripts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The repository root (this file is `scripts/browser/buildPage.ts`). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A finished build: the folder it is in, and how to remove it. */
export interface PageBuild {
  outDir: string;
  remove(): Promise<void>;
}

/** Runs `vite build` with the project's config into a new temporary folder. */
export async function buildPage(): Promise<PageBuild> {
  const folder = await mkdtemp(join(tmpdir(), "recovery-networks-page-"));
  const outDir = join(folder, "dist");
  await build({ root: REPO_ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  return { outDir, remove: () => rm(folder, { recursive: true, force: true }) };
}
