// `bench`: times each structural metric on preferential-attachment graphs of several sizes,
// against graphology-metrics in the same run, plus parallel betweenness on 2 workers and the
// error of sampled betweenness, and exact betweenness and closeness on the last wave of the scaled
// recovery programme. Prints medians in ms and the speed ratios.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import closenessCentrality from "graphology-metrics/centrality/closeness.js";
import { degreeCentrality as graphologyDegree } from "graphology-metrics/centrality/degree.js";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector.js";
import pagerankCentrality from "graphology-metrics/centrality/pagerank.js";
import { density as graphologyDensity } from "graphology-metrics/graph/density.js";
import graphologyModularity from "graphology-metrics/graph/modularity.js";
import { preferentialAttachment } from "../../core/generate/preferentialAttachment.ts";
import { generateScaled } from "../../core/generate/scale.ts";
import { snapshotAt } from "../../core/model/snapshot.ts";
import { buildGraph, type RecoveryGraph } from "../../core/model/graph.ts";
import { createRng } from "../../core/random.ts";
import { toCsr, type Csr } from "../../core/metrics/csr.ts";
import { betweenness, sampledBetweenness } from "../../core/metrics/kernels/betweenness.ts";
import { closeness } from "../../core/metrics/kernels/closeness.ts";
import { clustering } from "../../core/metrics/kernels/clustering.ts";
import { components } from "../../core/metrics/kernels/components.ts";
import { degrees } from "../../core/metrics/kernels/degree.ts";
import { eigenvector } from "../../core/metrics/kernels/eigenvector.ts";
import { coreNumbers } from "../../core/metrics/kernels/kcore.ts";
import { louvainCommunities } from "../../core/metrics/kernels/louvain.ts";
import { modularity } from "../../core/metrics/kernels/modularity.ts";
import { pagerank } from "../../core/metrics/kernels/pagerank.ts";
import { shortestPathRange } from "../../core/metrics/kernels/shortestPaths.ts";
import { computeStructural } from "../../core/metrics/structural/index.ts";
import { UsageError } from "../arguments.ts";
import { defineCommand, type CommandIO } from "../command.ts";
import { parallelShortestPaths } from "../parallel/nodePool.ts";

const USAGE = `Usage: npx recovery-networks bench [options]

Times the structural metrics on seeded preferential-attachment graphs (Barabási–Albert, m = 3:
20,000 nodes give 59,991 ties) against graphology-metrics, and prints the median time of a few runs.
Ours run on the recovery graph the product builds; graphology on the same ties as a simple graph.
Then the same for betweenness and closeness on a recovery network: the scaled programme's last wave.

Options:
  --sizes 1000,5000,20000   node counts to test (default 1000,5000,20000)
  --reps 3                  timed runs per metric after a warm-up; the median is shown
                            (a run over 5 s is timed once, without warm-up)
  --samples 256             pivots for sampled betweenness (its error against exact is shown)
  --workers 2               worker threads for parallel betweenness
  --max-seconds 240         skip a graphology timing whose estimate from the previous size exceeds this
  --seed 1                  seed of the generated graphs
  --programme 10000         also time betweenness and closeness on the last wave of the scaled
                            programme with this many people (a recovery network: many people
                            with one tie); 0 to skip`;

/** The generated project as a recovery graph (what the product computes on) and as a simple graph for graphology. */
function benchGraphs(n: number, seed: number): { recovery: RecoveryGraph; simple: UndirectedGraph } {
  const project = preferentialAttachment({ nodes: n, edgesPerNode: 3, seed });
  const recovery = buildGraph(project.nodes, project.ties);
  // graphology-communities-louvain rejects multi graphs, so graphology gets a simple graph.
  const simple = new UndirectedGraph();
  for (const node of project.nodes) simple.addNode(node.id);
  for (const tie of project.ties) simple.addEdgeWithKey(tie.id, tie.source, tie.target);
  return { recovery, simple };
}

/**
 * Median milliseconds of `reps` runs. A first run under 1 s is a discarded warm-up (so the JIT
 * does not favour whichever side runs second); a first run over 5 s is the only run.
 */
