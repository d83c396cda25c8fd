// Opening files into the store: on success the project replaces the current one (date at
// "now", selection cleared, warnings listed); on failure every problem is listed and the
// current network stays.
import { latestDate } from "../../core/model/snapshot.ts";
import { defaultFilters, type Store } from "../store.ts";
import { openFileObjects } from "./openFiles.ts";

/** Reads and imports `files` into `store`. Never throws: a failure becomes problems. */
export async function openInto(store: Store, files: File[]): Promise<void> {
  if (files.length === 0) return;
  store.set({ status: { phase: "loading", message: `Opening ${files.length} file${files.length === 1 ? "" : "s"}…`, problems: [] } });
  try {
    const result = await openFileObjects(files);
    if (!result.ok) {
      store.set({ status: { phase: "ready", message: `Could not open: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`, problems: [...(result.warnings ?? []), ...result.problems] } });
      return;
    }
    store.set({
      project: result.project,
      at: latestDate(result.project),
      selectedNode: undefined,
      hoveredNode: undefined,
      filters: defaultFilters(),
      metrics: undefined,
      status: { phase: "ready", message: `Opened ${files.map((f) => f.name).join(", ")}`, problems: result.warnings },
    });
  } catch (error) {
    const problem = { file: files.map((f) => f.name).join(", "), where: "", message: `could not be read (${(error as Error).message})`, fix: "Check the files are text files you can open, then try again" };
    store.set({ status: { phase: "ready", message: "Could not open", problems: [problem] } });
  }
}
