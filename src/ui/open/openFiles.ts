// Opening data in the page: File objects become InputFile[] (name + text) and go through the
// same importer as the command line. All or nothing: on any problem the current network stays.
import type { InputFile } from "../../core/io/files.ts";
import type { ImportResult } from "../../core/io/problems.ts";

/**
 * The core import/export module (`src/core/io/load.ts`), loaded on first use so its parsers
 * (XML, CSV) are not in the page's first chunk.
 */
export function loadModule(): Promise<typeof import("../../core/io/load.ts")> {
  return import("../../core/io/load.ts");
}

/** Reads the text of every file, named by its path inside a dropped folder when there is one. */
export async function readFiles(files: Iterable<File>): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const file of files) {
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    out.push({ name, text: await file.text() });
  }
  return out;
}

/** Imports the files through the core loader: every format, every problem with its place. */
export async function importFiles(files: InputFile[]): Promise<ImportResult> {
  return (await loadModule()).loadProject(files);
}
