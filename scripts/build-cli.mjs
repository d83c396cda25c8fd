// Builds the command line into build/cli/ with esbuild: main.js (what bin/recovery-networks.mjs
// runs), nodeWorker.js (the worker thread's own entry) and one chunk per command, loaded only when
// that command runs. Every package is bundled in, so the built CLI needs nothing from node_modules.
// Run by `npm install` / `npm ci` (the `prepare` script) and by the bin tests, so the build is fresh.
// Plain JavaScript, so it runs before anything is built: `node scripts/build-cli.mjs`.
import { rm, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/** The repository root (this file is `scripts/build-cli.mjs`). */
const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Where the build goes, relative to the root; git-ignored. Not under dist/, which `vite build` empties. */
export const CLI_OUT = "build/cli";

/**
 * Builds the CLI into `<root>/build/cli/` (emptied first) and writes esbuild's metafile there as
 * meta.json (which source files each output holds, and what each output imports). Resolves to the
 * metafile; rejects with esbuild's errors.
 */
export async function buildCli() {
  const outdir = `${ROOT}${CLI_OUT}`;
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: "src/cli/main.ts", nodeWorker: "src/cli/parallel/nodeWorker.ts" },
    outdir,
    bundle: true,
    // Each command's dynamic import becomes its own chunk, next to main.js (nodePool.ts finds
    // nodeWorker.js beside the chunk it is in).
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundled CommonJS packages (graphology) call require() for Node's own modules.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    metafile: true,
    logLevel: "warning",
  });
  await writeFile(`${outdir}/meta.json`, JSON.stringify(result.metafile));
  return result.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
