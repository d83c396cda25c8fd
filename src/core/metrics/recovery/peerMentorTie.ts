// Whether a person has a peer mentor.
import type { RecoveryGraph } from "../../model/graph.ts";
import { egoTies } from "./ego.ts";
import { NO_PARAMS, personIndicator } from "./indicator.ts";

/** True when the person has a mentoring tie, or any non-risk tie with a peer mentor. */
export function hasPeerMentor(graph: RecoveryGraph, person: string): boolean {
  return egoTies(graph, person).some(
    (t) => t.tie.type === "mentoring" || (t.alterNode.kind === "peer_mentor" && t.tie.valence !== "risk"),
  );
}

/** 1 when the person has a peer mentor, else 0. */
export const peerMentorTie = personIndicator({
  id: "peer_mentor_tie",
  label: "Has a peer mentor",
  meaning: "1 if this person is linked to a peer mentor, 0 if not.",
  definition:
    "1 when the person has a tie of type mentoring, or a tie with valence other than risk to a " +
    "node of kind peer_mentor; otherwise 0.",
  params: NO_PARAMS,
  value: (person, graph) => (hasPeerMentor(graph, person) ? 1 : 0),
});