function time(run: () => unknown, reps: number): number {
  const times: number[] = [];
  const first = performance.now();
  run();
  const firstMs = performance.now() - first;
  if (firstMs > 5000) return firstMs;
  if (firstMs >= 1000) times.push(firstMs);
  while (times.length < reps) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** `time` for asynchronous runs. */
async function timeAsync(run: () => Promise<unknown>, reps: number): Promise<number> {
  const times: number[] = [];
  const first = performance.now();
  await run();
  const firstMs = performance.now() - first;
  if (firstMs > 5000) return firstMs;
  if (firstMs >= 1000) times.push(firstMs);
  while (times.length < reps) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Row {
  size: number;
  metric: string;
  ours?: number;
  graphology?: number | string;
  note?: string;
}

/** The options and their defaults (each a list; only --sizes takes more than one number). */
const DEFAULTS = {
  sizes: [1000, 5000, 20000],
  reps: [3],
  samples: [256],
  workers: [2],
  "max-seconds": [240],
  seed: [1],
  programme: [10000],
};

type BenchOption = keyof typeof DEFAULTS;

const OPTIONS = Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: "string" }])) as Record<BenchOption, { type: "string" }>;

/** The numbers of each option, defaults where not given; throws `UsageError` for a bad value. */
function benchOptions(values: Partial<Record<BenchOption, string>>): Record<string, number[]> {
  const known: Record<string, number[]> = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as BenchOption[]) {
    const value = values[name];
    if (value === undefined) continue;
    const numbers = value.split(",").map(Number);
    if ((name !== "sizes" && numbers.length > 1) || numbers.some((v) => !Number.isInteger(v) || v < (name === "seed" || name === "programme" ? 0 : 1))) {
      throw new UsageError(`--${name} needs ${name === "sizes" ? "whole numbers separated by commas" : "a whole number"} (got "${value}")`);
    }
    known[name] = numbers;
  }
  if (known.sizes.some((n) => n < 10)) throw new UsageError("--sizes must each be at least 10 nodes");
  return known;
}

function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => {
    const g = typeof r.graphology === "number" ? r.graphology.toFixed(1) : (r.graphology ?? "");
    const ratio = typeof r.graphology === "number" && r.ours ? `${(r.graphology / r.ours).toFixed(1)}×` : "";
    return [String(r.size), r.metric, r.ours === undefined ? "" : r.ours.toFixed(1), g, ratio, r.note ?? ""];
  });
  const header = ["nodes", "metric", "ours ms", "graphology ms", "speed-up", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 || i === 5 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

async function benchSize(n: number, o: Record<string, number[]>, previous: Map<string, number>, io: CommandIO): Promise<Row[]> {
  const reps = o.reps[0];
  const { recovery, simple: graph } = benchGraphs(n, o.seed[0]);
  const work = n * graph.size;
  const rows: Row[] = [];
  const add = (metric: string, ours?: number, graphology?: number | string, note?: string) => {
    rows.push({ size: n, metric, ours, graphology, note });
    const g = typeof graphology === "number" ? ` graphology ${graphology.toFixed(1)} ms` : "";
    io.err(`  ${n} ${metric}: ours ${ours?.toFixed(1) ?? "-"} ms${g}`);
  };
  // Slow graphology timings are estimated from the previous size (cost ∝ n·m) and skipped when too long.
  const slow = (metric: string, run: () => unknown): number | string => {
    const before = previous.get(metric);
    if (before !== undefined) {
      const estimate = (before * work) / previous.get("work")!;
      if (estimate > o["max-seconds"][0] * 1000) return `skipped (≈${Math.round(estimate / 1000)} s)`;
    }
    const ms = time(run, reps);
    previous.set(metric, ms);
    return ms;
  };

  let csr: Csr = toCsr(recovery);
  add("build CSR", time(() => (csr = toCsr(recovery)), reps), undefined, `${n} nodes, ${csr.neighbors.length / 2} edges`);
  add("degree", time(() => degrees(csr), reps), time(() => graphologyDegree(graph), reps));
  let exact: Float64Array = new Float64Array(0);
  const gBetweenness = slow("betweenness", () => betweennessCentrality(graph, { normalized: true }));
  add("betweenness (exact)", time(() => (exact = betweenness(csr)), reps), gBetweenness);
  const parallel = await timeAsync(() => parallelShortestPaths(csr, { betweenness: true, distances: false }, { workers: o.workers[0] }), reps);
  add(`betweenness, ${o.workers[0]} workers`, parallel, gBetweenness, "incl. worker start-up");
  const k = Math.min(o.samples[0], n);
  let sampled: Float64Array = new Float64Array(0);
  const sampledMs = time(() => (sampled = sampledBetweenness(csr, k, o.seed[0])), reps);
  let maxError = 0;
  let sumError = 0;
  let maxExact = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.abs(sampled[i] - exact[i]);
    maxError = Math.max(maxError, e);
    sumError += e;
    maxExact = Math.max(maxExact, exact[i]);
  }
  add(`betweenness (k=${k} sampled)`, sampledMs, undefined, `abs error max ${maxError.toExponential(2)}, mean ${(sumError / n).toExponential(2)} (max exact ${maxExact.toFixed(4)})`);
  add("closeness", time(() => closeness(csr), reps), slow("closeness", () => closenessCentrality(graph, { wassermanFaust: true })));
  add("betweenness + closeness (1 BFS)", time(() => shortestPathRange(csr, 0, n, { betweenness: true, distances: true }), reps));
  add("eigenvector", time(() => eigenvector(csr), reps), time(() => eigenvectorCentrality(graph), reps));
  add("pagerank", time(() => pagerank(csr), reps), time(() => pagerankCentrality(graph, { getEdgeWeight: null }), reps));
  add("clustering", time(() => clustering(csr), reps), "n/a", "graphology-metrics has none");
  add("coreness", time(() => coreNumbers(csr), reps));
  add("components", time(() => components(csr), reps));
  const n1 = n;
  add("density", time(() => csr.neighbors.length / (n1 * (n1 - 1)), reps), time(() => graphologyDensity(graph), reps));
  add(
    "modularity (Louvain)",
    time(() => modularity(csr, louvainCommunities(csr, o.seed[0])), reps),
    time(() => {
      const communities = louvain(graph, { rng: createRng(o.seed[0]) });
      return graphologyModularity(graph, { getNodeCommunity: (node: string) => communities[node] });
    }, reps),
    "ours: own Louvain on the CSR; graphology-communities-louvain",
  );
  add("all structural metrics", time(() => computeStructural(recovery), reps), undefined, "computeStructural, CSR included");
  previous.set("work", work);
  return rows;
}

