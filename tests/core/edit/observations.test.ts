import { describe, expect, it } from "vitest";
import { recordBarc10, recordUseStatus } from "../../../src/core/edit/observations.ts";
import { tinyProject } from "./tinyProject.ts";

describe("recordBarc10", () => {
  it("adds a barc10 observation at the end", () => {
    const before = tinyProject();
    expect(recordBarc10(before, "a", "2024-06-01", 42)).toEqual({
      ok: true,
      label: "Record BARC-10 42 for Ann on 2024-06-01",
      project: { ...before, observations: [...before.observations, { subject: "a", date: "2024-06-01", measure: "barc10", value: 42 }] },
    });
  });

  it("takes 10 and 60, refuses 9, 61 and 30.5", () => {
    expect(recordBarc10(tinyProject(), "a", "2024-06-01", 10).ok).toBe(true);
    expect(recordBarc10(tinyProject(), "a", "2024-06-01", 60).ok).toBe(true);
    expect(recordBarc10(tinyProject(), "a", "2024-06-01", 9)).toEqual({ ok: false, errors: { value: "must be from 10 to 60" } });
    expect(recordBarc10(tinyProject(), "a", "2024-06-01", 61)).toEqual({ ok: false, errors: { value: "must be from 10 to 60" } });
    expect(recordBarc10(tinyProject(), "a", "2024-06-01", 30.5)).toEqual({ ok: false, errors: { value: "must be a whole number from 10 to 60" } });
  });

  it("refuses a bad date, an unknown subject and a group", () => {
    expect(recordBarc10(tinyProject(), "a", "1/6/2024", 30)).toEqual({ ok: false, errors: { date: "is not a date in YYYY-MM-DD form (for example 2024-03-31)" } });
    expect(recordBarc10(tinyProject(), "zz", "2024-06-01", 30)).toEqual({ ok: false, errors: { subject: '"zz" is not in the nodes' } });
    const withGroup = tinyProject({ nodes: [{ id: "g", label: "AA", kind: "group", attributes: {} }], ties: [], observations: [] });
    expect(recordBarc10(withGroup, "g", "2024-06-01", 30)).toEqual({ ok: false, errors: { subject: "is a group: BARC-10 is recorded for people" } });
  });
});

describe("recordUseStatus", () => {
  it("adds a use_status observation", () => {
    const result = recordUseStatus(tinyProject(), "a", "2024-06-01", "abstinent");
    expect(result.ok && result.label).toBe("Record use status abstinent for Ann on 2024-06-01");
    expect(result.ok && result.project.observations[1]).toEqual({ subject: "a", date: "2024-06-01", measure: "use_status", value: "abstinent" });
  });

  it("refuses a status not in the vocabulary", () => {
    expect(recordUseStatus(tinyProject(), "a", "2024-06-01", "sober" as never)).toEqual({ ok: false, errors: { value: 'is "sober", which is not one of active_use, reduced_use, abstinent, in_recovery, unknown' } });
  });
});
