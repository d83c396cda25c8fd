// Each service user's ties over time: keyworker, family, friends, people they used with, a peer
// mentor and group memberships, shaped by their path (people.ts). Recovering clients drop risk
// ties after they reach recovery and join more groups the longer they stay; relapsing clients
// lose supportive ties and gain risk ones; isolated clients disengage and are left with none.
import { chance, pick, randomInt, shuffled, type Rng } from "../random.ts";
import { makeId, type ProjectDraft } from "./draft.ts";
import type { Groups, HubGroup } from "./groups.ts";
import { syntheticName } from "./names.ts";
import type { Client, Mentor, Worker } from "./people.ts";

/** A client's membership of a group, kept for the peer-support pass. */
export interface Membership {
  client: string;
  group: string;
  start: number;
  end?: number;
}

/** What the tie generator draws on: the people and groups of each hub. */
export interface Cast {
  groups: Groups;
  mentorsByHub: Mentor[][];
  /** The groups each mentor attends, by mentor id. */
  mentorGroups: Map<string, HubGroup[]>;
  keyworkersByHub: Worker[][];
  /** People who use drugs or drink heavily around each hub; clients share some of them. */
  riskPoolByHub: string[][];
}

const RELATIONS = ["mother", "father", "sister", "brother", "son", "daughter", "partner", "aunt", "grandparent"];

/** A counter for the ids of people known through ties (relatives, friends). */
export interface AlterIds {
  family: number;
  friend: number;
}

/** Adds a person known through one client (a relative or friend), present while tied. */
function addAlter(draft: ProjectDraft, rng: Rng, ids: AlterIds, kind: "family" | "friend", attributes: Record<string, string>): string {
  const id = kind === "family" ? makeId("fam", ++ids.family) : makeId("fr", ++ids.friend);
  draft.addNode({ id, label: syntheticName(rng), kind, spanFromTies: true, attributes });
  return id;
}

/** Adds all of one client's ties and returns their group memberships. */
export function addClientTies(draft: ProjectDraft, rng: Rng, cast: Cast, ids: AlterIds, c: Client): Membership[] {
  const end = c.exit;
  const isolated = c.trajectory === "isolated";
  const recovered = c.recoveredOn;
  const relapsed = c.relapsedOn;

  // Keyworker: assigned at entry; a disengaged client loses contact after one to three months.
  const keyworker = pick(rng, cast.keyworkersByHub[c.hub]);
  draft.addTie({
    source: keyworker.id, target: c.id, type: "professional", valence: "supportive", strength: randomInt(rng, 2, 3),
    directed: true, start: c.entry, end: isolated ? c.entry + randomInt(rng, 30, 90) : end,
  });
  if (isolated) return [];

  // Family, recorded at assessment.
  const familyCount = pick(rng, [0, 1, 1, 2, 2, 2, 3, 3]);
  for (let k = 0; k < familyCount; k++) {
    const relation = pick(rng, RELATIONS);
    const partner = relation === "partner";
    const valence = partner && chance(rng, 0.35) ? "risk" : chance(rng, 0.75) ? "supportive" : "neutral";
    let tieEnd = end;
    if (valence === "risk" && recovered !== undefined) tieEnd = recovered + randomInt(rng, 14, 120);
    if (valence === "supportive" && relapsed !== undefined && chance(rng, 0.8)) tieEnd = relapsed + randomInt(rng, 0, 45);
    const fam = addAlter(draft, rng, ids, "family", { relation, of: c.id });
    draft.addTie({
      source: c.id, target: fam, type: partner ? "partner" : "family", valence, strength: randomInt(rng, partner ? 4 : 2, 5),
      start: c.entry, end: tieEnd,
    });
  }
  // A relative who reconnects once recovery is under way.
  if (recovered !== undefined && relapsed === undefined && chance(rng, 0.3)) {
    const fam = addAlter(draft, rng, ids, "family", { relation: pick(rng, ["son", "daughter", "sister", "brother", "mother"]), of: c.id });
    draft.addTie({ source: c.id, target: fam, type: "family", valence: "supportive", strength: randomInt(rng, 2, 4), start: recovered + randomInt(rng, 30, 200), end });
  }

  // A friend who does not use, known at entry; a relapsing client drifts away from them.
  if (chance(rng, 0.5)) {
    const fr = addAlter(draft, rng, ids, "friend", { relation: "friend", of: c.id });
    const tieEnd = relapsed !== undefined ? relapsed + randomInt(rng, 0, 60) : end;
    draft.addTie({ source: c.id, target: fr, type: "friend", valence: "supportive", strength: randomInt(rng, 2, 4), start: c.entry, end: tieEnd });
  }

  // People they used with: shared across clients of a hub. They fade after recovery.
  const pool = cast.riskPoolByHub[c.hub];
  const riskCount = c.trajectory === "recovering" ? randomInt(rng, 1, 3) : randomInt(rng, 1, 2);
  for (const contact of shuffled(rng, pool).slice(0, riskCount)) {
    const tieEnd = recovered !== undefined ? recovered + randomInt(rng, 7, 90) : c.trajectory === "struggling" && chance(rng, 0.3) ? c.entry + randomInt(rng, 60, 300) : end;
    draft.addTie({ source: c.id, target: contact, type: "friend", valence: "risk", strength: randomInt(rng, 2, 4), start: c.entry, end: tieEnd });
  }
  if (relapsed !== undefined) {
    for (const contact of shuffled(rng, pool).slice(0, randomInt(rng, 1, 2))) {
      draft.addTie({ source: c.id, target: contact, type: "friend", valence: "risk", strength: randomInt(rng, 3, 5), start: relapsed + randomInt(rng, 0, 30), end });
    }
  }

  // New friends who support recovery, made after reaching it.
  if (recovered !== undefined && relapsed === undefined) {
    for (let k = randomInt(rng, 0, 2); k > 0; k--) {
      const fr = addAlter(draft, rng, ids, "friend", { relation: "friend", of: c.id });
      draft.addTie({ source: c.id, target: fr, type: "friend", valence: "supportive", strength: randomInt(rng, 2, 4), start: recovered + randomInt(rng, 14, 240), end });
    }
  }

  return addMentorAndGroups(draft, rng, cast, c);
}

