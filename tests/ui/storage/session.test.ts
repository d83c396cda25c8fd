import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY, recordChange } from "../../../src/core/edit/history.ts";
import type { Project } from "../../../src/core/model/schema.ts";
import { initialState } from "../../../src/ui/store.ts";
import { dateWithin, openedAnotherProject } from "../../../src/ui/storage/session.ts";

const project = (dates: string[]): Project => ({
  format: "recovery-networks",
  version: 4,
  meta: { title: "T", weight: "strength", attributes: {} },
  nodes: [],
  ties: [],
  observations: [],
  waves: dates.map((date, i) => ({ id: `w${i}`, label: `Wave ${i}`, date })) as Project["waves"],
});

describe("dateWithin(project, at)", () => {
  const p = project(["2012-04-01", "2015-04-01"]);
  it("keeps a date within the project's dates, the first and last included", () => {
    expect(dateWithin(p, "2013-06-30")).toBe("2013-06-30");
    expect(dateWithin(p, "2012-04-01")).toBe("2012-04-01");
    expect(dateWithin(p, "2015-04-01")).toBe("2015-04-01");
  });
  it("gives the project's latest date for a date outside them (an address from another project) or none", () => {
    expect(dateWithin(p, "2024-10-01")).toBe("2015-04-01");
    expect(dateWithin(p, "2012-03-31")).toBe("2015-04-01");
    expect(dateWithin(p, undefined)).toBe("2015-04-01");
    expect(dateWithin(project([]), "2014-01-01")).toBeUndefined();
  });
});

describe("openedAnotherProject(state, previous)", () => {
  const before = initialState(project(["2012-04-01"]), undefined);
  const other = project(["2020-01-01"]);
  it("is true when project, history (emptied) and drafts are replaced together, as opening a file does", () => {
    expect(openedAnotherProject({ ...before, project: other, history: EMPTY_HISTORY, drafts: {} }, before)).toBe(true);
  });
  it("is false for an edit, a saved layout or a draft", () => {
    const history = recordChange(EMPTY_HISTORY, "Edit", before.project, other, "2026-01-01T00:00:00.000Z");
    expect(openedAnotherProject({ ...before, project: other, history }, before)).toBe(false);
    expect(openedAnotherProject({ ...before, project: other }, before)).toBe(false);
    expect(openedAnotherProject({ ...before, drafts: { "interview:a": 1 } }, before)).toBe(false);
  });
});
