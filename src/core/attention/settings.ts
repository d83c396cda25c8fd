// The settings of the "needs attention" list: the flag thresholds (flags/settings.ts) plus which
// reasons put a client on the list. Persisted with the project (meta.attention.settings).
import { z } from "zod";
import { FLAGS, flagSettingsSchema } from "../metrics/flags/index.ts";

/** The flag ids, in FLAGS order. */
export const FLAG_IDS = FLAGS.map((f) => f.id) as [string, ...string[]];

/**
 * The reasons that put a client on the list by default. "No group membership", "No recovery
 * group and no peer mentor" and "Fewer than 3 people" describe a thin network that many clients
 * early in their time in service have (on the sample programme they fire for 37, 32 and 16 of 79
 * clients); on their own they are not something a worker can act on this week, so by default they
 * are shown beneath a listed client's headline, not as a reason to list them.
 */
export const DEFAULT_LIST_ON: readonly string[] = [
  "no_ties",
  "supportive_ties_lost",
  "new_risk_ties",
  "only_professional",
  "risk_half_or_more",
  "no_supportive_personal_tie",
];

/** Every setting of the list; `attentionSettingsSchema.parse({})` gives the defaults. */
export const attentionSettingsSchema = flagSettingsSchema.extend({
  listOn: z
    .array(z.enum(FLAG_IDS))
    .default([...DEFAULT_LIST_ON])
    .describe("Which reasons put a client on the list; the other flags are shown beneath a listed client's reasons"),
});

/** The list's settings after defaults are filled in. */
export type AttentionSettings = z.output<typeof attentionSettingsSchema>;

/** The default settings. */
export const DEFAULT_ATTENTION_SETTINGS: AttentionSettings = attentionSettingsSchema.parse({});
