// Supportive, neutral and risk ties: how many, and what share of all the person's ties.
import type { NodeMetricDescriptor } from "../descriptor.ts";
import type { RecoveryGraph } from "../../model/graph.ts";
import type { Valence } from "../../model/vocabulary.ts";
import { egoTies } from "./ego.ts";
import { NO_PARAMS, personIndicator, type PersonIndicatorDescriptor } from "./indicator.ts";

/** The person's ties with this valence, and all their ties (each tie counted). */
export function valenceCount(graph: RecoveryGraph, person: string, valence: Valence): { count: number; total: number } {
  const ties = egoTies(graph, person);
  return { count: ties.filter((t) => t.tie.valence === valence).length, total: ties.length };
}

const WORDS: Record<Valence, string> = {
  supportive: "support their recovery",
  neutral: "are neither supportive nor a risk",
  risk: "are a risk to their recovery (for example someone they use with)",
};

const TIE_COUNTING =
  "Every tie of the person counts, to people and to groups; parallel ties count separately, so " +
  "a friend who is also someone they use with gives one supportive and one risk tie.";

function countOf(valence: Valence): PersonIndicatorDescriptor {
  return personIndicator({
    id: `${valence}_ties`,
    label: `${valence[0].toUpperCase()}${valence.slice(1)} ties`,
    meaning: `How many of this person's ties ${WORDS[valence]}.`,
    definition: `The number of the person's ties with valence "${valence}". ${TIE_COUNTING}`,
    params: NO_PARAMS,
    value: (person, graph) => valenceCount(graph, person, valence).count,
  });
}

function shareOf(valence: Valence): PersonIndicatorDescriptor {
  return personIndicator({
    id: `${valence}_share`,
    label: `Share of ${valence} ties`,
    meaning: `The part of this person's ties that ${WORDS[valence]}, from 0 to 1.`,
    definition:
      `${valence}_ties divided by the number of the person's ties; undefined (null) for a person ` +
      `without ties. ${TIE_COUNTING}`,
    params: NO_PARAMS,
    value: (person, graph) => {
      const { count, total } = valenceCount(graph, person, valence);
      return total === 0 ? Number.NaN : count / total;
    },
  });
}

export const supportiveTies = countOf("supportive");
export const neutralTies = countOf("neutral");
export const riskTies = countOf("risk");
export const supportiveShare = shareOf("supportive");
export const neutralShare = shareOf("neutral");
export const riskShare = shareOf("risk");

/** The six valence indicators, counts first. */
export const VALENCE_INDICATORS: readonly NodeMetricDescriptor[] = [
  supportiveTies,
  neutralTies,
  riskTies,
  supportiveShare,
  neutralShare,
  riskShare,
];
