import { describe, expect, it } from "vitest";
import { draftKey, interviewLabel, recordInterview, withAlter, withName, type InterviewState } from "../../../src/core/interview/index.ts";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { commitEdit, undoEdit } from "../../../src/ui/edits.ts";
import { createStore, initialState } from "../../../src/ui/store.ts";
import { pausedInterview } from "../../../src/ui/views/interview/interviewView.ts";
import { ringAtDistance } from "../../../src/ui/views/interview/ringsScreen.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [{ id: "alex", label: "Alex", kind: "service_user", start: "2024-01-01" }],
  ties: [],
  waves: [{ id: "w1", label: "Baseline", date: "2024-01-01" }],
});
const interview: InterviewState = withAlter(
  withName({ client: "alex", date: "2024-06-01", mode: "first", alters: [], pairs: [], step: 2 }, { label: "Jo", kind: "friend" }, "time"),
  "new:1", { valence: "supportive" });

describe("saving and pausing an interview", () => {
  it("Save is one change that Undo takes back whole: the person, the tie and the wave", () => {
    const store = createStore(initialState(project, "2024-01-01"));
    commitEdit(store, interviewLabel(project, interview), recordInterview(project, interview));
    expect(store.get().project.nodes.map((n) => n.id)).toEqual(["alex", "friend"]);
    expect(store.get().project.ties.map((t) => [t.source, t.target, t.start, t.valence])).toEqual([["alex", "friend", "2024-06-01", "supportive"]]);
    expect(store.get().project.waves.map((w) => w.date)).toEqual(["2024-01-01", "2024-06-01"]);
    expect(undoEdit(store)).toBe("Review with Alex on 2024-06-01");
    expect(store.get().project).toEqual(project);
  });

  it("pausedInterview reads a client's draft back, and sets aside one that does not read or is another client's", () => {
    const store = createStore(initialState(project, "2024-01-01"));
    store.set({ drafts: { [draftKey("alex")]: interview } });
    expect(pausedInterview(store.get(), "alex")).toEqual(interview);
    store.set({ drafts: { [draftKey("alex")]: { ...interview, step: -1 } } });
    expect(pausedInterview(store.get(), "alex")).toBeUndefined();
    store.set({ drafts: { [draftKey("bea")]: interview } });
    expect(pausedInterview(store.get(), "bea")).toBeUndefined();
  });

  it("ringAtDistance puts the middle of the picture on the closest ring and beyond the rings on the furthest", () => {
    // The rings are 50.4 units wide from a centre of radius 40 (600-unit picture, outer ring 292).
    expect([0, 40, 90, 90.5, 141, 292, 400].map(ringAtDistance)).toEqual([1, 1, 1, 2, 3, 5, 5]);
  });
});
