// The "needs attention" list (DESIGN.md "Isolation flags", docs/metrics.md "Needs attention").
export { attentionSettingsOf, compareRows, needsAttention, rowHasReason, ROW_ORDER, TREND_POINTS } from "./list.ts";
export type { AttentionList, AttentionOptions, AttentionReason, AttentionRow, Keyworker, RuleCount } from "./list.ts";
export { factsFingerprint, standingMark, withMark, withoutMark } from "./marks.ts";
export { PRIORITY, ruleOf, type PriorityRule } from "./priority.ts";
export { flagLabel, mergeReasons, type MergedReason } from "./reasons.ts";
export { attentionSettingsSchema, DEFAULT_ATTENTION_SETTINGS, DEFAULT_LIST_ON, FLAG_IDS, type AttentionSettings } from "./settings.ts";
export { flagsByReview, heldSince, reviewPoints, trendOf, type ReviewPoint, type TrendPoint } from "./history.ts";
export { heldWords, pointName, reasonWords, ruleLabel } from "./words.ts";
export { withAttention } from "./projectMeta.ts";
