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
