// Opening data in the page: File objects become InputFile[] (name + text) and go through the
// same importer as the command line. All or nothing: on any problem the current network stays.
import type { ImportOptions, InputFile } from "../../core/io/files.ts";
import type { ImportResult, Problem } from "../../core/io/problems.ts";
import type { RawFile } from "../../core/io/text/inputs.ts";

/**
 * The core import/export module (`src/core/io/load.ts`), loaded on first use so its parsers
 * (XML, CSV) are not in the page's first chunk.
 */
export function loadModule(): Promise<typeof import("../../core/io/load.ts")> {
  return import("../../core/io/load.ts");
}

/**
 * Reads every file, named by its path inside a dropped folder when there is one, decoded the way
 * the command line decodes (`readRawFiles`: UTF-8, UTF-16 by byte-order mark, Windows-1252 with
 * a warning, XML by its declaration, .xlsx workbooks as one CSV per sheet).
 */
export async function readFiles(files: Iterable<File>): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const raw: RawFile[] = [];
  for (const file of files) {
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    raw.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const { readRawFiles } = await import("../../core/io/text/inputs.ts");
  return readRawFiles(raw);
}

/** Imports the files through the core loader: every format, every problem with its place. */
export async function importFiles(files: InputFile[], options: ImportOptions = {}): Promise<ImportResult> {
  return (await loadModule()).loadProject(files, options);
}
