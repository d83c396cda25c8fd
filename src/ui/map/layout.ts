// Where nodes sit: saved positions when the project has them, else seeded random starting
// points, ForceAtlas2 for a fixed number of iterations in the layout worker (the page keeps
// responding, and the same project gives the same picture), then noverlap to pull overlapping
// nodes apart. Layout runs on the whole project (every node across time)
// so the picture stays put while the time slider hides and shows.
import noverlap from "graphology-layout-noverlap";
import type { RecoveryGraph } from "../../core/model/graph.ts";
import { DEFAULT_SETTINGS, type PageSettings } from "../settings.ts";
import type { Project } from "../../core/model/schema.ts";
import { createRng } from "../../core/random.ts";
import type { LayoutInput } from "../../core/layout/layoutKernel.ts";
import type { LayoutProgress, LayoutRequest } from "../../worker/layoutWorker.ts";

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

/** The settings a layout run reads (settings.ts). */
export type LayoutSettings = Pick<PageSettings, "liveLayoutLimit" | "syncMs" | "syncShare" | "noverlapLimit" | "layoutBatchMs">;

/**
 * How long to leave the map alone after a catch-up that took `took` ms: `syncMs` at least, and
 * long enough that catch-ups take at most `syncShare` of the page's time. Above `liveLayoutLimit`
 * nodes the map catches up this way instead of after every batch: redrawing 20,000 nodes and
 * 60,000 ties each time kept the page from responding, and a 100,000-person project (101,113
 * nodes, 216,612 ties on the map) takes about 6 s per catch-up in headless Chromium.
 */
export function catchUpWait(took: number, settings: Pick<PageSettings, "syncMs" | "syncShare"> = DEFAULT_SETTINGS): number {
  return Math.max(settings.syncMs, took / settings.syncShare);
}

/** The drawn graph as the kernel's input: positions and ties by node index, in graph order. */
export function layoutInput(drawn: RecoveryGraph, sizeOf: (id: string) => number): { ids: string[]; input: LayoutInput } {
  const ids = drawn.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = new Float32Array(ids.length);
  const y = new Float32Array(ids.length);
  const sizes = new Float32Array(ids.length);
  ids.forEach((id, i) => {
    const a = drawn.getNodeAttributes(id);
    x[i] = a.x ?? 0;
    y[i] = a.y ?? 0;
    sizes[i] = sizeOf(id);
  });
  const edges = new Int32Array(drawn.size * 2);
  let k = 0;
  drawn.forEachEdge((_e, _a, s, t) => {
    edges[k++] = index.get(s)!;
    edges[k++] = index.get(t)!;
  });
  return { ids, input: { x, y, edges, sizes } };
}

/** Writes kernel positions into the drawn graph, in one update (one redraw). */
function applyPositions(drawn: RecoveryGraph, ids: readonly string[], x: Float32Array, y: Float32Array): void {
  const index = new Map(ids.map((id, i) => [id, i]));
  drawn.updateEachNodeAttributes((id, attrs) => {
    const i = index.get(id)!;
    attrs.x = x[i];
    attrs.y = y[i];
    return attrs;
  }, { attributes: ["x", "y"] });
}

/**
 * Starts ForceAtlas2 in the layout worker on `drawn` for a fixed number of iterations (so the
 * same project always gives the same picture), redrawing after each batch (at most every
 * `settings.syncMs` above `settings.liveLayoutLimit` nodes); when it finishes or is stopped,
 * noverlap (up to `settings.noverlapLimit` nodes) then `done` with the positions.
 */
export function startLayout(
  drawn: RecoveryGraph,
  sizeOf: (id: string) => number,
  done: (positions: Map<string, { x: number; y: number }>) => void,
  onStateChange: (running: boolean, progress?: number) => void,
  settings: LayoutSettings = DEFAULT_SETTINGS,
): LayoutRun {
  const { ids, input } = layoutInput(drawn, sizeOf);
  const worker = new Worker(new URL("../../worker/layoutWorker.ts", import.meta.url), { type: "module" });
  const live = drawn.order <= settings.liveLayoutLimit;
  let latest: LayoutProgress | undefined;
  /** When the next catch-up may start (Infinity while one is being drawn). */
  let nextCatchUp = 0;
  let running = true;
  const finish = () => {
    if (!running) return;
    running = false;
    worker.terminate();
    if (latest) applyPositions(drawn, ids, latest.x, latest.y);
    if (drawn.order <= settings.noverlapLimit) {
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
  worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
    latest = event.data;
    if (latest.finished) return finish();
    onStateChange(true, latest.done / latest.total);
    const now = performance.now();
    if (live) applyPositions(drawn, ids, latest.x, latest.y);
    else if (now >= nextCatchUp) {
      applyPositions(drawn, ids, latest.x, latest.y);
      nextCatchUp = Infinity;
      // The map redraws in the next frame; a frame callback queued now runs after that drawing.
      requestAnimationFrame(() => {
        const drawnAt = performance.now();
        nextCatchUp = drawnAt + catchUpWait(drawnAt - now, settings);
      });
    }
  };
  const request: LayoutRequest = { ...input, batchMs: settings.layoutBatchMs };
  worker.postMessage(request, [input.x.buffer, input.y.buffer, input.edges.buffer]);
  onStateChange(true, 0);
  return {
    isRunning: () => running,
    stop: finish,
    kill() {
      running = false;
      worker.terminate();
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
