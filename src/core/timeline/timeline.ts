// Metrics over time: the network indicators at every step (wave, month or quarter) and each
// person's change since the previous step. Work is shared: steps with the same active node and
// tie sets (same signature) share one network computation, and per-person indicators are
// recomputed only for people whose ego network changed.
import type { IsoDate } from "../model/dates.ts";
import type { RecoveryGraph } from "../model/graph.ts";
import type { Project } from "../model/schema.ts";
import { snapshotAt } from "../model/snapshot.ts";
import { VALENCES } from "../model/vocabulary.ts";
import { computeNetworkIndicators, computePersonIndicators, RECOVERY_NODE_INDICATORS } from "../metrics/recovery/index.ts";
import { recoveryReach } from "../metrics/recovery/recoveryReach.ts";
import { isPerson } from "../metrics/recovery/sides.ts";
import { tieChanges } from "../metrics/recovery/tieChange.ts";
import { outputKey, withOutputKeys } from "../metrics/report.ts";
import { computeStructural } from "../metrics/structural/index.ts";
import { affectedNodes, diffSnapshots } from "./affected.ts";
import { activeSetSignatures } from "./signature.ts";
import { timelineDates, type TimelineEvery } from "./steps.ts";

/** One person's change since the previous step. */
export interface PersonChange {
  /** True when the person was not in the previous step's snapshot. */
  entered: boolean;
  /** Ties gained and lost, in all and by valence (`gained`, `lost`, `supportiveGained`, …). */
  ties: Record<string, number>;
  /** New value − old value of each indicator that changed, by output key (NaN when one side is undefined). */
  deltas: Record<string, number>;
}

/** One step of the timeline. */
export interface TimelineStep {
  date: IsoDate;
  /** The active-set signature: equal signatures, equal snapshots. */
  signature: string;
  /** Structural network metrics and network recovery indicators, by output key. */
  network: Record<string, number>;
  /** People whose ego network changed since the previous step (none at the first step). */
  changes: Record<string, PersonChange>;
  /** People who left since the previous step. */
  left: string[];
  /** Every person's indicators at this step (only with `keepPeople`). */
  people?: Record<string, Record<string, number>>;
}

/** How much work the timeline did, for benchmarks and tests. */
export interface TimelineStats {
  steps: number;
  /** Distinct snapshots whose network metrics were computed. */
  networkComputations: number;
  /** Per-person indicator evaluations (one person at one step). */
  personComputations: number;
}

/** What to step through. */
export interface TimelineOptions {
  /** Step dates: `wave` (default), `month` or `quarter`. Ignored when `dates` is given. */
  every?: TimelineEvery;
  /** Explicit step dates (sorted here). */
  dates?: readonly IsoDate[];
  /** Return every person's indicators at every step (memory grows with steps × people). */
  keepPeople?: boolean;
}

/** The per-person indicators that describe a state (the change indicators are replaced by `PersonChange.ties`). */
const STATE_INDICATORS = RECOVERY_NODE_INDICATORS.filter((d) => !d.change);
/** How many steps two-step reach looks (see `affectedNodes`). */
const REACH_STEPS = (recoveryReach.params.parse({}) as { steps: number }).steps;

/**
 * The network values of one snapshot: every structural network metric and network recovery
 * indicator, by output key (betweenness computed once, for the mentors' brokerage share too).
 */
export function networkOf(project: Project, graph: RecoveryGraph, date: IsoDate): Record<string, number> {
  const structural = computeStructural(graph, { node: ["betweenness"] });
  const betweenness = new Map([...structural.nodes].map(([id, v]) => [id, v.betweenness]));
  return withOutputKeys({ ...structural.network, ...computeNetworkIndicators(graph, { project, at: date }, betweenness) });
}

function tieCounts(current: RecoveryGraph, previous: RecoveryGraph, person: string): Record<string, number> {
  const { gained, lost } = tieChanges(current, previous, person);
  const out: Record<string, number> = { gained: gained.length, lost: lost.length };
  for (const v of VALENCES) {
    out[`${v}Gained`] = gained.filter((t) => t.valence === v).length;
    out[`${v}Lost`] = lost.filter((t) => t.valence === v).length;
  }
  return out;
}

function deltas(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(after)) {
    if (!Object.is(value, before[id])) out[outputKey(id)] = value - before[id];
  }
  return out;
}

/** Computes the timeline of `project`, and what it cost. */
export function computeTimeline(project: Project, options: TimelineOptions = {}): { steps: TimelineStep[]; stats: TimelineStats } {
  const dates = options.dates ? [...new Set(options.dates)].sort() : timelineDates(project, options.every ?? "wave");
  const signatures = activeSetSignatures(project, dates);
  const networks = new Map<string, Record<string, number>>();
  const state = new Map<string, Record<string, number>>();
  const stats: TimelineStats = { steps: dates.length, networkComputations: 0, personComputations: 0 };
  const steps: TimelineStep[] = [];
  let previous: RecoveryGraph | undefined;

  dates.forEach((date, i) => {
    const signature = signatures[i];
    const unchanged = previous !== undefined && signature === signatures[i - 1];
    const graph = unchanged ? previous! : snapshotAt(project, date);
    let network = networks.get(signature);
    if (network === undefined) {
      network = networkOf(project, graph, date);
      networks.set(signature, network);
      stats.networkComputations++;
    }
    const changes: Record<string, PersonChange> = {};
    const left: string[] = [];
    const context = { project, at: date };
    if (previous === undefined) {
      const all = computePersonIndicators(graph, context, undefined, STATE_INDICATORS);
      for (const [id, values] of all) state.set(id, values);
      stats.personComputations += all.size;
    } else if (!unchanged) {
      const diff = diffSnapshots(previous, graph);
      for (const id of diff.removedNodes) {
        if (state.delete(id)) left.push(id);
      }
      const people = [...affectedNodes(previous, graph, diff, REACH_STEPS)].filter((id) => isPerson(graph.getNodeAttributes(id)));
      const fresh = computePersonIndicators(graph, context, people, STATE_INDICATORS);
      stats.personComputations += fresh.size;
      for (const [id, values] of fresh) {
        const before = state.get(id);
        const change: PersonChange = {
          entered: before === undefined,
          ties: tieCounts(graph, previous, id),
          deltas: before === undefined ? {} : deltas(before, values),
        };
        if (change.entered || change.ties.gained > 0 || change.ties.lost > 0 || Object.keys(change.deltas).length > 0) {
          changes[id] = change;
        }
        state.set(id, values);
      }
    }
    const step: TimelineStep = { date, signature, network, changes, left };
    if (options.keepPeople) {
      step.people = {};
      for (const [id, values] of state) step.people[id] = withOutputKeys(values);
    }
    steps.push(step);
    previous = graph;
  });
  return { steps, stats };
}
