import { describe, expect, it } from "vitest";
import { addTie, deleteTie, endTie, updateTie } from "../../../src/core/edit/ties.ts";
import { tinyProject } from "./tinyProject.ts";

describe("addTie", () => {
  it("adds a tie with a numbered id (not its ends', which may hold names) and the default strength 3", () => {
    const before = tinyProject();
    const result = addTie(before, { source: "a", target: "c", type: "friend", valence: "supportive" });
    expect(result).toEqual({ ok: true, label: "Add the tie Ann – Cy (friend)", project: { ...before, ties: [...before.ties, { id: "tie-1", source: "a", target: "c", type: "friend", valence: "supportive", strength: 3, attributes: {} }] } });
  });

  it("refuses strength 9 with import's message", () => {
    expect(addTie(tinyProject(), { source: "a", target: "c", type: "friend", valence: "supportive", strength: 9 })).toEqual({ ok: false, errors: { strength: "must be from 1 to 5" } });
    expect(addTie(tinyProject(), { source: "a", target: "c", type: "friend", valence: "supportive", strength: 2.5 })).toEqual({ ok: false, errors: { strength: "must be a whole number from 1 to 5" } });
  });

  it("refuses a missing end node, a self tie and an end before the start", () => {
    expect(addTie(tinyProject(), { source: "a", target: "zz", type: "friend", valence: "supportive" })).toEqual({ ok: false, errors: { target: 'tie "tie-1" refers to target node "zz", which is not in the nodes' } });
    expect(addTie(tinyProject(), { source: "a", target: "a", type: "friend", valence: "supportive" })).toEqual({ ok: false, errors: { target: 'tie "tie-1" links node "a" to itself' } });
    expect(addTie(tinyProject(), { source: "a", target: "c", type: "friend", valence: "supportive", start: "2024-05-01", end: "2024-04-01" })).toEqual({ ok: false, errors: { end: "end 2024-04-01 is not after start 2024-05-01" } });
  });
});

describe("updateTie, endTie, deleteTie", () => {
  it("updateTie changes the fields given", () => {
    const before = tinyProject();
    const result = updateTie(before, "t1", { strength: 5, valence: "neutral" });
    expect(result).toEqual({ ok: true, label: "Edit the tie Ann – Bo", project: { ...before, ties: [{ ...before.ties[0], strength: 5, valence: "neutral" }] } });
    expect(updateTie(before, "t1", { strength: 0 })).toEqual({ ok: false, errors: { strength: "must be from 1 to 5" } });
  });

  it("endTie records the end date and keeps the tie", () => {
    const before = tinyProject();
    expect(endTie(before, "t1", "2024-09-01")).toEqual({ ok: true, label: "End the tie Ann – Bo on 2024-09-01", project: { ...before, ties: [{ ...before.ties[0], end: "2024-09-01" }] } });
  });

  it("endTie refuses a date not after the start, or after it already ended", () => {
    expect(endTie(tinyProject(), "t1", "2024-02-01")).toEqual({ ok: false, errors: { date: "is not after the tie started (2024-02-01): choose a later date, or delete the tie if it was a mistake" } });
    const ended = tinyProject({ ties: [{ id: "t1", source: "a", target: "b", type: "family", valence: "supportive", strength: 3, end: "2024-03-01", attributes: {} }] });
    expect(endTie(ended, "t1", "2024-04-01")).toEqual({ ok: false, errors: { date: "is not before the tie ended (2024-03-01)" } });
    expect(endTie(tinyProject(), "t9", "2024-04-01")).toEqual({ ok: false, errors: { id: '"t9" is not in the ties' } });
  });

  it("deleteTie takes it out", () => {
    const before = tinyProject();
    expect(deleteTie(before, "t1")).toEqual({ ok: true, label: "Delete the tie Ann – Bo", project: { ...before, ties: [] } });
  });
});
