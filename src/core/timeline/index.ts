// Metrics over time: step dates, active-set signatures, and the incremental timeline.
export { activeSetSignatures } from "./signature.ts";
export { affectedNodes, diffSnapshots, type SnapshotDiff } from "./affected.ts";
export { defaultStep, nextStep, previousStep, stepsOffered, TIMELINE_STEPS, timelineDates, type TimelineEvery } from "./steps.ts";
export {
  computeTimeline,
  networkOf,
  type PersonChange,
  type TimelineOptions,
  type TimelineStats,
  type TimelineStep,
} from "./timeline.ts";
export {
  DASHBOARD_INDICATORS,
  dashboardIndicator,
  denominatorText,
  formatChange,
  formatIndicator,
  ISOLATED_SHARE_KEY,
  isolatedShare,
  NETWORK_DESCRIPTORS,
  SERVICE_USERS_KEY,
  sinceText,
  stepName,
  zeroAtStartNote,
  type DashboardIndicator,
  type IndicatorUnit,
} from "./dashboard.ts";
export { categoricalAttributes, computeHubTimeline, groupValues, hubIndicators, hubNetwork, MAX_GROUPS, type HubTimeline } from "./hubs.ts";
export { csvField, dashboardCsvValue, dashboardHeader, seriesCsv, timelineColumns, timelineCsv, timelineHeader, type TimelineColumn, type TimelineColumns, type TimelineRow } from "./timelineCsv.ts";
