// Flag: only professional ties.
import { z } from "zod";
import { egoTies } from "../recovery/ego.ts";
import { flag } from "./flag.ts";

/** Fires when the person has ties and every one of them is professional. */
export const onlyProfessional = flag({
  id: "only_professional",
  label: "Only professional ties",
  meaning: "Everyone this person is linked to is a professional: there are no personal or community ties.",
  definition: "The person has at least one tie and every tie has type professional.",
  params: z.object({}),
  check: (person, graph) => {
    const ties = egoTies(graph, person);
    if (ties.length === 0 || ties.some((t) => t.tie.type !== "professional")) return undefined;
    return {
      text: ties.length === 1 ? "the only tie is professional" : `all ${ties.length} ties are professional`,
      values: { ties: ties.length, professional: ties.length },
    };
  },
});
