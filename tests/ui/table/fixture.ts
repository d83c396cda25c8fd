// A four-node project for the table tests: a–b–c in a line, the group g joined by a in March;
// c leaves on 2014-06-01. Attributes include a number, text and a formula-like note.
import { projectSchema } from "../../../src/core/model/schema.ts";

export const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  nodes: [
    { id: "a", label: "Ann Lee", kind: "service_user", use_status: "in_recovery", attributes: { hub: "North", age: 30 } },
    { id: "b", label: "Bo", kind: "peer_mentor", attributes: { hub: "South", age: 41 } },
    { id: "c", label: "Cy", kind: "friend", end: "2014-06-01", attributes: { note: "=SUM(A1)", degree: "high" } },
    { id: "g", label: "Café", kind: "group", start: "2014-03-01", group_type: "mutual_aid", recovery_oriented: true },
  ],
  ties: [
    { id: "ab", source: "a", target: "b", type: "mentoring", valence: "supportive", strength: 4 },
    { id: "bc", source: "b", target: "c", type: "friend", valence: "risk", strength: 1, attributes: { where: "pub" } },
    { id: "ag", source: "a", target: "g", type: "membership", valence: "supportive", start: "2014-03-01" },
  ],
});
