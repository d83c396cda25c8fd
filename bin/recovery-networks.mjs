#!/usr/bin/env node
// Entry point for `npx recovery-networks`: runs the TypeScript CLI through tsx, so a fresh
// clone needs no build step after `npm install`.
import { register } from "tsx/esm/api";

register();
const { runFromShell } = await import("../src/cli/main.ts");
await runFromShell();
