// A project under construction, on a time axis of whole days: the generators add nodes and ties
// with day numbers, and the draft keeps every tie inside the lifetimes of its two ends, so the
// finished project always passes validateProject.
import { fromEpochDay } from "../model/dates.ts";
import type { Attributes, Node, Observation, Project, Tie } from "../model/schema.ts";
import { PROJECT_FORMAT, PROJECT_VERSION } from "../model/schema.ts";
import type { GroupType, NodeKind, TieType, UseStatus, Valence } from "../model/vocabulary.ts";

/** A node whose interval is in epoch days; `end` absent means it is still there at the horizon. */
export interface DraftNode {
  id: string;
  label: string;
  kind: NodeKind;
  start?: number;
  end?: number;
  use_status?: UseStatus;
  group_type?: GroupType;
  recovery_oriented?: boolean;
  /** True for people known only through one tie (a relative, a friend): they exist while tied. */
  spanFromTies?: boolean;
  attributes: Attributes;
}

/** A tie whose interval is in epoch days. */
export interface DraftTie {
  source: string;
  target: string;
  type: TieType;
  valence: Valence;
  strength: number;
  directed?: boolean;
  start: number;
  end?: number;
}

/** A dated observation with its date in epoch days. */
export interface DraftObservation {
  subject: string;
  day: number;
  measure: string;
  value: string | number | boolean;
}

/** Collects nodes, ties and observations, then writes them out as a Project. */
export class ProjectDraft {
  readonly nodes: DraftNode[] = [];
  readonly ties: DraftTie[] = [];
  readonly observations: DraftObservation[] = [];
  private readonly byId = new Map<string, DraftNode>();
  private readonly pairs = new Set<string>();

  /** @param horizon the day the data was taken: nothing starts on or after it. */
  constructor(readonly horizon: number) {}

  /** Adds a node; its id must be new. */
  addNode(node: DraftNode): DraftNode {
    if (this.byId.has(node.id)) throw new Error(`generate: duplicate node id "${node.id}"`);
    this.byId.set(node.id, node);
    this.nodes.push(node);
    return node;
  }

  /** The node with this id. */
  node(id: string): DraftNode {
    const node = this.byId.get(id);
    if (!node) throw new Error(`generate: no node "${id}"`);
    return node;
  }

  /**
   * Adds a tie clipped to the lifetimes of both ends. Returns the tie, or undefined when nothing
   * of it is left after clipping, or when the pair already has a tie of the same type (one tie
   * per pair and type keeps the picture readable).
   */
  addTie(tie: DraftTie): DraftTie | undefined {
    if (tie.source === tie.target || tie.start >= this.horizon) return undefined;
    const key = tie.source < tie.target
      ? `${tie.source}|${tie.target}|${tie.type}`
      : `${tie.target}|${tie.source}|${tie.type}`;
    if (this.pairs.has(key)) return undefined;
    let { start, end } = tie;
    for (const id of [tie.source, tie.target]) {
      const node = this.node(id);
      if (node.spanFromTies) continue;
      if (node.start !== undefined && node.start > start) start = node.start;
      if (node.end !== undefined && (end === undefined || node.end < end)) end = node.end;
    }
    if (end !== undefined && end <= start) return undefined;
    const clipped = { ...tie, start, end };
    this.pairs.add(key);
    this.ties.push(clipped);
    return clipped;
  }

  /** Records an observation. */
  observe(subject: string, day: number, measure: string, value: string | number | boolean): void {
    if (day <= this.horizon) this.observations.push({ subject, day, measure, value });
  }

  /**
   * The finished project. Intervals ending at or after `horizon` are left open (still ongoing
   * when the data was taken); people known through ties exist from their first tie to their last,
   * and are dropped when no tie is left.
   */
  toProject(meta: { title: string; source: string }, waves: Project["waves"]): Project {
    const open = (end: number | undefined) => (end === undefined || end >= this.horizon ? undefined : end);
    const span = new Map<string, { start: number; end: number | undefined }>();
    for (const tie of this.ties) {
      for (const id of [tie.source, tie.target]) {
        if (!this.byId.get(id)?.spanFromTies) continue;
        const s = span.get(id);
        const end = open(tie.end);
        if (!s) span.set(id, { start: tie.start, end });
        else {
          s.start = Math.min(s.start, tie.start);
          s.end = s.end === undefined || end === undefined ? undefined : Math.max(s.end, end);
        }
      }
    }
    const nodes: Node[] = [];
    for (const n of this.nodes) {
      const interval = n.spanFromTies ? span.get(n.id) : { start: n.start, end: open(n.end) };
      if (!interval) continue;
      const node: Node = { id: n.id, label: n.label, kind: n.kind, attributes: n.attributes };
      if (interval.start !== undefined) node.start = fromEpochDay(interval.start);
      if (interval.end !== undefined) node.end = fromEpochDay(interval.end);
      if (n.use_status !== undefined) node.use_status = n.use_status;
      if (n.group_type !== undefined) node.group_type = n.group_type;
      if (n.recovery_oriented !== undefined) node.recovery_oriented = n.recovery_oriented;
      nodes.push(node);
    }
    const width = String(this.ties.length).length;
    const ties: Tie[] = this.ties.map((t, i) => {
      const tie: Tie = {
        id: `t${String(i + 1).padStart(width, "0")}`,
        source: t.source,
        target: t.target,
        type: t.type,
        valence: t.valence,
        strength: t.strength,
        start: fromEpochDay(t.start),
        attributes: {},
      };
      if (t.directed) tie.directed = true;
      const end = open(t.end);
      if (end !== undefined) tie.end = fromEpochDay(end);
      return tie;
    });
    const observations: Observation[] = [...this.observations]
      .sort((a, b) => a.day - b.day || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0))
      .map((o) => ({ subject: o.subject, date: fromEpochDay(o.day), measure: o.measure, value: o.value }));
    return {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      meta: { title: meta.title, source: meta.source, weight: "strength", attributes: { synthetic: true } },
      nodes,
      ties,
      observations,
      waves,
    };
  }
}

/** An id like `su-0007`: a prefix and a number padded to `width` digits. */
export function makeId(prefix: string, n: number, width = 4): string {
  return `${prefix}-${String(n).padStart(width, "0")}`;
}
