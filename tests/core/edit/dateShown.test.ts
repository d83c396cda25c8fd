import { describe, expect, it } from "vitest";
import { dateShownAfter } from "../../../src/core/edit/dateShown.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

const project = (nodes: object[]): Project => projectSchema.parse({ format: "recovery-networks", version: 4, nodes, ties: [] });
const empty = project([]);
const undated = project([{ id: "a", label: "A", kind: "friend" }]);
const endOnly = project([{ id: "a", label: "A", kind: "friend", end: "2023-01-01" }]);
const later = project([{ id: "a", label: "A", kind: "friend", end: "2023-01-01" }, { id: "b", label: "B", kind: "family", start: "2024-03-01" }]);

describe("dateShownAfter", () => {
  it("an empty or undated project gets the date of its first dated item", () => {
    expect(dateShownAfter(empty, endOnly, undefined)).toBe("2023-01-01");
    expect(dateShownAfter(undated, endOnly, undefined)).toBe("2023-01-01");
    expect(dateShownAfter(empty, undated, undefined)).toBeUndefined();
  });

  it("a date that was the latest follows the new latest date, forwards and back (an undo)", () => {
    expect(dateShownAfter(endOnly, later, "2023-01-01")).toBe("2024-03-01");
    expect(dateShownAfter(later, endOnly, "2024-03-01")).toBe("2023-01-01");
    expect(dateShownAfter(endOnly, empty, "2023-01-01")).toBeUndefined();
  });

  it("a date chosen before the latest is kept", () => {
    expect(dateShownAfter(later, endOnly, "2022-06-01")).toBe("2022-06-01");
    expect(dateShownAfter(endOnly, later, "2022-06-01")).toBe("2022-06-01");
  });
});
