// The isolation flags (DESIGN.md "Isolation flags") and the function that checks them all.
import type { RecoveryGraph } from "../../model/graph.ts";
import type { FlagDescriptor, FlagEvidence, MetricContext } from "../descriptor.ts";
import { fewPeople } from "./fewPeople.ts";
import { newRiskTies } from "./newRiskTies.ts";
import { noGroup } from "./noGroup.ts";
import { noRecoverySupport } from "./noRecoverySupport.ts";
import { noSupportivePersonalTie } from "./noSupportivePersonalTie.ts";
import { noTies } from "./noTies.ts";
import { onlyProfessional } from "./onlyProfessional.ts";
import { riskHalfOrMore } from "./riskHalfOrMore.ts";
import { flagSettingsSchema, type FlagSettings } from "./settings.ts";
import { supportiveTiesLost } from "./supportiveTiesLost.ts";

export { DEFAULT_FLAG_SETTINGS, flagSettingsSchema, savedFlagSettings, type FlagSettings } from "./settings.ts";

/** Every flag, in the order a "needs attention" list shows them. */
export const FLAGS: readonly FlagDescriptor[] = [
  noTies,
  onlyProfessional,
  noSupportivePersonalTie,
  riskHalfOrMore,
  noGroup,
  noRecoverySupport,
  supportiveTiesLost,
  newRiskTies,
  fewPeople,
];

/** One flag raised for one person. */
export interface RaisedFlag {
  /** The node id. */
  node: string;
  /** The flag id. */
  flag: string;
  /** Why, with the numbers. */
  evidence: FlagEvidence;
}

/**
 * Checks every flag for every node of the configured kinds, in node order then flag order.
 * `settings` is parsed, so a partial object gets the defaults for the rest.
 */
export function evaluateFlags(
  graph: RecoveryGraph,
  context: MetricContext,
  settings: Partial<FlagSettings> = {},
): RaisedFlag[] {
  const resolved = flagSettingsSchema.parse(settings);
  const kinds = new Set<string>(resolved.kinds);
  const params = FLAGS.map((f) => f.params.parse(resolved));
  const out: RaisedFlag[] = [];
  graph.forEachNode((node, attributes) => {
    if (!kinds.has(attributes.kind)) return;
    FLAGS.forEach((f, i) => {
      const evidence = f.fn(node, graph, params[i], context);
      if (evidence) out.push({ node, flag: f.id, evidence });
    });
  });
  return out;
}
