// The page's way of opening files, for the import-case tests: File objects (as a file input or a
// drop gives them) read by readFiles and imported by importWithMapping, as openInto does. A file
// that would need the column-mapping dialog fails the test instead.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { expect } from "vitest";
import type { ImportOptions } from "../../../../src/core/io/files.ts";
import type { ImportResult } from "../../../../src/core/io/problems.ts";
import { readFiles } from "../../../../src/ui/open/openFiles.ts";
import { importWithMapping } from "../../../../src/ui/open/openInto.ts";

/** Opens the files at `paths` (files, not folders) as the page does, with the page's settings `options`. */
export async function openAsPage(paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readFiles(paths.map((p) => new File([readFileSync(p)], basename(p))));
  expect(read.problems).toEqual([]);
  return importWithMapping(read.files, async () => {
    throw new Error("the page would ask for a mapping");
  }, options, undefined);
}
