// What a centre view looked like when it was left (a filter chosen, a table sorted), kept in the
// store so that switching to another tab and back shows the view as it was. A view reads its
// record when it mounts and writes it when the user changes something; it is page state, never
// part of the project, and is not saved or exported.
import type { CameraState } from "sigma/types";
import type { Project } from "../core/model/schema.ts";
import type { SortState } from "./views/table/rowOrder.ts";
import type { Store } from "./store.ts";

/** Each view's own record, by view id (`View.id` of src/ui/views/index.ts). */
export interface ViewStates {
  /**
   * Map: the camera (sigma's pan, zoom and rotation) when the map was left, and the project's
   * nodes it was for (the same array), so a camera kept for other nodes (another project, new
   * positions) is not restored.
   */
  map?: { camera: CameraState; nodes: Project["nodes"] };
  /** Needs attention: the list's filters (hub, keyworker id, reason flag; "" for every one). */
  attention?: { hub: string; keyworker: string; reason: string };
  /** Dashboard: the attribute the indicators are compared by ("" for the whole programme only). */
  dashboard?: { compare: string };
  /** Tables: which table is shown, each table's sort, the filter text and "shown on the map only". */
  tables?: {
    which: "nodes" | "ties";
    sorts: { nodes: SortState | undefined; ties: SortState | undefined };
    filter: string;
    onMap: boolean;
  };
}

/** The record `view` left in `store`, or undefined when it has none yet. */
export function viewStateOf<K extends keyof ViewStates>(store: Store, view: K): ViewStates[K] | undefined {
  return store.get().viewState?.[view];
}

/** Keeps `value` as `view`'s record in `store` (a new `viewState` object, as the store asks). */
export function keepViewState<K extends keyof ViewStates>(store: Store, view: K, value: ViewStates[K]): void {
  store.set({ viewState: { ...store.get().viewState, [view]: value } });
}
