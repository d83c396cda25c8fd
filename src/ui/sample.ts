// The network the page opens with: the synthetic programme dataset when it is in the
// repository (`datasets/programme.json`, loaded from the same origin), else a small
// deterministic demonstration project built here so the page always has something to show.
import { addMonths } from "../core/model/dates.ts";
import { projectSchema, type Project, type ProjectInput } from "../core/model/schema.ts";
import type { NodeKind, TieType, Valence } from "../core/model/vocabulary.ts";
import { createRng, pick, randomInt } from "../core/random.ts";

// import.meta.glob gives an empty record when the file is absent, so the build never breaks.
const bundled = import.meta.glob<unknown>("../../datasets/programme.json", { import: "default" });

/** Loads `datasets/programme.json` when present and valid, else the demonstration project. */
export async function loadSample(): Promise<Project> {
  for (const load of Object.values(bundled)) {
    const parsed = projectSchema.safeParse(await load());
    if (parsed.success) return parsed.data;
  }
  return demoProject(2012);
}

const PEOPLE: [NodeKind, number][] = [
  ["service_user", 24],
  ["peer_mentor", 5],
  ["family", 8],
  ["friend", 6],
  ["worker", 4],
  ["community_member", 5],
];
const GROUPS: [string, string, boolean][] = [
  ["AA Tuesday", "mutual_aid", true],
  ["Recovery café", "recovery_community", true],
  ["Treatment service", "treatment_service", false],
  ["Allotment club", "volunteering", false],
  ["Five-a-side", "sport", false],
  ["College course", "education", false],
];

/**
 * A small programme: service users with their families, friends, mentors, workers and groups,
 * followed over three waves a quarter apart, some ties ending and starting. Seeded.
 */
export function demoProject(seed: number): Project {
  const rng = createRng(seed);
  const start = "2012-04-01";
  const waves = [0, 3, 6].map((m, i) => ({ id: `w${i}`, label: i === 0 ? "Baseline" : `${m} months`, date: addMonths(start, m) }));
  const nodes: ProjectInput["nodes"] = [];
  const ids: Record<NodeKind, string[]> = {
    service_user: [], peer_mentor: [], family: [], friend: [], worker: [], community_member: [], group: [],
  };
  const prefix: Record<NodeKind, string> = {
    service_user: "su", peer_mentor: "pm", family: "fa", friend: "fr", worker: "wk", community_member: "cm", group: "g",
  };
  for (const [kind, count] of PEOPLE) {
    for (let i = 1; i <= count; i++) {
      const id = `${prefix[kind]}${String(i).padStart(3, "0")}`;
      ids[kind].push(id);
      const late = kind === "service_user" && i > 20;
      nodes.push({ id, label: `${kind.replace("_", " ")} ${i}`, kind, ...(late ? { start: waves[1].date } : {}) });
    }
  }
  GROUPS.forEach(([label, group_type, recovery_oriented], i) => {
    const id = `g${String(i + 1).padStart(3, "0")}`;
    ids.group.push(id);
    nodes.push({ id, label, kind: "group", group_type: group_type as never, recovery_oriented });
  });
  const ties: ProjectInput["ties"] = [];
  const startOf = new Map(nodes.map((n) => [n.id, n.start]));
  const add = (source: string, target: string, type: TieType, valence: Valence, wave = 0, endWave?: number) => {
    const from = [startOf.get(source), startOf.get(target), waves[wave].date].filter((d): d is string => !!d).sort().pop();
    ties.push({
      id: `t${ties.length + 1}`, source, target, type, valence, strength: randomInt(rng, 1, 5),
      start: from, ...(endWave !== undefined ? { end: waves[endWave].date } : {}),
    });
  };
  for (const su of ids.service_user) {
    const worker = pick(rng, ids.worker);
    add(su, worker, "professional", "supportive");
    if (rng() < 0.7) add(su, pick(rng, ids.family), "family", rng() < 0.8 ? "supportive" : "neutral");
    if (rng() < 0.5) add(su, pick(rng, ids.friend), "friend", rng() < 0.5 ? "risk" : "neutral", 0, rng() < 0.5 ? 2 : undefined);
    if (rng() < 0.6) add(su, pick(rng, ids.peer_mentor), "mentoring", "supportive", randomInt(rng, 0, 1));
    const groups = randomInt(rng, 0, 2);
    for (let g = 0; g < groups; g++) add(su, pick(rng, ids.group), "membership", "supportive", randomInt(rng, 0, 2));
    if (rng() < 0.5) add(su, pick(rng, ids.service_user.filter((x) => x !== su)), "peer_support", "supportive", randomInt(rng, 0, 2));
  }
  for (const pm of ids.peer_mentor) add(pm, ids.group[1], "membership", "supportive");
  for (const cm of ids.community_member) add(cm, pick(rng, ids.group.slice(3)), "membership", "neutral");
  add(ids.group[1], ids.group[3], "group_link", "supportive", 1);
  add(ids.group[0], ids.group[1], "group_link", "supportive");
  return projectSchema.parse({
    format: "recovery-networks", version: 1,
    meta: { title: "Demonstration programme (synthetic)", attributes: {} },
    nodes, ties, observations: [], waves,
  });
}
