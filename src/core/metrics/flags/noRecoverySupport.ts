// Flag: neither a recovery-oriented group nor a peer mentor.
import { z } from "zod";
import { groupCount } from "../recovery/groupMemberships.ts";
import { hasPeerMentor } from "../recovery/peerMentorTie.ts";
import { isRecoveryGroup } from "../recovery/sides.ts";
import { flag } from "./flag.ts";

/** Fires when the person has no recovery-oriented group and no peer mentor. */
export const noRecoverySupport = flag({
  id: "no_recovery_support",
  label: "No recovery group and no peer mentor",
  meaning: "This person has no link to the recovery community: no mutual-aid or recovery group and no peer mentor.",
  definition: "recovery_groups = 0 and peer_mentor_tie = 0 (see those indicators).",
  params: z.object({}),
  check: (person, graph) => {
    if (groupCount(graph, person, isRecoveryGroup) > 0 || hasPeerMentor(graph, person)) return undefined;
    return { text: "no recovery-oriented group and no peer mentor", values: { recoveryGroups: 0, peerMentor: 0 } };
  },
});
