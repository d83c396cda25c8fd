import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { createStore, defaultFilters, initialState, type AppState } from "../../src/ui/store.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [{ id: "a", label: "A", kind: "service_user" }],
  ties: [],
});

describe("createStore", () => {
  it("set(patch) makes a new state and tells listeners the new and previous state", () => {
    const store = createStore(initialState(project, "2014-01-01"));
    const seen: [AppState, AppState][] = [];
    store.subscribe((s, p) => seen.push([s, p]));
    const before = store.get();
    store.set({ selectedNode: "a" });
    expect(seen).toHaveLength(1);
    expect(seen[0][0].selectedNode).toBe("a");
    expect(seen[0][1]).toBe(before);
    expect(before.selectedNode).toBeUndefined();
    expect(store.get().at).toBe("2014-01-01");
  });

  it("set(patch) with unchanged values tells nobody", () => {
    const store = createStore(initialState(project, undefined));
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ hideNames: false, selectedNode: undefined });
    expect(calls).toBe(0);
  });

  it("subscribe returns an unsubscribe that stops further calls", () => {
    const store = createStore(initialState(project, undefined));
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ hideNames: true });
    stop();
    store.set({ hideNames: false });
    expect(calls).toBe(1);
  });
});

describe("defaultFilters", () => {
  it("shows every kind, tie type and valence and every strength", () => {
    const f = defaultFilters();
    expect(f.kinds).toHaveLength(7);
    expect(f.tieTypes).toHaveLength(9);
    expect(f.valences).toEqual(["supportive", "neutral", "risk"]);
    expect(f.minStrength).toBe(1);
  });
});