const MENTOR_CHANCE = { recovering: 0.85, relapsing: 0.6, struggling: 0.35, isolated: 0 };
const GROUP_JOINS = { recovering: [1, 4], relapsing: [1, 2], struggling: [0, 1], isolated: [0, 0] };

/**
 * A peer mentor and group memberships. The mentor brings the client to one of the mentor's own
 * groups; later joins reach out from recovery groups to the wider community, one every few
 * months, so memberships grow with time in service.
 */
function addMentorAndGroups(draft: ProjectDraft, rng: Rng, cast: Cast, c: Client): Membership[] {
  const end = c.exit ?? Number.POSITIVE_INFINITY;
  const memberships: Membership[] = [];
  const joined = new Set<string>();
  const join = (group: HubGroup, day: number, leave?: number) => {
    if (day >= end || joined.has(group.id)) return;
    const tie = draft.addTie({
      source: c.id, target: group.id, type: "membership", valence: group.recovery || chance(rng, 0.7) ? "supportive" : "neutral",
      strength: randomInt(rng, 2, 4), start: day, end: leave ?? c.exit,
    });
    if (!tie) return;
    joined.add(group.id);
    memberships.push({ client: c.id, group: group.id, start: tie.start, end: tie.end });
  };
  const dropDay = (from: number) => {
    if (c.relapsedOn !== undefined) return c.relapsedOn + randomInt(rng, 0, 30);
    if (c.trajectory === "struggling") return from + randomInt(rng, 30, 120);
    return chance(rng, 0.2) ? from + randomInt(rng, 60, 200) : undefined;
  };

  let next = c.entry + randomInt(rng, 30, 120);
  if (chance(rng, MENTOR_CHANCE[c.trajectory])) {
    const day = c.entry + randomInt(rng, 21, 120);
    const available = cast.mentorsByHub[c.hub].filter((m) => m.start <= day && (m.end === undefined || m.end > day + 60));
    if (available.length && day < end) {
      const mentor = pick(rng, available);
      draft.addTie({
        source: mentor.id, target: c.id, type: "mentoring", valence: "supportive", strength: randomInt(rng, 3, 5),
        directed: true, start: day, end: day + randomInt(rng, 120, 300),
      });
      const theirs = cast.mentorGroups.get(mentor.id) ?? [];
      if (theirs.length) {
        const first = day + randomInt(rng, 7, 60);
        join(pick(rng, theirs), first, dropDay(first));
        next = first + randomInt(rng, 45, 150);
      }
    }
  }
  const [min, max] = GROUP_JOINS[c.trajectory];
  const hubGroups = cast.groups.byHub[c.hub].filter((g) => g.role !== "service");
  const recoveryGroups = hubGroups.filter((g) => g.recovery);
  const widerGroups = hubGroups.filter((g) => !g.recovery);
  for (let k = randomInt(rng, min, max); k > 0 && next < end; k--) {
    // The first steps are into recovery groups; later ones into the wider community.
    const pool = memberships.length < 1 || chance(rng, 0.3) ? recoveryGroups : widerGroups;
    const open = pool.filter((g) => g.start <= next && !joined.has(g.id));
    if (open.length) join(pick(rng, open), next, dropDay(next));
    next += randomInt(rng, 45, 150);
  }
  return memberships;
}
