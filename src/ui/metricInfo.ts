// What the page calls each per-node metric and indicator, and what it means, from the
// descriptors: the details panel, the nodes table and the colour and size menus all say the same.
import { RECOVERY_NODE_INDICATORS } from "../core/metrics/recovery/index.ts";
import { outputKey } from "../core/metrics/report.ts";
import { STRUCTURAL_NODE_METRICS } from "../core/metrics/structural/index.ts";

/** One per-node value of a report, by its output key. */
export interface MetricInfo {
  key: string;
  label: string;
  meaning: string;
}

/** Per-node metrics in display order: structural, then recovery indicators. */
export const NODE_METRICS: readonly MetricInfo[] = [...STRUCTURAL_NODE_METRICS, ...RECOVERY_NODE_INDICATORS].map((d) => ({
  key: outputKey(d.id),
  label: d.label,
  meaning: d.meaning,
}));

/** `NODE_METRICS` by output key. */
export const METRIC_INFO: ReadonlyMap<string, MetricInfo> = new Map(NODE_METRICS.map((m) => [m.key, m]));
