// Each view's own record in the store: read back as kept, one view's record leaving the others as
// they were, and a new viewState object each time (so listeners see that it changed).
import { describe, expect, it } from "vitest";
import { createStore, initialState } from "../../src/ui/store.ts";
import { keepViewState, viewStateOf } from "../../src/ui/viewState.ts";
import type { Project } from "../../src/core/model/schema.ts";

const project = { format: "recovery-networks", version: 4, meta: { title: "t" }, nodes: [], ties: [], observations: [], waves: [] } as unknown as Project;

describe("viewStateOf / keepViewState", () => {
  it("is undefined until a view keeps a record, then gives it back", () => {
    const store = createStore(initialState(project, undefined));
    expect(viewStateOf(store, "attention")).toBeUndefined();
    keepViewState(store, "attention", { hub: "Maidstone", keyworker: "", reason: "" });
    expect(viewStateOf(store, "attention")).toEqual({ hub: "Maidstone", keyworker: "", reason: "" });
  });

  it("keeps the other views' records and replaces the viewState object", () => {
    const store = createStore(initialState(project, undefined));
    const tables = { which: "ties" as const, sorts: { nodes: undefined, ties: { column: "strength", direction: "descending" as const } }, filter: "risk", onMap: true };
    keepViewState(store, "tables", tables);
    const before = store.get().viewState;
    const seen: unknown[] = [];
    store.subscribe((state, previous) => seen.push(state.viewState !== previous.viewState));
    keepViewState(store, "attention", { hub: "", keyworker: "w-002", reason: "" });
    expect(store.get().viewState).not.toBe(before);
    expect(seen).toEqual([true]);
    expect(viewStateOf(store, "tables")).toEqual(tables);
    expect(viewStateOf(store, "attention")).toEqual({ hub: "", keyworker: "w-002", reason: "" });
  });
});
