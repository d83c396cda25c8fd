// Where nodes sit: saved positions when the project has them, else seeded random starting
// points, ForceAtlas2 in graphology's web worker (the page keeps responding), then noverlap
// to pull overlapping nodes apart. Layout runs on the whole project (every node across time)
// so the picture stays put while the time slider hides and shows.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { MultiUndirectedGraph } from "graphology";
import noverlap from "graphology-layout-noverlap";
import type { RecoveryGraph } from "../../core/model/graph.ts";
import type { Project } from "../../core/model/schema.ts";
import { createRng } from "../../core/random.ts";

/** The seed for starting positions, so the same project starts from the same picture. */
export const LAYOUT_SEED = 2012;

/** True when every node already has a saved position. */
export function hasPositions(project: Project): boolean {
  return project.nodes.length > 0 && project.nodes.every((n) => n.x !== undefined && n.y !== undefined);
}

/** Gives nodes without a position a seeded random one in a disc sized to the network. */
export function seedPositions(graph: RecoveryGraph, seed = LAYOUT_SEED): void {
  const rng = createRng(seed);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((id, attrs) => {
    const a = rng() * 2 * Math.PI;
    const r = radius * Math.sqrt(rng());
    if (attrs.x === undefined || attrs.y === undefined) {
      graph.mergeNodeAttributes(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    }
  });
}

/** A running (or stoppable) layout. */
export interface LayoutRun {
  isRunning(): boolean;
  /** Stops ForceAtlas2, removes overlaps and reports the positions. */
  stop(): void;
  /** Stops without reporting (the view is going away). */
  kill(): void;
}

/** How long ForceAtlas2 runs by itself before settling, by network size. */
export function autoStopMs(order: number): number {
  return Math.min(12_000, 2_000 + order * 2);
}

/**
 * Above this many nodes the layout runs on a bare copy of the graph and the map is updated
 * once every `SYNC_MS`, instead of redrawing after every iteration: redrawing 20,000 nodes
 * and 60,000 ties each time the worker answers kept the page from responding.
 */
export const LIVE_LAYOUT_LIMIT = 2_000;
/** How often a large graph's map catches up with its layout. */
export const SYNC_MS = 1_500;

/** Positions only, and the edges: all ForceAtlas2 needs. */
type Positions = { x: number; y: number };

/** Copies positions from the layout's copy into the drawn graph, in one update (one redraw). */
function syncPositions(from: MultiUndirectedGraph<Positions>, to: RecoveryGraph): void {
  to.updateEachNodeAttributes((id, attrs) => {
    const p = from.getNodeAttributes(id);
    attrs.x = p.x;
    attrs.y = p.y;
    return attrs;
  }, { attributes: ["x", "y"] });
}

/**
 * Starts ForceAtlas2 in a worker on `drawn` (live for small graphs, through a copy synced
 * every SYNC_MS for large ones), stopping by itself after `autoStopMs`; on stop, noverlap
 * (for graphs small enough to do it at once) then `done`.
 */
export function startLayout(
  drawn: RecoveryGraph,
  sizeOf: (id: string) => number,
  done: (positions: Map<string, { x: number; y: number }>) => void,
  onStateChange: (running: boolean) => void,
): LayoutRun {
  // The inferred settings gave the most readable pictures on the sample; LinLog with
  // attraction distributed by degree did not settle within the time the layout runs.
  const live = drawn.order <= LIVE_LAYOUT_LIMIT;
  let copy: MultiUndirectedGraph<Positions> | undefined;
  if (!live) {
    copy = new MultiUndirectedGraph<Positions>({ allowSelfLoops: false });
    drawn.forEachNode((id, a) => copy!.addNode(id, { x: a.x ?? 0, y: a.y ?? 0 }));
    drawn.forEachEdge((_e, _a, s, t) => copy!.addEdge(s, t));
  }
  const graph = (copy ?? drawn) as RecoveryGraph;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false };
  const supervisor = new FA2LayoutSupervisor(graph, { settings });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sync = copy ? setInterval(() => syncPositions(copy!, drawn), SYNC_MS) : undefined;
  let killed = false;
  const finish = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (sync !== undefined) clearInterval(sync);
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    if (copy) syncPositions(copy, drawn);
    if (drawn.order <= 5_000) {
      noverlap.assign(drawn, {
        maxIterations: 60,
        inputReducer: (id, attrs) => ({ x: attrs.x, y: attrs.y, size: sizeOf(id) }),
        settings: { margin: 2, ratio: 1.2 },
      });
    }
    const positions = new Map<string, { x: number; y: number }>();
    drawn.forEachNode((id, a) => positions.set(id, { x: round(a.x ?? 0), y: round(a.y ?? 0) }));
    onStateChange(false);
    done(positions);
  };
  supervisor.start();
  onStateChange(true);
  timer = setTimeout(finish, autoStopMs(graph.order));
  return {
    isRunning: () => supervisor.isRunning(),
    stop: finish,
    kill() {
      if (killed) return;
      killed = true;
      if (timer !== undefined) clearTimeout(timer);
      if (sync !== undefined) clearInterval(sync);
      supervisor.kill();
    },
  };
}

/** Positions are saved with 2 decimals: enough for the picture, smaller files. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** A new project with the given positions written into its nodes (compute, then assign). */
export function withPositions(project: Project, positions: Map<string, { x: number; y: number }>): Project {
  return {
    ...project,
    nodes: project.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, x: p.x, y: p.y } : n;
    }),
  };
}
