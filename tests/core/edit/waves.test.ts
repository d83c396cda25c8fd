import { describe, expect, it } from "vitest";
import { addWave, removeWave, updateWave } from "../../../src/core/edit/waves.ts";
import { tinyProject } from "./tinyProject.ts";

describe("waves", () => {
  it("addWave adds a wave with an id from its name", () => {
    const before = tinyProject();
    expect(addWave(before, { label: "6 months", date: "2024-07-01" })).toEqual({ ok: true, label: "Add the wave 6 months (2024-07-01)", project: { ...before, waves: [...before.waves, { id: "6-months", label: "6 months", date: "2024-07-01" }] } });
  });

  it("addWave refuses an empty name and a missing date", () => {
    expect(addWave(tinyProject(), { label: " ", date: "2024-07-01" })).toEqual({ ok: false, errors: { label: "is empty: give a name" } });
    expect(addWave(tinyProject(), { label: "Q1" })).toEqual({ ok: false, errors: { date: "is missing" } });
  });

  it("updateWave renames and re-dates", () => {
    const before = tinyProject();
    expect(updateWave(before, "w1", { label: "Start" })).toEqual({ ok: true, label: "Edit the wave Start", project: { ...before, waves: [{ id: "w1", label: "Start", date: "2024-01-01" }] } });
    expect(updateWave(before, "w1", { date: "2024-01-02" })).toEqual({ ok: true, label: "Edit the wave Baseline", project: { ...before, waves: [{ id: "w1", label: "Baseline", date: "2024-01-02" }] } });
    expect(updateWave(before, "w1", { date: "Jan" })).toEqual({ ok: false, errors: { date: "is not a date in YYYY-MM-DD form (for example 2024-03-31)" } });
  });

  it("removeWave removes it, and refuses an unknown id", () => {
    const before = tinyProject();
    expect(removeWave(before, "w1")).toEqual({ ok: true, label: "Remove the wave Baseline", project: { ...before, waves: [] } });
    expect(removeWave(before, "w2")).toEqual({ ok: false, errors: { id: '"w2" is not in the waves' } });
  });
});
