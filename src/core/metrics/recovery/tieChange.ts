// Change since the previous wave: the ties a person gained and lost, in all and by valence.
import type { NodeMetricDescriptor } from "../descriptor.ts";
import type { RecoveryGraph, TieAttributes } from "../../model/graph.ts";
import { VALENCES, type Valence } from "../../model/vocabulary.ts";
import { egoTies } from "./ego.ts";
import { NO_PARAMS, personIndicator, type PersonIndicatorDescriptor } from "./indicator.ts";

/** The ties of `person` present now but not before (`gained`) and before but not now (`lost`), by tie id. */
export function tieChanges(
  current: RecoveryGraph,
  previous: RecoveryGraph,
  person: string,
): { gained: TieAttributes[]; lost: TieAttributes[] } {
  const now = current.hasNode(person) ? egoTies(current, person).map((t) => t.tie) : [];
  const before = previous.hasNode(person) ? egoTies(previous, person).map((t) => t.tie) : [];
  const nowIds = new Set(now.map((t) => t.id));
  const beforeIds = new Set(before.map((t) => t.id));
  return { gained: now.filter((t) => !beforeIds.has(t.id)), lost: before.filter((t) => !nowIds.has(t.id)) };
}

const CHANGE_RULE =
  "Ties are matched by tie id between this snapshot and the previous wave (the latest wave date " +
  "before it); ties to people and to groups count, each tie separately. Undefined (null) when there " +
  "is no previous wave. A person absent at the previous wave has gained all their ties.";

function changeIndicator(direction: "gained" | "lost", valence?: Valence): PersonIndicatorDescriptor {
  const what = valence ? `${valence} ties` : "ties";
  return personIndicator({
    id: `${valence ? `${valence}_` : ""}ties_${direction}`,
    label: `${what[0].toUpperCase()}${what.slice(1)} ${direction}`,
    meaning: `How many ${what} this person has ${direction} since the previous review.`,
    definition:
      `The number of the person's ${valence ? `ties with valence "${valence}"` : "ties"} ` +
      `${direction === "gained" ? "present now and absent" : "present"} at the previous wave` +
      `${direction === "gained" ? "" : " and absent now"}. ${CHANGE_RULE}`,
    params: NO_PARAMS,
    change: true,
    value: (person, graph, _params, context) => {
      if (context.previous === undefined) return Number.NaN;
      const ties = tieChanges(graph, context.previous, person)[direction];
      return valence ? ties.filter((t) => t.valence === valence).length : ties.length;
    },
  });
}

/** Ties gained and lost, then each valence gained and lost. */
export const CHANGE_INDICATORS: readonly NodeMetricDescriptor[] = [
  changeIndicator("gained"),
  changeIndicator("lost"),
  ...VALENCES.flatMap((v) => [changeIndicator("gained", v), changeIndicator("lost", v)]),
];
