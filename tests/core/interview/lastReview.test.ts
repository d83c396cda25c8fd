import { describe, expect, it } from "vitest";
import { startFromLastReview } from "../../../src/core/interview/lastReview.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

const project = (): Project =>
  projectSchema.parse({
    format: "recovery-networks",
    version: 4,
    nodes: [
      { id: "alex", label: "Alex", kind: "service_user", start: "2024-01-01" },
      { id: "bo", label: "Bo", kind: "family" },
      { id: "cy", label: "Cy", kind: "friend", end: "2024-03-01" },
      { id: "gym", label: "The gym", kind: "group" },
    ],
    ties: [
      { id: "t1", source: "alex", target: "bo", type: "family", valence: "supportive", strength: 2, start: "2024-01-01" },
      { id: "t1b", source: "bo", target: "alex", type: "friend", valence: "risk", strength: 4, start: "2024-01-01" },
      { id: "t2", source: "alex", target: "cy", type: "friend", valence: "risk", strength: 2 },
      { id: "t3", source: "alex", target: "gym", type: "membership", valence: "supportive", strength: 3, end: "2024-02-01" },
    ],
    waves: [{ id: "w0", label: "Before", date: "2023-06-01" }, { id: "w1", label: "Baseline", date: "2024-01-01" }, { id: "w2", label: "Later", date: "2024-09-01" }],
  });

describe("startFromLastReview(project, client, date)", () => {
  it("rebuilds the people tied to the client on the date, ring and answer from the strongest tie", () => {
    expect(startFromLastReview(project(), "alex", "2024-06-01")).toEqual({
      client: "alex", date: "2024-06-01", mode: "repeat", previous: "2024-01-01", pairs: [], step: 0,
      alters: [{ key: "bo", nodeId: "bo", label: "Bo", kind: "family", named: [], strength: 4, valence: "risk", before: { strength: 4, valence: "risk" } }],
    });
  });

  it("starts a first interview when the client has no ties on the date", () => {
    const none = startFromLastReview({ ...project(), ties: [] }, "alex", "2024-01-01");
    expect(none).toEqual({ client: "alex", date: "2024-01-01", mode: "first", alters: [], pairs: [], step: 0 });
  });

  it("throws with the client's dates when they are not in the service on the date, or not in the project", () => {
    expect(() => startFromLastReview(project(), "alex", "2023-06-01")).toThrow("Alex is not in the service on 2023-06-01 (they are there from 2024-01-01); choose a date when they are");
    expect(() => startFromLastReview(project(), "zed", "2024-06-01")).toThrow('no client "zed" in the project');
  });
});
