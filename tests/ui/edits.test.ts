import { describe, expect, it } from "vitest";
import { commitEdit, commitEditOrSay, redoEdit, undoEdit } from "../../src/ui/edits.ts";
import { createStore, initialState } from "../../src/ui/store.ts";
import { projectSchema } from "../../src/core/model/schema.ts";

const start = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  meta: { title: "Test", modified: "2024-01-01T00:00:00.000Z" },
  nodes: [{ id: "a", label: "Ann", kind: "service_user" }],
  ties: [],
});

describe("commitEdit, undoEdit, redoEdit", () => {
  it("commitEdit replaces the project, stamps meta.modified and records the change; undo and redo walk it", () => {
    const store = createStore(initialState(start, undefined));
    const next = { ...start, nodes: [...start.nodes, { id: "b", label: "Bo", kind: "family" as const, attributes: {} }] };
    commitEdit(store, "Add Bo (family)", next, new Date("2024-05-06T07:08:09.000Z"));
    expect(store.get().project.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(store.get().project.meta.modified).toBe("2024-05-06T07:08:09.000Z");
    expect(store.get().history.past.map((c) => c.label)).toEqual(["Add Bo (family)"]);

    expect(undoEdit(store)).toBe("Add Bo (family)");
    expect(store.get().project).toEqual(start);
    expect(undoEdit(store)).toBeUndefined();
    expect(redoEdit(store)).toBe("Add Bo (family)");
    expect(store.get().project.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(redoEdit(store)).toBeUndefined();
  });

  it("an edit that changes nothing is not recorded and does not stamp", () => {
    const store = createStore(initialState(start, undefined));
    commitEdit(store, "Nothing", structuredClone(start));
    expect(store.get().project).toBe(start);
    expect(store.get().history.past).toEqual([]);
  });
});

describe("the date shown follows now", () => {
  const empty = projectSchema.parse({ format: "recovery-networks", version: 4, nodes: [], ties: [] });
  const withNode = (project: typeof empty, node: object) => ({ ...project, nodes: [...project.nodes, projectSchema.shape.nodes.element.parse(node)] });

  it("an empty project takes its first date; at now, the date follows each edit, undo and redo; a date chosen stays", () => {
    const store = createStore(initialState(empty, undefined));
    const first = withNode(empty, { id: "a", label: "A", kind: "friend", end: "2023-01-01" });
    commitEdit(store, "Add A (friend)", first);
    expect(store.get().at).toBe("2023-01-01");
    undoEdit(store);
    expect(store.get().at).toBeUndefined();
    redoEdit(store);
    expect(store.get().at).toBe("2023-01-01");
    commitEdit(store, "Add B (family)", withNode(store.get().project, { id: "b", label: "B", kind: "family", start: "2024-03-01" }));
    expect(store.get().at).toBe("2024-03-01");
    undoEdit(store);
    expect(store.get().at).toBe("2023-01-01");
    store.set({ at: "2022-06-01" });
    redoEdit(store);
    expect(store.get().at).toBe("2022-06-01");
  });
});

describe("read-only", () => {
  it("commitEdit throws the reason and undo/redo do nothing while the project is read-only here", () => {
    const store = createStore({ ...initialState(start, undefined), readOnly: "It is open in another tab" });
    expect(() => commitEdit(store, "Rename", { ...start, meta: { ...start.meta, title: "X" } })).toThrow("It is open in another tab");
    expect(undoEdit(store)).toBeUndefined();
    expect(store.get().project).toBe(start);
  });

  it("commitEditOrSay refuses with the reason in the status line instead of throwing, and records as commitEdit otherwise", () => {
    const locked = createStore({ ...initialState(start, undefined), readOnly: "It is open in another tab" });
    expect(commitEditOrSay(locked, "Rename", { ...start, meta: { ...start.meta, title: "X" } })).toBe(false);
    expect(locked.get().project).toBe(start);
    expect(locked.get().history.past).toEqual([]);
    expect(locked.get().status.message).toBe("Not changed: It is open in another tab");

    const open = createStore(initialState(start, undefined));
    expect(commitEditOrSay(open, "Rename", { ...start, meta: { ...start.meta, title: "X" } })).toBe(true);
    expect(open.get().project.meta.title).toBe("X");
    expect(open.get().history.past.map((c) => c.label)).toEqual(["Rename"]);
  });
});
