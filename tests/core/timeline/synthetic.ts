// A seeded synthetic recovery programme for timeline tests and the timeline benchmark: people
// join and leave, ties start and end on random days over `years` years.
import { addDays, type IsoDate } from "../../../src/core/model/dates.ts";
import { projectSchema, type Project } from "../../../src/core/model/schema.ts";
import { NODE_KINDS, VALENCES } from "../../../src/core/model/vocabulary.ts";
import { chance, createRng, pick, randomInt } from "../../../src/core/random.ts";

/** A programme with `people` people, `groups` groups and about `tiesPerPerson` ties each. */
export function syntheticProgramme(seed: number, people: number, groups: number, tiesPerPerson: number, years = 5): Project {
  const rng = createRng(seed);
  const first: IsoDate = "2019-01-01";
  const span = years * 365;
  const day = () => addDays(first, randomInt(rng, 0, span));
  const interval = () => {
    const start = chance(rng, 0.3) ? undefined : day();
    const end = chance(rng, 0.5) ? undefined : addDays(start ?? first, randomInt(rng, 30, span));
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  };
  const personKinds = NODE_KINDS.filter((k) => k !== "group");
  const nodes = [];
  for (let i = 0; i < people; i++) {
    nodes.push({ id: `p${i}`, label: `P${i}`, kind: i % 3 === 0 ? "service_user" : pick(rng, personKinds), ...interval() });
  }
  const groupTypes = ["mutual_aid", "recovery_community", "sport", "faith", "arts", "treatment_service"] as const;
  for (let g = 0; g < groups; g++) {
    const type = pick(rng, groupTypes);
    nodes.push({ id: `g${g}`, label: `G${g}`, kind: "group", group_type: type });
  }
  const ties = [];
  const count = Math.round((people * tiesPerPerson) / 2);
  for (let t = 0; t < count; t++) {
    const a = randomInt(rng, 0, people - 1);
    const toGroup = chance(rng, 0.2);
    let b = randomInt(rng, 0, people - 1);
    if (!toGroup && b === a) b = (a + 1) % people;
    ties.push({
      id: `t${t}`,
      source: `p${a}`,
      target: toGroup ? `g${randomInt(rng, 0, groups - 1)}` : `p${b}`,
      type: toGroup ? "membership" : pick(rng, ["friend", "family", "peer_support", "mentoring", "professional"]),
      valence: pick(rng, VALENCES),
      ...interval(),
    });
  }
  const waves = [0, 1, 2, 3, 4].map((k) => ({ id: `w${k}`, label: `Wave ${k}`, date: addDays(first, k * 365) }));
  return projectSchema.parse({ format: "recovery-networks", version: 1, nodes, ties, waves });
}
