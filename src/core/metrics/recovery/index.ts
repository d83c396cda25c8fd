// The recovery indicators (DESIGN.md "Metrics"): per person and per snapshot, as descriptors,
// and the two functions that run them with their default parameters.
import type { RecoveryGraph } from "../../model/graph.ts";
import type { MetricContext, NetworkMetricDescriptor } from "../descriptor.ts";
import { constraint } from "./constraint.ts";
import { egoDensity } from "./egoDensity.ts";
import { effectiveSize } from "./effectiveSize.ts";
import { familyTies } from "./familyTies.ts";
import { communityGroups, groupMemberships, recoveryGroups } from "./groupMemberships.ts";
import type { PersonIndicatorDescriptor } from "./indicator.ts";
import { kindDiversity } from "./kindDiversity.ts";
import { bridgingPeople, bridgingTies } from "./network/bridgingTies.ts";
import { KIND_COUNTS, TYPE_COUNTS } from "./network/composition.ts";
import { eiIndex } from "./network/eiIndex.ts";
import { mentorBrokerage, mentorBrokerageShare } from "./network/mentorBrokerage.ts";
import { SERVICE_USER_INDICATORS } from "./network/serviceUserShares.ts";
import { networkSize } from "./networkSize.ts";
import { peerMentorTie } from "./peerMentorTie.ts";
import { professionalShare } from "./professionalShare.ts";
import { recoveryReach } from "./recoveryReach.ts";
import { CHANGE_INDICATORS } from "./tieChange.ts";
import { VALENCE_INDICATORS } from "./tieValence.ts";

export type { PersonIndicatorDescriptor } from "./indicator.ts";

/** Every per-person indicator, in output order; the change indicators come last. */
export const RECOVERY_NODE_INDICATORS: readonly PersonIndicatorDescriptor[] = [
  networkSize,
  ...(VALENCE_INDICATORS as PersonIndicatorDescriptor[]),
  groupMemberships,
  recoveryGroups,
  communityGroups,
  peerMentorTie,
  familyTies,
  professionalShare,
  egoDensity,
  effectiveSize,
  constraint,
  kindDiversity,
  recoveryReach,
  ...(CHANGE_INDICATORS as PersonIndicatorDescriptor[]),
];

/** Every per-snapshot recovery indicator, in output order. */
export const RECOVERY_NETWORK_INDICATORS: readonly NetworkMetricDescriptor[] = [
  ...KIND_COUNTS,
  ...TYPE_COUNTS,
  eiIndex,
  ...SERVICE_USER_INDICATORS,
  bridgingTies,
  bridgingPeople,
  mentorBrokerage,
];

/** Parses each descriptor's defaults once. */
function defaults<D extends { id: string; params: { parse: (v: unknown) => unknown } }>(list: readonly D[]): Map<string, unknown> {
  return new Map(list.map((d) => [d.id, d.params.parse({})]));
}
const NODE_DEFAULTS = defaults(RECOVERY_NODE_INDICATORS);

/**
 * The indicators of the given people (default: every person in `graph`) with default
 * parameters: person id → indicator id → value. Change indicators are NaN without `context.previous`.
 */
export function computePersonIndicators(
  graph: RecoveryGraph,
  context: MetricContext,
  people?: Iterable<string>,
  indicators: readonly PersonIndicatorDescriptor[] = RECOVERY_NODE_INDICATORS,
): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const who = people ? [...people] : graph.filterNodes((_id, node) => node.kind !== "group");
  for (const person of who) {
    const values: Record<string, number> = {};
    for (const d of indicators) {
      values[d.id] = d.value(person, graph, NODE_DEFAULTS.get(d.id) ?? d.params.parse({}), context);
    }
    out.set(person, values);
  }
  return out;
}

/**
 * The network indicators with default parameters: indicator id → value. `betweenness`, when
 * already computed for the snapshot, saves recomputing it for the mentors' brokerage share.
 */
export function computeNetworkIndicators(
  graph: RecoveryGraph,
  context: MetricContext,
  betweenness?: Map<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of RECOVERY_NETWORK_INDICATORS) {
    out[d.id] =
      d === mentorBrokerage && betweenness ? mentorBrokerageShare(graph, betweenness) : d.fn(graph, d.params.parse({}), context);
  }
  return out;
}
