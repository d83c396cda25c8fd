// Guards against spreading an array into Math.max / Math.min in the core and the page: the engine
// caps the number of arguments (about 120,000 in V8), so `Math.max(...sizes)` throws on a large
// snapshot. Use maxOf / minOf from src/core/arrays.ts instead.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

it("no Math.max(...) or Math.min(...) spread in src/core or src/ui", () => {
  const found: string[] = [];
  for (const file of [...sources(join(SRC, "core")), ...sources(join(SRC, "ui"))]) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      const comment = /^\s*(\/\/|\*|\/\*)/.test(line);
      if (!comment && /Math\.(max|min)\([^)]*\.\.\./.test(line)) found.push(`${file.slice(SRC.length)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});
