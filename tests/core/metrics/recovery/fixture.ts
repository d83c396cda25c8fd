// A small hand-built recovery network used by the indicator, flag and report tests. The expected
// values in the tests were worked out by hand (and the ego measures checked with networkx 2.8).
//
//   s1 (service user): mentor m, family f, friend fr (supportive AND risk: two parallel ties),
//   worker w, sport group g2.  f–fr know each other.  m belongs to mutual-aid group g1;
//   g1–g2 are linked.  s2: friend fr (risk), treatment service g3.  s3: nobody.  s4: worker w only.
//   s1–s2 peer support ended 2024-03-01; the s1–fr risk tie started 2024-03-01.
import { projectSchema, type Project } from "../../../../src/core/model/schema.ts";
import { snapshotAt } from "../../../../src/core/model/snapshot.ts";
import type { MetricContext } from "../../../../src/core/metrics/descriptor.ts";
import type { RecoveryGraph } from "../../../../src/core/model/graph.ts";

type Kind = "service_user" | "peer_mentor" | "family" | "friend" | "worker" | "community_member" | "group";

/** A node record with the fields tests care about. */
export function node(id: string, kind: Kind, extra: Record<string, unknown> = {}) {
  return { id, label: id.toUpperCase(), kind, ...extra };
}

/** A tie record: `tie("t1", "a", "b", "friend", "supportive")`. */
export function tie(id: string, source: string, target: string, type: string, valence: string, extra: Record<string, unknown> = {}) {
  return { id, source, target, type, valence, ...extra };
}

/** A project from node and tie records (validated by the real schema). */
export function makeProject(nodes: unknown[], ties: unknown[], waves: unknown[] = []): Project {
  return projectSchema.parse({ format: "recovery-networks", version: 1, nodes, ties, waves });
}

/** The fixture described at the top of this file. */
export function fixture(): Project {
  return makeProject(
    [
      node("s1", "service_user"),
      node("s2", "service_user"),
      node("s3", "service_user"),
      node("s4", "service_user"),
      node("m", "peer_mentor"),
      node("f", "family"),
      node("fr", "friend"),
      node("w", "worker"),
      node("g1", "group", { group_type: "mutual_aid", recovery_oriented: true }),
      node("g2", "group", { group_type: "sport", recovery_oriented: false }),
      node("g3", "group", { group_type: "treatment_service" }),
    ],
    [
      tie("t1", "s1", "m", "mentoring", "supportive"),
      tie("t2", "s1", "f", "family", "supportive"),
      tie("t3", "s1", "fr", "friend", "supportive"),
      tie("t4", "s1", "fr", "friend", "risk", { start: "2024-03-01" }),
      tie("t5", "s1", "w", "professional", "neutral"),
      tie("t6", "s1", "g2", "membership", "supportive"),
      tie("t7", "m", "g1", "membership", "supportive"),
      tie("t8", "f", "fr", "friend", "neutral"),
      tie("t9", "s2", "fr", "friend", "risk"),
      tie("t10", "s4", "w", "professional", "neutral"),
      tie("t11", "g1", "g2", "group_link", "neutral"),
      tie("t12", "s2", "g3", "membership", "neutral"),
      tie("t13", "s1", "s2", "peer_support", "supportive", { end: "2024-03-01" }),
    ],
    [
      { id: "w0", label: "Baseline", date: "2024-01-01" },
      { id: "w1", label: "6 months", date: "2024-06-01" },
    ],
  );
}

/** The fixture at the second wave, with the first wave as the previous snapshot. */
export function atSecondWave(): { graph: RecoveryGraph; context: MetricContext } {
  const project = fixture();
  return {
    graph: snapshotAt(project, "2024-06-01"),
    context: { project, at: "2024-06-01", previous: snapshotAt(project, "2024-01-01"), previousAt: "2024-01-01" },
  };
}
