// The one direction of imports (ui → worker → core, ui → storage → core, cli → core): walks src/
// and lists every import that goes the wrong way, so a failure names the file and the import.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");

/** Every .ts / .mts / .mjs / .js file under `folder` (relative to the root), or none if it does not exist. */
function sourceFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The module specifiers a file imports or re-exports: `import … from "x"`, `import "x"`,
 * `export … from "x"`, `import("x")`, type-only imports included. Comments are removed first.
 */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const found: string[] = [];
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The layer (`src/core`, `src/ui` …) a relative import from `file` lands in, or the bare specifier. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const path = relative(ROOT, resolve(ROOT, dirname(file), specifier));
  return path.split("/").slice(0, 2).join("/");
}

const NODE_BUILTINS = new Set(builtinModules);

/** Every import in `from` whose target `forbidden` returns a reason for, as "file: specifier (reason)". */
function violations(from: string, forbidden: (target: string, specifier: string) => string | undefined): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(from)) {
    for (const specifier of importsOf(readFileSync(join(ROOT, file), "utf8"))) {
      const reason = forbidden(target(file, specifier), specifier);
      if (reason) found.push(`${file}: "${specifier}" (${reason})`);
    }
  }
  return found;
}

describe("layers", () => {
  it("finds imports of every form, and not in comments", () => {
    const text = [
      'import type { A } from "../a.ts";',
      "import { b,\n  c } from '../b.ts';",
      'import "./side.ts";',
      'export { d } from "./d.ts";',
      'const e = await import("./e.ts");',
      '// import { f } from "./f.ts";',
      '/* import "./g.ts"; */',
    ].join("\n");
    expect(importsOf(text).sort()).toEqual(["../a.ts", "../b.ts", "./d.ts", "./e.ts", "./side.ts"]);
  });

  it("src/core imports no Node module and nothing from src/ui, src/worker, src/cli or src/storage", () => {
    const upward = ["src/ui", "src/worker", "src/cli", "src/storage"];
    const found = violations("src/core", (layer, specifier) => {
      if (specifier.startsWith("node:") || NODE_BUILTINS.has(specifier)) return "a Node module: Node-only code belongs in src/cli";
      return upward.includes(layer) ? `core imports ${layer}` : undefined;
    });
    expect(found).toEqual([]);
  });

  it("src/worker imports nothing from src/ui", () => {
    const found = violations("src/worker", (layer) => (layer === "src/ui" ? "the worker imports the page" : undefined));
    expect(found).toEqual([]);
  });

  it("src/cli imports nothing from src/ui, src/worker or src/storage", () => {
    const found = violations("src/cli", (layer) => (["src/ui", "src/worker", "src/storage"].includes(layer) ? `the CLI imports ${layer}` : undefined));
    expect(found).toEqual([]);
  });

  it("the page does not import graphology-metrics (a dev dependency, for the benchmark only)", () => {
    const found = ["src/ui", "src/worker", "src/storage", "src/core"].flatMap((layer) =>
      violations(layer, (_target, specifier) => (specifier.startsWith("graphology-metrics") ? "graphology-metrics is not installed for the page" : undefined)),
    );
    expect(found).toEqual([]);
  });
});
