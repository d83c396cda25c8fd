// Ego sociogram layout (pure, no DOM): the person at the centre, concentric rings by tie
// strength (5 = inner ring), sectors by kind of alter, alter–alter ties, and the ties gained
// and lost since the previous wave — the picture workers draw on paper.
import type { IsoDate } from "../../../core/model/dates.ts";
import type { Project, Tie } from "../../../core/model/schema.ts";
import type { NodeKind, Valence } from "../../../core/model/vocabulary.ts";
import { MAX_STRENGTH } from "../../../core/model/vocabulary.ts";
import { snapshotAt } from "../../../core/model/snapshot.ts";
import type { RecoveryGraph } from "../../../core/model/graph.ts";

/** The sectors, in clockwise order from the top. */
export const EGO_SECTORS = ["family", "friends", "peers", "mentors", "professionals", "groups"] as const;
export type EgoSector = (typeof EGO_SECTORS)[number];

/** Sector labels for the picture. */
export const SECTOR_LABELS: Record<EgoSector, string> = {
  family: "Family",
  friends: "Friends & community",
  peers: "Peers",
  mentors: "Mentors",
  professionals: "Professionals",
  groups: "Groups",
};

/** Which sector an alter of each kind sits in (community members sit with friends). */
export const SECTOR_OF_KIND: Record<NodeKind, EgoSector> = {
  family: "family",
  friend: "friends",
  community_member: "friends",
  service_user: "peers",
  peer_mentor: "mentors",
  worker: "professionals",
  group: "groups",
};

/** `kept`: there now and before; `gained`: new since the previous wave; `lost`: gone since then. */
export type EgoChange = "kept" | "gained" | "lost";

/** One alter placed on the sociogram. */
export interface EgoAlter {
  id: string;
  label: string;
  kind: NodeKind;
  sector: EgoSector;
  /** 1 (inner, strength 5) … 5 (outer, strength 1). */
  ring: number;
  /** The strongest ego tie's strength and valence (now, or before when lost). */
  strength: number;
  valence: Valence;
  change: EgoChange;
  /** Radians clockwise from the top. */
  angle: number;
  /** Position on a unit picture: the ego at (0, 0), the outer ring at radius 1. */
  x: number;
  y: number;
  /**
   * A kept alter whose strongest tie was different at the previous wave (a review recorded a new
   * ring or answer): how it was then, on the same angle, for the drawing of the previous wave.
   */
  before?: { ring: number; strength: number; valence: Valence; x: number; y: number };
}

/** A tie between two alters (both on the picture). */
export interface EgoAlterTie {
  source: string;
  target: string;
  valence: Valence;
  change: EgoChange;
}

/** A labelled sector: angles in radians clockwise from the top. */
export interface EgoSectorArc {
  sector: EgoSector;
  label: string;
  start: number;
  end: number;
  count: number;
}

/** The whole sociogram. */
export interface EgoLayout {
  ego: { id: string; label: string; kind: NodeKind };
  at: IsoDate | undefined;
  previousAt: IsoDate | undefined;
  rings: number;
  sectors: EgoSectorArc[];
  alters: EgoAlter[];
  alterTies: EgoAlterTie[];
}

/** Ring of a tie strength: 5 → 1 (inner) … 1 → 5 (outer). */
export function ringOfStrength(strength: number): number {
  return MAX_STRENGTH + 1 - strength;
}

function strongestTies(graph: RecoveryGraph | undefined, ego: string): Map<string, Tie> {
  const out = new Map<string, Tie>();
  if (!graph || !graph.hasNode(ego)) return out;
  graph.forEachEdge(ego, (_e, tie, source, target) => {
    const alter = source === ego ? target : source;
    if (alter === ego) return;
    const best = out.get(alter);
    if (!best || tie.strength > best.strength) out.set(alter, tie);
  });
  return out;
}

