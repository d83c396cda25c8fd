// The thresholds of the isolation flags: settings with defaults, not constants (DESIGN.md
// "Isolation flags"). Each flag takes its own fields from this one schema.
import { z } from "zod";
import type { Project } from "../../model/schema.ts";
import { NODE_KINDS } from "../../model/vocabulary.ts";

/** Every flag setting, with its default and bounds. `flagSettingsSchema.parse({})` gives the defaults. */
export const flagSettingsSchema = z.object({
  kinds: z
    .array(z.enum(NODE_KINDS))
    .default(["service_user"])
    .describe("Which kinds of node the flags are checked for"),
  riskShareAtLeast: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe("Flag when the share of risk ties is at least this (0–1)"),
  minGroups: z.number().int().min(1).default(1).describe("Flag when the person is in fewer groups than this"),
  supportiveLostAtLeast: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe("Flag when at least this many supportive ties were lost since the previous wave"),
  supportiveLostShareAtLeast: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe(
      "…and they were at least this share (0–1) of the supportive ties the person had at the previous wave " +
        "(0: any loss counts; 0.5: lost half or more of them)",
    ),
  newRiskAtLeast: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe("Flag when at least this many risk ties were gained since the previous wave"),
  minPeople: z.number().int().min(1).default(3).describe("Flag when the person is linked to fewer people than this"),
});

/** The flag settings after defaults are filled in. */
export type FlagSettings = z.output<typeof flagSettingsSchema>;

/** The default flag settings. */
export const DEFAULT_FLAG_SETTINGS: FlagSettings = flagSettingsSchema.parse({});

/** The flag thresholds a project keeps, or why they were left aside. */
export interface SavedFlagSettings {
  /** The thresholds saved with the project; `{}` when none, or when one of them is wrong. */
  settings: Partial<FlagSettings>;
  /** Plain words when a saved threshold is wrong and the defaults are used instead. */
  problem?: string;
}

/**
 * The flag thresholds a project keeps: those in `meta.attention.settings` (where the Needs
 * attention view saves them, src/core/attention/projectMeta.ts), without the list's own settings.
 * So the metrics report's flags (Tables, the map, `metrics` on the command line) agree with the
 * project's Needs attention list. A threshold out of bounds (a hand-edited file) sets all of them
 * aside, with a `problem` saying which and what to do, rather than stopping every metric.
 */
export function savedFlagSettings(project: Project): SavedFlagSettings {
  const saved = project.meta.attention?.settings ?? {};
  const names = Object.keys(saved).filter((name) => name in flagSettingsSchema.shape) as (keyof FlagSettings)[];
  if (names.length === 0) return { settings: {} };
  const parsed = flagSettingsSchema.safeParse(Object.fromEntries(names.map((name) => [name, saved[name]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      settings: {},
      problem: `The flags use the default thresholds: the project's meta.attention.settings.${issue.path.join(".")} ${issue.message}. Set it again in the "Needs attention" view, or remove it from the project file.`,
    };
  }
  return { settings: Object.fromEntries(names.map((name) => [name, parsed.data[name]])) as Partial<FlagSettings> };
}
