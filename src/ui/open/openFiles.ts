// Opening data in the page: File objects become InputFile[] (name + text) and go through the
// same importer as the command line. All or nothing: on any problem the current network stays.
import type { ExportOptions, FileFormat, ImportOptions, InputFile } from "../../core/io/files.ts";
import type { ImportResult } from "../../core/io/problems.ts";
import { jsonLocator, validateProject } from "../../core/model/validate.ts";
import type { Project } from "../../core/model/schema.ts";

/** What the page needs from the core import/export module (`src/core/io/load.ts`). */
interface LoadModule {
  loadProject(files: InputFile[], options?: ImportOptions): ImportResult;
  exportProject(project: Project, format: FileFormat, options?: ExportOptions): unknown;
}

// The importer for every format lives in the core; found here by a glob so the page still
// builds (opening project JSON only) in a tree where it is absent.
const loaders = import.meta.glob<LoadModule>("../../core/io/load.ts");

/** The core import/export module, or undefined when the tree has none. */
export async function loadModule(): Promise<LoadModule | undefined> {
  const load = Object.values(loaders)[0];
  return load ? await load() : undefined;
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

/** Imports the files: every format through the core loader, or project JSON alone without it. */
export async function importFiles(files: InputFile[]): Promise<ImportResult> {
  const loader = await loadModule();
  if (loader) return loader.loadProject(files);
  const problems = [];
  for (const file of files) {
    if (!file.name.toLowerCase().endsWith(".json")) {
      problems.push({ file: file.name, where: "", message: "this build opens project JSON files only", fix: "Open a .json project file" });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (files.length !== 1) {
    return { ok: false, problems: [{ file: files.map((f) => f.name).join(", "), where: "", message: "a project is one JSON file", fix: "Open one .json file at a time" }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(files[0].text);
  } catch (error) {
    return { ok: false, problems: [{ file: files[0].name, where: "", message: `is not valid JSON (${(error as Error).message})`, fix: "Check the file was saved as JSON" }] };
  }
  return validateProject(data, jsonLocator(files[0].name));
}
