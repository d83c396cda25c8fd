// Which nodes and ties are drawn: the snapshot at the current date, narrowed by the filters.
// Layout is done once on the whole project, so time and filters only hide and show.
import type { IsoDate } from "../../core/model/dates.ts";
import type { Project } from "../../core/model/schema.ts";
import { isActiveAt } from "../../core/model/snapshot.ts";
import type { Filters } from "../store.ts";
import { nodeValue, type NodeMetrics } from "./nodeValues.ts";

/** What is drawn, and out of how many in the snapshot ("showing N of M nodes, K of L ties"). */
export interface Visibility {
  nodes: Set<string>;
  ties: Set<string>;
  /** Nodes in the snapshot at the date, before filters. */
  snapshotNodes: number;
  /** Ties in the snapshot at the date, before filters. */
  snapshotTies: number;
}

/**
 * The nodes and ties to draw at `at` under `filters`; community, component and ranges read
 * `metrics`; `filters.attentionOnly` keeps only the nodes in `attention` (attentionKeep).
 */
export function visibility(
  project: Project,
  at: IsoDate | undefined,
  filters: Filters,
  metrics: NodeMetrics | undefined,
  attention?: ReadonlySet<string>,
): Visibility {
  const kinds = new Set(filters.kinds);
  const communities = filters.communities && new Set(filters.communities);
  const components = filters.components && new Set(filters.components);
  const range = filters.metricRange;
  const present = new Set<string>();
  const nodes = new Set<string>();
  for (const node of project.nodes) {
    if (at !== undefined && !isActiveAt(node, at)) continue;
    present.add(node.id);
    if (!kinds.has(node.kind)) continue;
    if (filters.attentionOnly && !attention?.has(node.id)) continue;
    if (communities && !communities.has(metrics?.[node.id]?.community ?? NaN)) continue;
    if (components && !components.has(metrics?.[node.id]?.component ?? NaN)) continue;
    if (range) {
      const v = nodeValue(node, range.key, metrics, { project, at });
      if (typeof v !== "number" || v < range.min || v > range.max) continue;
    }
    nodes.add(node.id);
  }
  const types = new Set(filters.tieTypes);
  const valences = new Set(filters.valences);
  const ties = new Set<string>();
  let snapshotTies = 0;
  for (const tie of project.ties) {
    if (!present.has(tie.source) || !present.has(tie.target)) continue;
    if (at !== undefined && !isActiveAt(tie, at)) continue;
    snapshotTies++;
    if (!nodes.has(tie.source) || !nodes.has(tie.target)) continue;
    if (!types.has(tie.type) || !valences.has(tie.valence) || tie.strength < filters.minStrength) continue;
    ties.add(tie.id);
  }
  return { nodes, ties, snapshotNodes: present.size, snapshotTies };
}

/** "Showing 40 of 52 nodes, 61 of 80 ties". */
export function showingText(v: Visibility): string {
  return `Showing ${v.nodes.size} of ${v.snapshotNodes} nodes, ${v.ties.size} of ${v.snapshotTies} ties`;
}
