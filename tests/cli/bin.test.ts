// The installed command itself (bin/recovery-networks.mjs), run as a shell would run it, on a
// build made fresh for this file (scripts/build-cli.mjs, as `npm install` runs it): a broken
// build fails here. The in-process tests beside this file run the TypeScript source.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "recovery-networks.mjs");
const SAMPLE = join(ROOT, "datasets", "programme.json");
/** Every command `--help` lists. */
const COMMANDS = ["validate", "summary", "convert", "metrics", "timeline", "attention", "docs", "bench", "generate"];

/** The package's bin must be the file run here. */
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };

interface BinRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the bin; with `closeEarly`, closes its output after the first chunk (as `| head -1` does) and `out` is that chunk. */
function run(args: string[], closeEarly = false): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (closeEarly && out.length > 0) return;
      out.push(chunk);
      if (closeEarly) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: Buffer.concat(out).toString("utf8"), err }));
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
}, 120_000);

describe("the package", () => {
  it("names bin/recovery-networks.mjs as its bin and builds the CLI on install", () => {
    expect(PACKAGE.bin).toEqual({ "recovery-networks": "bin/recovery-networks.mjs" });
    expect(PACKAGE.scripts.prepare).toBe("node scripts/build-cli.mjs");
  });

  it("--help lists every command and loads none: main.js holds no command, no package and no core code", async () => {
    const { code, out, err } = await run(["--help"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    for (const name of COMMANDS) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    // What main.js loads before any command: itself and the chunks it imports statically.
    const meta = JSON.parse(readFileSync(join(ROOT, "build", "cli", "meta.json"), "utf8")) as {
      outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }>;
    };
    const loaded = new Set<string>();
    const visit = (output: string) => {
      if (loaded.has(output)) return;
      loaded.add(output);
      for (const i of meta.outputs[output].imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
    };
    visit("build/cli/main.js");
    const sources = [...loaded].flatMap((o) => Object.keys(meta.outputs[o].inputs));
    expect(sources).toContain("src/cli/main.ts");
    expect(sources.filter((s) => s.startsWith("src/cli/commands/") && s !== "src/cli/commands/index.ts")).toEqual([]);
    expect(sources.filter((s) => s.startsWith("node_modules/") || s.startsWith("src/core/"))).toEqual([]);
    // Each command is its own chunk, loaded by a dynamic import.
    const dynamic = meta.outputs["build/cli/main.js"].imports.filter((i) => i.kind === "dynamic-import");
    expect(dynamic).toHaveLength(COMMANDS.length);
  });
});

describe("the built command", () => {
  it("prints GEXF to standard output and exits 0", async () => {
    const { code, out, err } = await run(["convert", SAMPLE, "--to", "gexf"]);
    expect(err).toBe("");
    expect(out).toMatch(/^<\?xml version="1.0"/);
    expect(out.trimEnd()).toMatch(/<\/gexf>$/);
    expect(code).toBe(0);
  }, 30_000);

  it("output cut short by the reader (`… | head -1`) ends the command quietly, without an EPIPE trace", async () => {
    const { code, out, err } = await run(["convert", SAMPLE, "--to", "gexf"], true);
    expect(out).toMatch(/^<\?xml/);
    expect(err).not.toMatch(/EPIPE|Unhandled/);
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 30_000);

  it("takes --option=value", async () => {
    const { code, out } = await run(["summary", SAMPLE, "--format=json", "--at=2014-03-31"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ at: "2014-03-31" });
  }, 30_000);

  it("reports a usage error the same way for every command: the option named, the usage, exit code 2", async () => {
    for (const name of COMMANDS) {
      const { code, out, err } = await run([name, "--no-such-option", "1"]);
      expect(code, name).toBe(2);
      expect(out, name).toBe("");
      expect(err, name).toMatch(new RegExp(`^recovery-networks ${name}: unknown option "--no-such-option" \\(this command takes --`));
      expect(err, name).toContain(`\n\nUsage: npx recovery-networks ${name}`);
    }
  }, 60_000);

  it("prints the same metrics bytes with 1, 2 and 3 worker threads, twice each", async () => {
    const outputs: string[] = [];
    for (const workers of ["1", "2", "3"]) {
      for (let time = 0; time < 2; time++) {
        const { code, out, err } = await run(["metrics", SAMPLE, "--workers", workers]);
        expect(err).toBe("");
        expect(code).toBe(0);
        outputs.push(out);
      }
    }
    expect(outputs[0].length).toBeGreaterThan(100_000);
    expect(JSON.parse(outputs[0]).nodes["su-0151"].betweenness).toBeGreaterThan(0);
    for (const [i, out] of outputs.entries()) expect(out === outputs[0], `run ${i + 1} prints what run 1 prints`).toBe(true);
  }, 120_000);
});
