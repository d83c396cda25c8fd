// The list's settings and reviewed marks kept in the project (meta.attention, format version 3):
// saved as changes from the defaults, carried through a JSON export, and absent from older files.
import { describe, expect, it } from "vitest";
import { DEFAULT_ATTENTION_SETTINGS, withAttention } from "../../../src/core/attention/index.ts";
import { exportJson, importJson } from "../../../src/core/io/json.ts";
import { migrateProject, PROJECT_VERSION } from "../../../src/core/model/schema.ts";
import { makeProject, node } from "../metrics/recovery/fixture.ts";

const project = makeProject([node("a", "service_user")], []);
const mark = { client: "a", reason: "no_ties", fingerprint: "no_ties|ties=0", date: "2024-07-02", note: "phoned" };

describe("withAttention", () => {
  it("saves only the settings that differ from the defaults, and the marks", () => {
    const changed = withAttention(project, { settings: { ...DEFAULT_ATTENTION_SETTINGS, minPeople: 2, listOn: ["no_ties"] }, marks: [mark] });
    expect(changed.meta.attention).toEqual({ settings: { minPeople: 2, listOn: ["no_ties"] }, marks: [mark] });
    expect(changed.nodes).toBe(project.nodes); // same network: the map keeps its layout
    expect(project.meta.attention).toBeUndefined(); // not mutated
    expect(withAttention(changed, { settings: DEFAULT_ATTENTION_SETTINGS }).meta.attention).toEqual({ settings: {}, marks: [mark] });
  });

  it("goes through a JSON export and import unchanged, as the current version", () => {
    const changed = withAttention(project, { settings: { ...DEFAULT_ATTENTION_SETTINGS, supportiveLostShareAtLeast: 0.4 }, marks: [mark] });
    const file = exportJson(changed);
    expect(JSON.parse(file.text).version).toBe(PROJECT_VERSION);
    const back = importJson(file);
    expect(back.ok && back.project.meta.attention).toEqual({ settings: { supportiveLostShareAtLeast: 0.4 }, marks: [mark] });
  });

  it("reads a version 2 file as the current version without attention, and refuses a mark without a date", () => {
    const v2 = { format: "recovery-networks", version: 2, meta: { title: "old" }, nodes: [], ties: [] };
    expect(migrateProject(v2)).toEqual({ ...v2, version: PROJECT_VERSION });
    const read = importJson({ name: "old.json", text: JSON.stringify(v2) });
    expect(read.ok && [read.project.version, read.project.meta.attention]).toEqual([PROJECT_VERSION, undefined]);
    const bad = importJson({ name: "bad.json", text: JSON.stringify({ ...v2, version: 3, meta: { attention: { marks: [{ ...mark, date: "soon" }] } } }) });
    expect(!bad.ok && bad.problems[0].where).toBe("meta.attention.marks[0].date");
  });
});
