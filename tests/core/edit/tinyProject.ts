// A three-person project for the edit operation tests: Ann (a client, from 2024-01-01), Bo (her
// family) and Cy (a friend), one family tie Ann – Bo from 2024-02-01, one BARC-10 and one wave.
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";

export const tinyProject = (over: Partial<Project> = {}): Project =>
  projectSchema.parse({
    format: "recovery-networks",
    version: 4,
    nodes: [
      { id: "a", label: "Ann", kind: "service_user", start: "2024-01-01" },
      { id: "b", label: "Bo", kind: "family" },
      { id: "c", label: "Cy", kind: "friend" },
    ],
    ties: [{ id: "t1", source: "a", target: "b", type: "family", valence: "supportive", start: "2024-02-01" }],
    observations: [{ subject: "a", date: "2024-01-01", measure: "barc10", value: 30 }],
    waves: [{ id: "w1", label: "Baseline", date: "2024-01-01" }],
    ...over,
  });
