// The people of the programme: service users entering and leaving with their recovery path,
// peer mentors (some of them former service users) and the workers of each hub.
import { chance, pick, randomInt, type Rng } from "../random.ts";
import type { UseStatus } from "../model/vocabulary.ts";
import { makeId, type ProjectDraft } from "./draft.ts";
import type { Groups } from "./groups.ts";
import { hubName, syntheticName } from "./names.ts";

/**
 * A service user's path through the programme: `recovering` moves to in_recovery or abstinent
 * and builds ties; `struggling` keeps using; `relapsing` recovers for a while, then loses
 * supportive ties and gains risk ones; `isolated` disengages and is left with no ties.
 */
export type Trajectory = "recovering" | "struggling" | "relapsing" | "isolated";

const TRAJECTORY_SHARES: [Trajectory, number][] = [
  ["recovering", 0.45], ["struggling", 0.25], ["relapsing", 0.18], ["isolated", 0.12],
];

/** A service user as the tie and observation generators see it. */
export interface Client {
  id: string;
  hub: number;
  entry: number;
  /** Exit from the service; absent when still in service at the horizon. */
  exit?: number;
  trajectory: Trajectory;
  /** use_status from each day on, in date order; the first is at entry. */
  statuses: { day: number; status: UseStatus }[];
  /** The day the client reached in_recovery/abstinent (recovering, relapsing), if in service then. */
  recoveredOn?: number;
  /** The day a relapsing client went back to active use, if in service then. */
  relapsedOn?: number;
}

/** A peer mentor; `former` is the service user they were, for those who came through the service. */
export interface Mentor {
  id: string;
  hub: number;
  start: number;
  end?: number;
  former?: string;
}

/** A worker: keyworkers carry clients; each hub has one coordinator who supervises mentors. */
export interface Worker {
  id: string;
  hub: number;
  role: "keyworker" | "coordinator";
}

function trajectory(rng: Rng): Trajectory {
  let r = rng();
  for (const [t, share] of TRAJECTORY_SHARES) {
    if (r < share) return t;
    r -= share;
  }
  return "recovering";
}

const STAY: Record<Trajectory, [number, number]> = {
  recovering: [180, 540],
  struggling: [90, 420],
  relapsing: [240, 540],
  isolated: [150, 420],
};

/** The end of the exclusive interval, or Infinity when open. */
function until(exit: number | undefined): number {
  return exit ?? Number.POSITIVE_INFINITY;
}

/**
 * Adds `count` service users across the hubs: a fifth are on the caseload when the programme
 * starts, the rest enter through the three years; each leaves after a stay that depends on
 * their path (or is still in service at the horizon).
 */
export function addClients(draft: ProjectDraft, rng: Rng, count: number, hubs: number, start: number, horizon: number): Client[] {
  const clients: Client[] = [];
  const width = Math.max(4, String(count).length);
  for (let i = 0; i < count; i++) {
    const id = makeId("su", i + 1, width);
    const hub = i % hubs;
    // A fifth are the caseload inherited at the start; the rest are referred through the years.
    const entry = chance(rng, 0.2) ? start : start + randomInt(rng, 1, horizon - start - 60);
    const path = trajectory(rng);
    const [minStay, maxStay] = STAY[path];
    const leaves = entry + randomInt(rng, minStay, maxStay);
    const exit = leaves < horizon ? leaves : undefined;
    const client: Client = { id, hub, entry, exit, trajectory: path, statuses: [] };
    planStatuses(rng, client, horizon);
    const last = client.statuses[client.statuses.length - 1].status;
    draft.addNode({
      id,
      label: syntheticName(rng),
      kind: "service_user",
      start: entry,
      end: exit,
      use_status: last,
      attributes: { hub: hubName(hub), pathway: path === "isolated" ? "disengaged" : "engaged" },
    });
    clients.push(client);
  }
  return clients;
}

