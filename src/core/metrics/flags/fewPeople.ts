// Flag: fewer than three people.
import { alters } from "../recovery/ego.ts";
import { isPerson } from "../recovery/sides.ts";
import { flag, plural } from "./flag.ts";
import { flagSettingsSchema } from "./settings.ts";

/** Fires when the person is linked to fewer than `minPeople` distinct people (default 3). */
export const fewPeople = flag({
  id: "few_people",
  label: "Fewer than 3 people",
  meaning: "This person is linked to very few people.",
  definition: "network_size (distinct people the person has a tie with) is below minPeople (default 3).",
  params: flagSettingsSchema.pick({ minPeople: true }),
  check: (person, graph, params) => {
    const people = alters(graph, person).filter((a) => isPerson(graph.getNodeAttributes(a))).length;
    if (people >= params.minPeople) return undefined;
    return { text: `linked to ${plural(people, "person", "people")}, fewer than ${params.minPeople}`, values: { people, minPeople: params.minPeople } };
  },
});
