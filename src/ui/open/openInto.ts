// Opening files into the store: on success the project replaces the current one (date at
// "now", selection cleared, warnings listed beside the map); on failure every problem is listed
// and the current network stays. When a CSV or .xlsx file's columns are not the expected names,
// the column-mapping dialog asks which is which (remembered for the next file with those columns);
// when a GraphML file holds several graphs that are not interviews, a dialog asks which to read.
// The self-loop setting (the header's, remembered in this browser) goes with every import.
import type { ImportOptions, InputFile } from "../../core/io/files.ts";
import type { ImportResult } from "../../core/io/problems.ts";
import { latestDate } from "../../core/model/snapshot.ts";
import { defaultFilters, type Store } from "../store.ts";
import { importFiles, readFiles } from "./openFiles.ts";
import { EMPTY_HISTORY } from "../../core/edit/history.ts";
import type { askMapping } from "./mappingDialog.ts";
import type { askGraph } from "./graphDialog.ts";
import { recallSelfLoops } from "./importSettings.ts";
import { recallMapping, rememberMapping, type MappingStorage } from "./rememberedMappings.ts";
import { unsealFiles } from "./sealedFiles.ts";

/**
 * Imports decoded files with the column mapping remembered for their columns, if any; when the
 * import fails for want of a column, asks for a mapping (`ask`) and imports again with it.
 * When the import fails because a GraphML file holds several graphs (and `options.graph` chose
 * none), asks which (`chooseGraph`) and imports again with it; Cancel keeps the failure.
 * Returns the result, with a warning saying when a remembered mapping was used.
 */
export async function importWithMapping(
  files: InputFile[],
  ask: typeof askMapping = async (previews, start) => (await import("./mappingDialog.ts")).askMapping(previews, start),
  options: ImportOptions = {},
  storage: MappingStorage | undefined = globalThis.localStorage,
  chooseGraph: typeof askGraph = async (file, choices) => (await import("./graphDialog.ts")).askGraph(file, choices),
): Promise<ImportResult> {
  const first = await importMapped(files, ask, options, storage);
  if (first.ok || files.length !== 1 || options.graph !== undefined) return first;
  const { graphmlChoices, needsGraphChoice } = await import("../../core/io/graphml/import.ts");
  if (!needsGraphChoice(first.problems)) return first;
  const choices = graphmlChoices(files[0]);
  if (choices === undefined) return first;
  const graph = await chooseGraph(files[0].name, choices);
  if (graph === undefined) return first;
  return importMapped(files, ask, { ...options, graph }, storage);
}

/** The column-mapping part of `importWithMapping`. */
async function importMapped(files: InputFile[], ask: typeof askMapping, options: ImportOptions, storage: MappingStorage | undefined): Promise<ImportResult> {
  const { previewTables, mappingKey, needsMapping } = await import("../../core/io/mapping/preview.ts");
  const previews = previewTables(files);
  const key = mappingKey(previews);
  const remembered = key === undefined ? undefined : recallMapping(key, storage);
  let result = await importFiles(files, remembered ? { ...options, mapping: remembered } : options);
  if (result.ok && remembered) {
    return {
      ...result,
      warnings: [
        { file: previews.map((p) => p.file).join(", "), where: "", message: "was read with the column mapping chosen before for these columns", fix: "If a column reads wrong, rename it in the file to get the mapping dialog again" },
        ...result.warnings,
      ],
    };
  }
  if (result.ok || key === undefined || !needsMapping(result.problems)) return result;
  const mapping = await ask(previews, remembered);
  if (mapping === undefined) return result;
  result = await importFiles(files, { ...options, mapping });
  if (result.ok) rememberMapping(key, mapping, storage);
  return result;
}

/** Reads and imports `files` into `store`. Never throws: a failure becomes problems. */
export async function openInto(store: Store, files: File[]): Promise<void> {
  if (files.length === 0) return;
  store.set({ status: { phase: "loading", message: `Opening ${files.length} file${files.length === 1 ? "" : "s"}…`, problems: [] } });
  try {
    const read = await unsealFiles(await readFiles(files));
    if (read === undefined) return void store.set({ status: { phase: "ready", message: "Not opened: the file is encrypted and no passphrase was given", problems: [] } });
    const result: ImportResult = read.problems.length > 0 ? { ok: false, problems: read.problems } : await importWithMapping(read.files, undefined, { selfLoops: recallSelfLoops() });
    if (!result.ok) {
      store.set({ status: { phase: "ready", message: `Could not open: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`, problems: [...(result.warnings ?? []), ...result.problems] } });
      return;
    }
    const n = result.warnings.length;
    store.set({
      project: result.project,
      history: EMPTY_HISTORY,
      drafts: {},
      at: latestDate(result.project),
      selectedNode: undefined,
      hoveredNode: undefined,
      filters: defaultFilters(),
      metrics: undefined,
      // What the views kept of the project left (a map camera, a table's sort) is not this one's.
      viewState: undefined,
      status: { phase: "ready", message: `Opened ${files.map((f) => f.name).join(", ")}${n > 0 ? ` with ${n} warning${n === 1 ? "" : "s"}` : ""}`, problems: result.warnings, warnings: n > 0 },
    });
  } catch (error) {
    const problem = { file: files.map((f) => f.name).join(", "), where: "", message: `could not be read (${(error as Error).message})`, fix: "Check the files are text files you can open, then try again" };
    store.set({ status: { phase: "ready", message: "Could not open", problems: [problem] } });
  }
}
