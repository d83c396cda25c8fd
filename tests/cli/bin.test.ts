// The installed command itself (bin/recovery-networks.mjs), run as a shell would run it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "recovery-networks.mjs");
const SAMPLE = join(import.meta.dirname, "..", "..", "datasets", "programme.json");

/** Runs the bin, closing its output after the first chunk when `closeEarly` (as `| head -1` does). */
function run(args: string[], closeEarly: boolean): Promise<{ code: number | null; first: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let first = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (first === "") first = chunk.toString("utf8");
      if (closeEarly) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, first, err }));
  });
}

test("the command prints GEXF to standard output and exits 0", async () => {
  const { code, first, err } = await run(["convert", SAMPLE, "--to", "gexf"], false);
  expect(err).toBe("");
  expect(first).toMatch(/^<\?xml version="1.0"/);
  expect(code).toBe(0);
}, 30_000);

test("output cut short by the reader (`… | head -1`) ends the command quietly, without an EPIPE trace", async () => {
  const { code, first, err } = await run(["convert", SAMPLE, "--to", "gexf"], true);
  expect(first).toMatch(/^<\?xml/);
  expect(err).not.toMatch(/EPIPE|Unhandled/);
  expect(err).toBe("");
  expect(code).toBe(0);
}, 30_000);