/**
 * The same comparison on a recovery network rather than a generic graph: the last wave of the
 * scaled programme (many people with a single tie, which the exact kernels fold away).
 */
function benchProgramme(people: number, o: Record<string, number[]>, io: CommandIO): Row[] {
  const reps = o.reps[0];
  const project = generateScaled({ nodes: people, seed: o.seed[0] });
  const at = project.waves.at(-1)?.date;
  const snapshot = snapshotAt(project, at);
  const graph = new UndirectedGraph();
  snapshot.forEachNode((id) => graph.addNode(id));
  snapshot.forEachEdge((_e, _a, source, target) => {
    if (source !== target) graph.mergeEdge(source, target);
  });
  const csr = toCsr(snapshot);
  const n = csr.ids.length;
  const where = `scaled programme (${people} people), last wave ${at}`;
  const rows: Row[] = [];
  const add = (metric: string, ours: number, graphology?: number, note = where) => {
    rows.push({ size: n, metric, ours, graphology, note });
    io.err(`  programme ${n} ${metric}: ours ${ours.toFixed(1)} ms${graphology === undefined ? "" : ` graphology ${graphology.toFixed(1)} ms`}`);
  };
  add("betweenness (exact)", time(() => betweenness(csr), reps), time(() => betweennessCentrality(graph, { normalized: true }), reps),
    `${where}; ${csr.neighbors.length / 2} ties`);
  add("closeness", time(() => closeness(csr), reps), time(() => closenessCentrality(graph, { wassermanFaust: true }), reps));
  add("all structural metrics", time(() => computeStructural(snapshot), reps));
  return rows;
}

/** The `bench` command. */
export const benchCommand = defineCommand({
  usage: USAGE,
  options: OPTIONS,
  positionals: false,
  run: async ({ values }, io) => {
    const options = benchOptions(values);
    const rows: Row[] = [];
    const previous = new Map<string, number>();
    for (const n of [...options.sizes].sort((a, b) => a - b)) rows.push(...(await benchSize(n, options, previous, io)));
    if (options.programme[0] > 0) rows.push(...benchProgramme(options.programme[0], options, io));
    io.out(formatTable(rows));
    io.out("\nspeed-up = graphology ms / ours ms (single-threaded unless a row says workers). Times are medians; the machine may be shared, so compare ratios.");
    return 0;
  },
});
