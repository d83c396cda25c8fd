// The thresholds of the isolation flags: settings with defaults, not constants (DESIGN.md
// "Isolation flags"). Each flag takes its own fields from this one schema.
import { z } from "zod";
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