function tiesBetween(graph: RecoveryGraph | undefined, inside: Set<string>): Map<string, Valence> {
  const out = new Map<string, Valence>();
  if (!graph) return out;
  graph.forEachEdge((_e, tie, source, target) => {
    if (source === target || !inside.has(source) || !inside.has(target)) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (!out.has(key) || tie.valence === "risk") out.set(key, tie.valence);
  });
  return out;
}

function changeOf(now: boolean, before: boolean, compared: boolean): EgoChange {
  if (!compared) return "kept";
  return now && before ? "kept" : now ? "gained" : "lost";
}

/**
 * Lays out `ego`'s network at `at` compared with `previousAt` (omit it for no comparison).
 * Sectors share the circle in proportion to their alters (empty sectors get none); inside a
 * sector alters are ordered by ring, then label, and spread evenly. Returns undefined when
 * `ego` is not a node of the project.
 */
export function egoLayout(project: Project, ego: string, at: IsoDate | undefined, previousAt?: IsoDate): EgoLayout | undefined {
  const egoNode = project.nodes.find((n) => n.id === ego);
  if (!egoNode) return undefined;
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  const compared = previousAt !== undefined;
  const now = snapshotAt(project, at);
  const before = compared ? snapshotAt(project, previousAt) : undefined;
  const tiesNow = strongestTies(now, ego);
  const tiesBefore = strongestTies(before, ego);

  const alters: EgoAlter[] = [];
  for (const id of new Set([...tiesNow.keys(), ...tiesBefore.keys()])) {
    const node = byId.get(id)!;
    const tie = tiesNow.get(id) ?? tiesBefore.get(id)!;
    const was = tiesNow.has(id) ? tiesBefore.get(id) : undefined;
    const sector = SECTOR_OF_KIND[node.kind];
    alters.push({
      id, label: node.label, kind: node.kind, sector, ring: ringOfStrength(tie.strength),
      strength: tie.strength, valence: tie.valence,
      change: changeOf(tiesNow.has(id), tiesBefore.has(id), compared), angle: 0, x: 0, y: 0,
      ...(was !== undefined && (was.strength !== tie.strength || was.valence !== tie.valence)
        ? { before: { ring: ringOfStrength(was.strength), strength: was.strength, valence: was.valence, x: 0, y: 0 } } : {}),
    });
  }

  const sectors: EgoSectorArc[] = [];
  let start = 0;
  for (const sector of EGO_SECTORS) {
    const members = alters
      .filter((a) => a.sector === sector)
      .sort((a, b) => a.ring - b.ring || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
    if (members.length === 0) continue;
    const width = (2 * Math.PI * members.length) / alters.length;
    members.forEach((alter, i) => {
      alter.angle = start + ((i + 0.5) * width) / members.length;
      const radius = alter.ring / MAX_STRENGTH;
      alter.x = radius * Math.sin(alter.angle);
      alter.y = -radius * Math.cos(alter.angle);
      if (alter.before) {
        alter.before.x = (alter.before.ring / MAX_STRENGTH) * Math.sin(alter.angle);
        alter.before.y = -(alter.before.ring / MAX_STRENGTH) * Math.cos(alter.angle);
      }
    });
    sectors.push({ sector, label: SECTOR_LABELS[sector], start, end: start + width, count: members.length });
    start += width;
  }
  alters.sort((a, b) => a.angle - b.angle);

  const inside = new Set(alters.map((a) => a.id));
  const betweenNow = tiesBetween(now, inside);
  const betweenBefore = tiesBetween(before, inside);
  const alterTies: EgoAlterTie[] = [];
  for (const key of [...new Set([...betweenNow.keys(), ...betweenBefore.keys()])].sort()) {
    const [source, target] = key.split("\u0000");
    const valence = betweenNow.get(key) ?? betweenBefore.get(key)!;
    alterTies.push({ source, target, valence, change: changeOf(betweenNow.has(key), betweenBefore.has(key), compared) });
  }

  return {
    ego: { id: ego, label: egoNode.label, kind: egoNode.kind },
    at, previousAt: compared ? previousAt : undefined, rings: MAX_STRENGTH, sectors, alters, alterTies,
  };
}
