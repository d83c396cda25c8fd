// The community groups around each hub (mutual aid, recovery café, college, sport, faith,
// volunteering, employment, housing, arts) and the links between them that grow over time.
import { chance, randomInt, type Rng } from "../random.ts";
import type { GroupType } from "../model/vocabulary.ts";
import { makeId, type ProjectDraft } from "./draft.ts";
import { hubName } from "./names.ts";

/** A group template: its name after the hub's, what it is for, and whether it is recovery-oriented. */
interface GroupTemplate {
  role: string;
  name: string;
  type: GroupType;
  recovery: boolean;
}

const FIXED: GroupTemplate[] = [
  { role: "service", name: "Recovery Service hub", type: "treatment_service", recovery: true },
  { role: "aa", name: "AA meeting", type: "mutual_aid", recovery: true },
  { role: "na", name: "NA meeting", type: "mutual_aid", recovery: true },
  { role: "smart", name: "SMART Recovery group", type: "mutual_aid", recovery: true },
  { role: "cafe", name: "Recovery Café", type: "recovery_community", recovery: true },
  { role: "college", name: "Adult Learning College", type: "education", recovery: false },
  { role: "sport", name: "Community Football", type: "sport", recovery: false },
  { role: "faith", name: "Parish Church", type: "faith", recovery: false },
  { role: "volunteering", name: "Volunteer Centre", type: "volunteering", recovery: false },
];

/** One of these per hub, in turn, so the hubs differ a little. */
const ROTATING: GroupTemplate[] = [
  { role: "housing", name: "Housing Trust", type: "housing", recovery: false },
  { role: "employment", name: "Social Enterprise Workshop", type: "employment", recovery: false },
  { role: "arts", name: "Community Arts Studio", type: "arts", recovery: false },
];

/** Links inside a hub: [role, role]. */
const LOCAL_LINKS: [string, string][] = [
  ["service", "smart"], ["service", "cafe"], ["cafe", "college"], ["cafe", "volunteering"],
  ["aa", "na"], ["cafe", "aa"], ["cafe", "housing"], ["cafe", "employment"], ["cafe", "arts"],
  ["volunteering", "employment"], ["college", "employment"], ["faith", "volunteering"],
];

/** A group as the other generators see it. */
export interface HubGroup {
  id: string;
  hub: number;
  role: string;
  recovery: boolean;
  start: number;
}

/** The groups of every hub, indexed by hub. */
export interface Groups {
  byHub: HubGroup[][];
  /** Each hub's treatment service, where its workers are based. */
  service: HubGroup[];
}

/**
 * Adds each hub's groups and the group links. Most groups exist from the start; some recovery
 * cafés open later, and links between groups appear over the first two years.
 */
export function addGroups(draft: ProjectDraft, rng: Rng, hubs: number, start: number, horizon: number): Groups {
  const byHub: HubGroup[][] = [];
  let n = 0;
  for (let hub = 0; hub < hubs; hub++) {
    const templates = [...FIXED, ROTATING[hub % ROTATING.length]];
    const groups: HubGroup[] = [];
    for (const t of templates) {
      const id = makeId("g", ++n, 3);
      const opensLate = t.role === "cafe" && hub % 3 === 2;
      const groupStart = opensLate ? start + randomInt(rng, 180, 450) : start;
      draft.addNode({
        id,
        label: `${hubName(hub)} ${t.name}`,
        kind: "group",
        start: groupStart === start ? undefined : groupStart,
        group_type: t.type,
        recovery_oriented: t.recovery,
        attributes: { hub: hubName(hub) },
      });
      groups.push({ id, hub, role: t.role, recovery: t.recovery, start: groupStart });
    }
    byHub.push(groups);
    for (const [a, b] of LOCAL_LINKS) {
      const ga = groups.find((g) => g.role === a);
      const gb = groups.find((g) => g.role === b);
      if (!ga || !gb) continue;
      const linkStart = Math.max(ga.start, gb.start) + (chance(rng, 0.4) ? 0 : randomInt(rng, 30, 720));
      if (linkStart >= horizon) continue;
      draft.addTie({ source: ga.id, target: gb.id, type: "group_link", valence: "supportive", strength: randomInt(rng, 2, 4), start: linkStart });
    }
  }
  // Neighbouring hubs' recovery cafés and AA meetings know each other: the recovery community
  // reaches across towns.
  for (let hub = 1; hub < hubs; hub++) {
    for (const role of ["cafe", "aa"]) {
      const a = byHub[hub - 1].find((g) => g.role === role)!;
      const b = byHub[hub].find((g) => g.role === role)!;
      const linkStart = Math.max(a.start, b.start) + randomInt(rng, 60, 540);
      if (linkStart < horizon) {
        draft.addTie({ source: a.id, target: b.id, type: "group_link", valence: "supportive", strength: 2, start: linkStart });
      }
    }
  }
  return { byHub, service: byHub.map((groups) => groups[0]) };
}
