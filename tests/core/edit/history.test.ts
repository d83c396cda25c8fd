import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyPatch, diffProjects, EMPTY_HISTORY, recordChange, redoChange, undoChange } from "../../../src/core/edit/history.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

const project = (over: Partial<Project> = {}): Project =>
  projectSchema.parse({
    format: "recovery-networks",
    version: 4,
    nodes: [
      { id: "a", label: "Ann", kind: "service_user" },
      { id: "b", label: "Bo", kind: "family" },
      { id: "c", label: "Cy", kind: "friend" },
    ],
    ties: [{ id: "t1", source: "a", target: "b", type: "family", valence: "supportive" }],
    observations: [{ subject: "a", date: "2024-01-01", measure: "barc10", value: 30 }],
    waves: [{ id: "w1", label: "Baseline", date: "2024-01-01" }],
    ...over,
  });

describe("diffProjects and applyPatch", () => {
  it("diffProjects(p, p) is empty", () => {
    const p = project();
    expect(diffProjects(p, structuredClone(p))).toEqual({});
  });

  it("an edited node is removed at its old index and added at its new one; the others are not in the patch", () => {
    const before = project();
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === "b" ? { ...n, label: "Bea" } : n)) };
    const patch = diffProjects(before, after);
    expect(patch).toEqual({ nodes: { removed: [{ index: 1, item: before.nodes[1] }], added: [{ index: 1, item: after.nodes[1] }] } });
    expect(applyPatch(before, patch, "redo")).toEqual(after);
    expect(applyPatch(after, patch, "undo")).toEqual(before);
  });

  it("meta changes are the fields changed only, so a field set outside the history survives an undo", () => {
    const before = project();
    const after = { ...before, meta: { ...before.meta, title: "Renamed", modified: "2024-02-02T00:00:00Z" } };
    const patch = diffProjects(before, after);
    expect(patch).toEqual({ meta: { before: { title: before.meta.title }, after: { title: "Renamed", modified: "2024-02-02T00:00:00Z" } } });
    const keyed = { ...after, meta: { ...after.meta, attributes: { pseudonym_key: "00ff" } } };
    const undone = applyPatch(keyed, patch, "undo");
    expect(undone.meta).toEqual({ ...before.meta, attributes: { pseudonym_key: "00ff" } });
    expect("modified" in undone.meta).toBe(false);
    expect(applyPatch(undone, patch, "redo").meta).toEqual(keyed.meta);
  });

  it("observations are one replaced run", () => {
    const before = project();
    const added = { subject: "a", date: "2024-06-01", measure: "barc10", value: 35 };
    const after = { ...before, observations: [...before.observations, added] };
    expect(diffProjects(before, after)).toEqual({ observations: { start: 1, removed: [], added: [added] } });
  });

  it("a reordering of kept items falls back to the whole collection and still round-trips", () => {
    const before = project();
    const after = { ...before, nodes: [...before.nodes].reverse() };
    const patch = diffProjects(before, after);
    expect(patch.nodes?.removed).toHaveLength(3);
    expect(applyPatch(before, patch, "redo")).toEqual(after);
    expect(applyPatch(after, patch, "undo")).toEqual(before);
  });

  it("round-trips any mix of additions, edits and removals (property)", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const nodesArb = fc.subarray(ids).chain((kept) =>
      fc.tuple(...kept.map((id) => fc.constantFrom("x", "y").map((label) => ({ id, label, kind: "friend" as const, attributes: {} })))),
    );
    const obsArb = fc.array(fc.integer({ min: 0, max: 3 }).map((v) => ({ subject: "a", date: "2024-01-01", measure: "m", value: v })), { maxLength: 5 });
    fc.assert(
      fc.property(nodesArb, nodesArb, obsArb, obsArb, fc.boolean(), (n1, n2, o1, o2, shuffle) => {
        const before = project({ nodes: n1, ties: [], observations: o1 });
        const after = project({ nodes: shuffle ? [...n2].reverse() : n2, ties: [], observations: o2, meta: { ...before.meta, title: "Changed" } });
        const patch = diffProjects(before, after);
        expect(applyPatch(before, patch, "redo")).toEqual(after);
        expect(applyPatch(after, patch, "undo")).toEqual(before);
      }),
    );
  });

  it("a patch survives JSON (so it can be stored) and still applies", () => {
    const before = project();
    const after = { ...before, ties: [...before.ties, { id: "t2", source: "a", target: "c", type: "friend" as const, valence: "risk" as const, strength: 2, attributes: {} }] };
    const stored = JSON.parse(JSON.stringify(diffProjects(before, after)));
    expect(applyPatch(before, stored, "redo")).toEqual(after);
  });
});

describe("recordChange, undoChange, redoChange", () => {
  it("undo returns the project before the change and redo the one after", () => {
    const p0 = project();
    const p1 = { ...p0, nodes: [...p0.nodes, { id: "d", label: "Di", kind: "peer_mentor" as const, attributes: {} }] };
    const history = recordChange(EMPTY_HISTORY, "Add Di", p0, p1, "2024-02-01T10:00:00Z");
    expect(history.past.map((c) => c.label)).toEqual(["Add Di"]);
    const undone = undoChange(history, p1)!;
    expect(undone.project).toEqual(p0);
    expect(undone.history).toEqual({ past: [], future: history.past });
    const redone = redoChange(undone.history, undone.project)!;
    expect(redone.project).toEqual(p1);
    expect(redone.history).toEqual(history);
  });

  it("a new change drops what could be redone; a change that changes nothing is not recorded", () => {
    const p0 = project();
    const p1 = { ...p0, meta: { ...p0.meta, title: "One" } };
    const p2 = { ...p0, meta: { ...p0.meta, title: "Two" } };
    const undone = undoChange(recordChange(EMPTY_HISTORY, "Rename", p0, p1, "t"), p1)!;
    const h = recordChange(undone.history, "Rename again", undone.project, p2, "t");
    expect(h.future).toEqual([]);
    expect(h.past.map((c) => c.label)).toEqual(["Rename again"]);
    expect(recordChange(h, "Nothing", p2, structuredClone(p2), "t")).toBe(h);
  });

  it("keeps at most `limit` changes, forgetting the oldest", () => {
    let p = project();
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) {
      const next = { ...p, meta: { ...p.meta, title: `T${i}` } };
      h = recordChange(h, `T${i}`, p, next, "t", 3);
      p = next;
    }
    expect(h.past.map((c) => c.label)).toEqual(["T2", "T3", "T4"]);
  });

  it("undo and redo with nothing to do return undefined", () => {
    expect(undoChange(EMPTY_HISTORY, project())).toBeUndefined();
    expect(redoChange(EMPTY_HISTORY, project())).toBeUndefined();
  });
});
