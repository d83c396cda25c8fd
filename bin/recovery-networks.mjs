#!/usr/bin/env node
// Entry point for `npx recovery-networks`: runs the built command line (build/cli/main.js), which
// `npm install` / `npm ci` build through the `prepare` script, so a fresh clone needs no other step.
let cli;
try {
  cli = await import("../build/cli/main.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("build/cli/main.js")) throw error;
  process.stderr.write("recovery-networks: the command line is not built (build/cli/main.js is missing). Run `npm install` (or `npm run build:cli`) in the project folder.\n");
  process.exit(1);
}
await cli.runFromShell();
