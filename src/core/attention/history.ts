// The flags and two trend values at each review up to a date: what "since when" and the trend of
// a "needs attention" row are read from. Reviews are the project's waves on or before the date,
// plus the date itself when it is not a wave.
import type { IsoDate } from "../model/dates.ts";
import type { RecoveryGraph } from "../model/graph.ts";
import type { Project } from "../model/schema.ts";
import { snapshotAt } from "../model/snapshot.ts";
import { evaluateFlags, type FlagSettings, type RaisedFlag } from "../metrics/flags/index.ts";
import { alters } from "../metrics/recovery/ego.ts";
import { isPerson } from "../metrics/recovery/sides.ts";
import { valenceCount } from "../metrics/recovery/tieValence.ts";

/** One review point: a wave, or the date shown when it is not a wave. */
export interface ReviewPoint {
  date: IsoDate;
  /** The wave's name ("Q3"), or undefined for the date shown between waves. */
  wave?: string;
}

/** The flags raised at one review point. */
export interface ReviewFlags {
  point: ReviewPoint;
  graph: RecoveryGraph;
  /** Flag ids raised, by node id (only nodes of the configured kinds present then). */
  flags: Map<string, Set<string>>;
  /** The flags raised, with their evidence, in node then flag order. */
  raised: RaisedFlag[];
}

/** The review points up to `at`, oldest first: every wave dated on or before it, and `at`. */
export function reviewPoints(project: Project, at: IsoDate): ReviewPoint[] {
  const waves = project.waves.filter((w) => w.date <= at).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points: ReviewPoint[] = waves.map((w) => ({ date: w.date, wave: w.label }));
  if (points.length === 0 || points[points.length - 1].date !== at) points.push({ date: at });
  return points;
}

/**
 * The flags raised at each review point up to `at` (oldest first). At each point the previous
 * wave is the one before it, as for the flags at `at` (reportContext).
 */
export function flagsByReview(project: Project, at: IsoDate, settings: FlagSettings): ReviewFlags[] {
  const points = reviewPoints(project, at);
  const graphs = points.map((p) => snapshotAt(project, p.date));
  const previousWave = (date: IsoDate) => {
    let best: number | undefined;
    points.forEach((p, i) => {
      if (p.wave !== undefined && p.date < date) best = i;
    });
    return best;
  };
  return points.map((point, i) => {
    const prev = previousWave(point.date);
    const context = prev === undefined ? { project, at: point.date } : { project, at: point.date, previous: graphs[prev], previousAt: points[prev].date };
    const flags = new Map<string, Set<string>>();
    const raised = evaluateFlags(graphs[i], context, settings);
    for (const r of raised) {
      let set = flags.get(r.node);
      if (!set) flags.set(r.node, (set = new Set()));
      set.add(r.flag);
    }
    return { point, graph: graphs[i], flags, raised };
  });
}

/**
 * The earliest review point from which `flag` has been raised for `node` at every review point
 * up to the last of `history`, and how many points that is; undefined when it is not raised at
 * the last one.
 */
export function heldSince(history: readonly ReviewFlags[], node: string, flag: string): { since: ReviewPoint; reviews: number } | undefined {
  let since: ReviewPoint | undefined;
  let reviews = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    if (!history[i].flags.get(node)?.has(flag)) break;
    since = history[i].point;
    reviews++;
  }
  return since === undefined ? undefined : { since, reviews };
}

/** A client's network at one review point. */
export interface TrendPoint extends ReviewPoint {
  /** Distinct people they have a tie with (network_size). */
  people: number;
  /** Their ties with valence supportive (supportive_ties). */
  supportive: number;
}

/**
 * Network size and supportive ties of `node` at the last `count` review points at which they were
 * present, oldest first.
 */
export function trendOf(history: readonly ReviewFlags[], node: string, count: number): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (let i = history.length - 1; i >= 0 && out.length < count; i--) {
    const { graph, point } = history[i];
    if (!graph.hasNode(node)) break;
    out.unshift({
      ...point,
      people: alters(graph, node).filter((a) => isPerson(graph.getNodeAttributes(a))).length,
      supportive: valenceCount(graph, node, "supportive").count,
    });
  }
  return out;
}
