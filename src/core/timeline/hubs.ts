// The indicators of each hub (or any categorical attribute of service users), side by side.
//
// A hub's network, as used here: the service users whose attribute has that value, everyone they
// are tied to (family, friends, mentors, workers, groups, other service users), and every tie of
// the snapshot among those people and groups — the union of the hub's clients' ego networks,
// with the ties among their alters. The service-user indicators (in a group, with a supportive
// peer, with a mentor, isolated) count the hub's own service users only: a client of another hub
// tied to one of them is an alter here, not one of the hub's clients. The other indicators
// (density, components, bridging ties, brokerage …) are those of the hub's network as a whole.
import type { IsoDate } from "../model/dates.ts";
import type { RecoveryGraph } from "../model/graph.ts";
import type { Project } from "../model/schema.ts";
import { snapshotAt } from "../model/snapshot.ts";
import { hasSupportivePeer, inAGroup } from "../metrics/recovery/network/serviceUserShares.ts";
import { hasPeerMentor } from "../metrics/recovery/peerMentorTie.ts";
import { networkOf } from "./timeline.ts";

/** At most this many values make an attribute categorical enough to compare side by side. */
export const MAX_GROUPS = 12;

/**
 * The attributes of service users that can be compared side by side: text attributes with 2 to
 * `MAX_GROUPS` distinct values among service users, sorted by name.
 */
export function categoricalAttributes(project: Project): string[] {
  const values = new Map<string, Set<string> | undefined>();
  for (const node of project.nodes) {
    if (node.kind !== "service_user") continue;
    for (const [name, value] of Object.entries(node.attributes)) {
      if (typeof value !== "string") values.set(name, undefined);
      else if (!values.has(name)) values.set(name, new Set([value]));
      else values.get(name)?.add(value);
    }
  }
  return [...values].filter(([, set]) => set !== undefined && set.size >= 2 && set.size <= MAX_GROUPS).map(([name]) => name).sort();
}

/** The distinct values of `attribute` among service users, sorted; throws when it is not categorical. */
export function groupValues(project: Project, attribute: string): string[] {
  if (!categoricalAttributes(project).includes(attribute)) {
    throw new Error(
      `core/timeline/hubs: "${attribute}" is not a text attribute of service users with 2 to ${MAX_GROUPS} values; ` +
        `choose one of: ${categoricalAttributes(project).join(", ") || "(none in this project)"}`,
    );
  }
  const out = new Set<string>();
  for (const node of project.nodes) {
    const value = node.attributes[attribute];
    if (node.kind === "service_user" && typeof value === "string") out.add(value);
  }
  return [...out].sort();
}

/**
 * A hub's network in `graph` (see the top of this file): a new graph with the service users whose
 * `attribute` is `value`, their neighbours, and every tie among those nodes. `graph` is not changed.
 */
export function hubNetwork(graph: RecoveryGraph, attribute: string, value: string): { graph: RecoveryGraph; clients: string[] } {
  const clients = graph.filterNodes((_id, node) => node.kind === "service_user" && node.attributes[attribute] === value);
  const keep = new Set(clients);
  for (const id of clients) for (const alter of graph.neighbors(id)) keep.add(alter);
  const sub = graph.copy();
  for (const id of graph.nodes()) if (!keep.has(id)) sub.dropNode(id);
  return { graph: sub, clients };
}

/**
 * The network values of one hub's network: as `networkOf` (every structural metric and network
 * recovery indicator, by output key) on the hub's network, with `kindServiceUser`,
 * `shareWithGroup`, `shareWithSupportivePeer`, `shareWithMentor` and `isolatedServiceUsers`
 * counted over the hub's own clients (NaN shares when it has none at `date`).
 */
export function hubIndicators(project: Project, graph: RecoveryGraph, date: IsoDate, attribute: string, value: string): Record<string, number> {
  const hub = hubNetwork(graph, attribute, value);
  const out = networkOf(project, hub.graph, date);
  const n = hub.clients.length;
  const share = (test: (person: string) => boolean) => (n === 0 ? Number.NaN : hub.clients.filter(test).length / n);
  out.kindServiceUser = n;
  out.shareWithGroup = share((p) => inAGroup(hub.graph, p));
  out.shareWithSupportivePeer = share((p) => hasSupportivePeer(hub.graph, p));
  out.shareWithMentor = share((p) => hasPeerMentor(hub.graph, p));
  out.isolatedServiceUsers = hub.clients.filter((p) => hub.graph.degree(p) === 0).length;
  return out;
}

/** Each group's network values at each date. */
export interface HubTimeline {
  attribute: string;
  /** The groups, sorted. */
  values: string[];
  /** One entry per date (ascending): the date and each group's network values. */
  steps: { date: IsoDate; byValue: Record<string, Record<string, number>> }[];
}

/** The indicators of every value of `attribute` at every date in `dates` (sorted, unique here). */
export function computeHubTimeline(project: Project, attribute: string, dates: readonly IsoDate[]): HubTimeline {
  const values = groupValues(project, attribute);
  const steps = [...new Set(dates)].sort().map((date) => {
    const graph = snapshotAt(project, date);
    const byValue: Record<string, Record<string, number>> = {};
    for (const value of values) byValue[value] = hubIndicators(project, graph, date, attribute, value);
    return { date, byValue };
  });
  return { attribute, values, steps };
}
