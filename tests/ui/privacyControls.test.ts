import { describe, expect, test } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { privacyNote } from "../../src/ui/panels/privacyControls.ts";

// Two service users with one tie each and a worker with none: the worker alone is unique.
const project = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "a", label: "Ann", kind: "service_user" },
    { id: "b", label: "Bo", kind: "service_user" },
    { id: "w", label: "Wyn", kind: "worker" },
  ],
  ties: [{ id: "t", source: "a", target: "b", type: "friend", valence: "supportive" }],
});

describe("privacyNote(state)", () => {
  test("says nothing when names show and exports are not pseudonymised", () => {
    expect(privacyNote({ project, hideNames: false, pseudonymise: false })).toBe("");
  });
  test("says hidden names are on screen only", () => {
    expect(privacyNote({ project, hideNames: true, pseudonymise: false })).toBe(
      "Names are hidden on screen only: exports still show them. Tick “Pseudonymise exports” to leave them out of files and pictures.",
    );
  });
  test("says what pseudonymised exports cover, that they are personal data, and who is unique, before exporting", () => {
    expect(privacyNote({ project, hideNames: true, pseudonymise: true })).toBe(
      "Pseudonymised exports (network files, table CSVs, map PNG, SVG and print) are still personal data under UK GDPR. " +
        "1 person has a number of ties no one else of their kind has (worker 1): someone who knows how many ties they have can pick them out.",
    );
  });
});
