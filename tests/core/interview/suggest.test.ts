import { describe, expect, it } from "vitest";
import { suggestPeople } from "../../../src/core/interview/suggest.ts";
import { projectSchema } from "../../../src/core/model/schema.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "s1", label: "Sam Jones (family)", kind: "family" },
    { id: "s2", label: "Samira Khan", kind: "friend" },
    { id: "z", label: "Zoë Adams", kind: "friend" },
    { id: "sam", label: "sam", kind: "worker" },
    { id: "gone", label: "Sam Gone", kind: "friend", end: "2024-01-01" },
    { id: "isa", label: "Lisam Teo", kind: "friend" },
  ],
  ties: [],
});

describe("suggestPeople(project, text, date)", () => {
  it("finds an exact name first, then word starts, then names containing the text, case and accents aside", () => {
    expect(suggestPeople(project, "SAM", "2024-06-01").map((s) => s.id)).toEqual(["sam", "s1", "s2", "isa"]);
    expect(suggestPeople(project, "zoe", "2024-06-01")).toEqual([{ id: "z", label: "Zoë Adams", kind: "friend" }]);
    expect(suggestPeople(project, "sam jo", "2024-06-01").map((s) => s.id)).toEqual(["s1"]);
    expect(suggestPeople(project, "jones", "2024-06-01").map((s) => s.id)).toEqual(["s1"]);
  });

  it("leaves out people not present on the date, excluded ids, and answers nothing under two letters", () => {
    expect(suggestPeople(project, "sam", "2023-06-01").map((s) => s.id)).toEqual(["sam", "gone", "s1", "s2", "isa"]);
    expect(suggestPeople(project, "sam", "2024-06-01", new Set(["sam", "s1"])).map((s) => s.id)).toEqual(["s2", "isa"]);
    expect(suggestPeople(project, "s", "2024-06-01")).toEqual([]);
    expect(suggestPeople(project, "sam", "2024-06-01", new Set(), 2).map((s) => s.id)).toEqual(["sam", "s1"]);
  });
});