/** The client's use_status changes while in service and before the horizon. */
function planStatuses(rng: Rng, c: Client, horizon: number): void {
  const end = Math.min(until(c.exit), horizon);
  const add = (day: number, status: UseStatus) => {
    if (day < end) c.statuses.push({ day, status });
    return day < end;
  };
  switch (c.trajectory) {
    case "recovering": {
      const first: UseStatus = chance(rng, 0.7) ? "active_use" : "reduced_use";
      add(c.entry, first);
      const reduced = c.entry + randomInt(rng, 30, 100);
      if (first === "active_use") add(reduced, "reduced_use");
      const recovered = reduced + randomInt(rng, 45, 160);
      if (add(recovered, chance(rng, 0.6) ? "in_recovery" : "abstinent")) c.recoveredOn = recovered;
      break;
    }
    case "struggling": {
      add(c.entry, "active_use");
      const tried = c.entry + randomInt(rng, 60, 200);
      if (chance(rng, 0.5) && add(tried, "reduced_use")) add(tried + randomInt(rng, 30, 120), "active_use");
      break;
    }
    case "relapsing": {
      add(c.entry, "reduced_use");
      const recovered = c.entry + randomInt(rng, 60, 150);
      if (add(recovered, "in_recovery")) {
        c.recoveredOn = recovered;
        const relapsed = recovered + randomInt(rng, 60, 200);
        if (add(relapsed, "active_use")) c.relapsedOn = relapsed;
      }
      break;
    }
    case "isolated":
      add(c.entry, chance(rng, 0.7) ? "active_use" : "unknown");
      break;
  }
}

/**
 * Adds about one peer mentor per ten service users. About a third are former service users who
 * recovered and left early enough to train; the others are volunteers from the start (some of
 * whom stop), some of them in recovery from earlier services.
 */
export function addMentors(draft: ProjectDraft, rng: Rng, clients: Client[], count: number, hubs: number, start: number, horizon: number): Mentor[] {
  const mentors: Mentor[] = [];
  const candidates = clients
    .filter((c) => c.recoveredOn !== undefined && c.relapsedOn === undefined && c.exit !== undefined && c.exit < horizon - 240)
    .sort((a, b) => a.exit! - b.exit! || (a.id < b.id ? -1 : 1));
  const formerCount = Math.min(Math.round(count * 0.35), candidates.length);
  const formers = new Set<Client>();
  while (formers.size < formerCount) formers.add(pick(rng, candidates));
  const width = Math.max(3, String(count).length);
  let n = 0;
  const add = (m: Omit<Mentor, "id">, attributes: { lived_experience: boolean; former_service_user?: string }) => {
    const mentor = { ...m, id: makeId("pm", ++n, width) };
    draft.addNode({
      id: mentor.id,
      label: syntheticName(rng),
      kind: "peer_mentor",
      start: m.start === start ? undefined : m.start,
      end: m.end,
      use_status: attributes.lived_experience ? "in_recovery" : undefined,
      attributes: { hub: hubName(m.hub), ...attributes },
    });
    mentors.push(mentor);
  };
  for (let i = 0; i < count - formerCount; i++) {
    const leaves = chance(rng, 0.2) ? start + randomInt(rng, 200, horizon - start - 100) : undefined;
    add({ hub: i % hubs, start, end: leaves }, { lived_experience: chance(rng, 0.5) });
  }
  for (const c of [...formers].sort((a, b) => a.exit! - b.exit! || (a.id < b.id ? -1 : 1))) {
    add(
      { hub: c.hub, start: c.exit! + randomInt(rng, 60, 150), former: c.id },
      { lived_experience: true, former_service_user: c.id },
    );
  }
  return mentors;
}

/** Adds each hub's coordinator and keyworkers (about one per 33 clients), based at the hub's service. */
export function addWorkers(draft: ProjectDraft, rng: Rng, clients: number, groups: Groups, start: number): Worker[] {
  const workers: Worker[] = [];
  const hubs = groups.service.length;
  const perHub = Math.max(3, Math.round(clients / hubs / 33));
  let n = 0;
  for (let hub = 0; hub < hubs; hub++) {
    for (let k = 0; k <= perHub; k++) {
      const role = k === 0 ? "coordinator" : "keyworker";
      const id = makeId("w", ++n, 3);
      draft.addNode({ id, label: syntheticName(rng), kind: "worker", attributes: { hub: hubName(hub), role } });
      draft.addTie({ source: id, target: groups.service[hub].id, type: "membership", valence: "neutral", strength: 5, start });
      workers.push({ id, hub, role });
    }
  }
  return workers;
}
