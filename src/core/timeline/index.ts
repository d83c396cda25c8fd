// Metrics over time: step dates, active-set signatures, and the incremental timeline.
export { activeSetSignatures } from "./signature.ts";
export { affectedNodes, diffSnapshots, type SnapshotDiff } from "./affected.ts";
export { defaultStep, nextStep, previousStep, stepsOffered, TIMELINE_STEPS, timelineDates, type TimelineEvery } from "./steps.ts";
export {
  computeTimeline,
  type PersonChange,
  type TimelineOptions,
  type TimelineStats,
  type TimelineStep,
} from "./timeline.ts";
