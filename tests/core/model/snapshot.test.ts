import { describe, expect, it } from "vitest";
import { changeDates, isActiveAt, latestDate, snapshotAt } from "../../../src/core/model/snapshot.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

function project(): Project {
  return projectSchema.parse({
    format: "recovery-networks",
    version: 1,
    nodes: [
      { id: "a", label: "A", kind: "service_user", start: "2024-01-01" },
      { id: "b", label: "B", kind: "peer_mentor" },
      { id: "c", label: "C", kind: "group", start: "2024-02-01", end: "2024-06-01" },
    ],
    ties: [
      { id: "ab", source: "a", target: "b", type: "mentoring", valence: "supportive", start: "2024-01-15" },
      { id: "ac", source: "a", target: "c", type: "membership", valence: "supportive" },
    ],
  });
}

describe("isActiveAt", () => {
  it("is half-open: includes start, excludes end", () => {
    const item = { start: "2024-01-01", end: "2024-02-01" };
    expect(isActiveAt(item, "2023-12-31")).toBe(false);
    expect(isActiveAt(item, "2024-01-01")).toBe(true);
    expect(isActiveAt(item, "2024-01-31")).toBe(true);
    expect(isActiveAt(item, "2024-02-01")).toBe(false);
  });
  it("treats open ends as unbounded", () => {
    expect(isActiveAt({}, "1900-01-01")).toBe(true);
    expect(isActiveAt({ end: "2000-01-01" }, "1999-12-31")).toBe(true);
  });
});

describe("snapshotAt", () => {
  it("keeps nodes present at the date and ties whose both ends are present", () => {
    const p = project();
    const jan10 = snapshotAt(p, "2024-01-10");
    expect(jan10.order).toBe(2);
    expect(jan10.size).toBe(0); // ab starts on the 15th; ac's group starts in February
    const mar = snapshotAt(p, "2024-03-01");
    expect(mar.nodes().sort()).toEqual(["a", "b", "c"]);
    expect(mar.edges().sort()).toEqual(["ab", "ac"]);
    const jul = snapshotAt(p, "2024-07-01");
    expect(jul.order).toBe(2);
    expect(jul.edges()).toEqual(["ab"]);
    expect(jul.getAttribute("at")).toBe("2024-07-01");
  });
  it("defaults to the latest date in the data", () => {
    expect(latestDate(project())).toBe("2024-06-01");
    expect(snapshotAt(project()).order).toBe(2);
  });
});

describe("changeDates", () => {
  it("lists every start and end once, ascending", () => {
    expect(changeDates(project())).toEqual(["2024-01-01", "2024-01-15", "2024-02-01", "2024-06-01"]);
  });
});
