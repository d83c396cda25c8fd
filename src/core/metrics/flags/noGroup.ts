// Flag: no group membership.
import { groupCount } from "../recovery/groupMemberships.ts";
import { flag, plural } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

/** Fires when the person is in fewer than `minGroups` groups (default: in none). */
export const noGroup = flag({
  id: "no_group",
  label: "No group membership",
  meaning: "This person does not take part in any group, recovery or community.",
  definition: "The number of distinct groups the person has a tie with is below minGroups (default 1).",
  params: flagSettingsSchema.pick({ minGroups: true }),
  check: (person, graph, params) => {
    const groups = groupCount(graph, person, (n) => n.kind === "group");
    if (groups >= params.minGroups) return undefined;
    return {
      text: groups === 0 ? "belongs to no group" : `belongs to ${plural(groups, "group")}, fewer than ${params.minGroups}`,
      values: { groups, minGroups: params.minGroups },
    };
  },
});
