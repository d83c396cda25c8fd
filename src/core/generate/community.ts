// The recovery community around the clients: peer mentors attend recovery groups, support each
// other and are supervised by their hub's coordinator; clients who attend the same group at the
// same time become peer supports for each other.
import { chance, pick, randomInt, shuffled, type Rng } from "../random.ts";
import type { ProjectDraft } from "./draft.ts";
import type { Groups, HubGroup } from "./groups.ts";
import type { Membership } from "./clientTies.ts";
import type { Mentor, Worker } from "./people.ts";

/**
 * Adds each mentor's memberships of two or three recovery-oriented groups of their hub, a peer
 * tie to another mentor, and supervision by the hub's coordinator. Returns the groups each
 * mentor attends, so clients can be brought to them.
 */
export function addMentorTies(draft: ProjectDraft, rng: Rng, mentors: Mentor[], workers: Worker[], groups: Groups): Map<string, HubGroup[]> {
  const attends = new Map<string, HubGroup[]>();
  const byHub = new Map<number, Mentor[]>();
  for (const m of mentors) byHub.set(m.hub, [...(byHub.get(m.hub) ?? []), m]);
  for (const m of mentors) {
    const recovery = groups.byHub[m.hub].filter((g) => g.recovery && g.role !== "service");
    const chosen = shuffled(rng, recovery).slice(0, randomInt(rng, 2, 3));
    attends.set(m.id, chosen);
    for (const g of chosen) {
      draft.addTie({ source: m.id, target: g.id, type: "membership", valence: "supportive", strength: randomInt(rng, 3, 5), start: Math.max(m.start, g.start), end: m.end });
    }
    const coordinator = workers.find((w) => w.hub === m.hub && w.role === "coordinator");
    if (coordinator) {
      draft.addTie({ source: coordinator.id, target: m.id, type: "professional", valence: "supportive", strength: 3, directed: true, start: m.start, end: m.end });
    }
    const others = (byHub.get(m.hub) ?? []).filter((o) => o.id !== m.id);
    if (others.length) {
      const o = pick(rng, others);
      const start = Math.max(m.start, o.start) + randomInt(rng, 0, 60);
      draft.addTie({ source: m.id, target: o.id, type: "peer_support", valence: "supportive", strength: randomInt(rng, 2, 4), start });
    }
  }
  return attends;
}

/**
 * Clients who attend the same group for at least a month at the same time: about half of them
 * tie to one fellow member, from a little after both have joined until either leaves the group.
 */
export function addPeerSupport(draft: ProjectDraft, rng: Rng, memberships: Membership[]): void {
  const byGroup = new Map<string, Membership[]>();
  for (const m of memberships) {
    const list = byGroup.get(m.group);
    if (list) list.push(m);
    else byGroup.set(m.group, [m]);
  }
  const endOf = (m: Membership) => m.end ?? Number.POSITIVE_INFINITY;
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    for (const m of members) {
      if (!chance(rng, 0.5)) continue;
      for (let attempt = 0; attempt < 5; attempt++) {
        const other = pick(rng, members);
        if (other.client === m.client) continue;
        const start = Math.max(m.start, other.start) + randomInt(rng, 7, 30);
        const end = Math.min(endOf(m), endOf(other));
        if (end - start < 30) continue;
        draft.addTie({
          source: m.client, target: other.client, type: "peer_support", valence: "supportive", strength: randomInt(rng, 2, 4),
          start, end: Number.isFinite(end) ? end : undefined,
        });
        break;
      }
    }
  }
}

const ROLES: Record<string, string> = {
  aa: "secretary", na: "secretary", smart: "facilitator", cafe: "volunteer", college: "tutor", sport: "coach",
  faith: "community worker", volunteering: "volunteer coordinator", housing: "support officer",
  employment: "supervisor", arts: "artist",
};

/**
 * Adds the people who run each group (one for a recovery group, two for a wider-community one),
 * as community members belonging to it. Returns them by group id.
 */
export function addCommunityMembers(draft: ProjectDraft, rng: Rng, groups: Groups, label: () => string): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  let n = 0;
  for (const hubGroups of groups.byHub) {
    for (const g of hubGroups) {
      const role = ROLES[g.role];
      if (role === undefined) continue;
      const ids: string[] = [];
      for (let k = g.recovery ? 1 : 2; k > 0; k--) {
        const id = `cm-${String(++n).padStart(3, "0")}`;
        const groupNode = draft.node(g.id);
        draft.addNode({ id, label: label(), kind: "community_member", start: groupNode.start, attributes: { hub: String(groupNode.attributes.hub), role } });
        draft.addTie({ source: id, target: g.id, type: "membership", valence: "supportive", strength: randomInt(rng, 3, 5), start: g.start });
        ids.push(id);
      }
      byGroup.set(g.id, ids);
    }
  }
  return byGroup;
}

/**
 * Clients get to know the people who run the groups they attend: about a third of memberships
 * lead, a month or more in, to a supportive tie with one of them, lasting while they attend.
 * These are the client's ties into the wider community.
 */
export function addCommunityTies(draft: ProjectDraft, rng: Rng, memberships: Membership[], runners: Map<string, string[]>): void {
  for (const m of memberships) {
    const people = runners.get(m.group);
    if (!people?.length || !chance(rng, 0.35)) continue;
    draft.addTie({
      source: m.client, target: pick(rng, people), type: "friend", valence: "supportive", strength: randomInt(rng, 1, 3),
      start: m.start + randomInt(rng, 30, 120), end: m.end,
    });
  }
}
