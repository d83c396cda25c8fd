// One snapshot's shared intermediate results: the CSR is built once, and the BFS pass, the
// triangles, the components and the Louvain partition are each computed once however many
// metrics need them. Every structural descriptor computes from a cache.
import type Graph from "graphology";
import { toCsr, type Csr } from "../csr.ts";
import { components, type Components } from "../kernels/components.ts";
import { distanceSums } from "../kernels/distanceSums.ts";
import { louvainCommunities } from "../kernels/louvain.ts";
import { allShortestPaths } from "../kernels/leafFolding.ts";
import type { RangeResult } from "../kernels/shortestPaths.ts";
import { triangles } from "../kernels/clustering.ts";

/** Lazily computed, memoised intermediate results for one graph. */
export class StructuralCache {
  /** The graph's CSR adjacency. */
  readonly csr: Csr;
  /** The graph itself, for node attributes such as `kind`. */
  readonly graph: Graph;
  /** Set before the first BFS when both betweenness and closeness will be asked for, so one pass serves both. */
  wantBetweenness = false;
  /** See `wantBetweenness`. */
  wantDistances = false;
  private paths?: RangeResult;
  private tri?: Float64Array;
  private comps?: Components;
  private readonly communities = new Map<string, Int32Array>();

  constructor(graph: Graph) {
    this.graph = graph;
    this.csr = toCsr(graph);
  }

  /** Number of nodes. */
  get n(): number {
    return this.csr.ids.length;
  }

  /** Exact all-sources BFS results (raw betweenness, distance sums, reach). */
  shortestPaths(need: "betweenness" | "distances"): RangeResult {
    const missing = this.paths === undefined
      || (need === "betweenness" && !this.paths.betweenness)
      || (need === "distances" && !this.paths.distanceSum);
    if (missing) {
      const betweenness = need === "betweenness" || this.wantBetweenness || Boolean(this.paths?.betweenness);
      const distances = need === "distances" || this.wantDistances || Boolean(this.paths?.distanceSum);
      // Distances alone come faster from the bit-parallel search; with betweenness, Brandes'
      // BFS gives them at no extra cost.
      this.paths = betweenness ? allShortestPaths(this.csr, { betweenness, distances }) : distanceSums(this.csr);
    }
    return this.paths!;
  }

  /**
   * Supplies all-sources BFS results computed elsewhere (for example by worker threads), so
   * betweenness and closeness read them instead of running the BFS here. They must cover every
   * source of this graph's CSR.
   */
  provideShortestPaths(result: RangeResult): void {
    const n = this.n;
    if ((result.betweenness && result.betweenness.length !== n) || (result.distanceSum && result.distanceSum.length !== n)) {
      throw new RangeError(`StructuralCache: shortest-path results do not match this graph's ${n} nodes`);
    }
    this.paths = result;
  }

  /** Triangles through each node. */
  triangles(): Float64Array {
    this.tri ??= triangles(this.csr);
    return this.tri;
  }

  /** Connected components. */
  components(): Components {
    this.comps ??= components(this.csr);
    return this.comps;
  }

  /** Seeded Louvain communities for a seed and resolution. */
  louvain(seed: number, resolution: number): Int32Array {
    const key = `${seed}/${resolution}`;
    let labels = this.communities.get(key);
    if (!labels) {
      labels = louvainCommunities(this.csr, seed, resolution);
      this.communities.set(key, labels);
    }
    return labels;
  }

  /** The `kind` of each node (a generic graph's node without one counts as `community_member`). */
  kinds(): string[] {
    return this.csr.ids.map((id) => {
      const kind = this.graph.getNodeAttribute(id, "kind");
      return typeof kind === "string" ? kind : "community_member";
    });
  }

  /** Values by node index → a map keyed by node id. */
  byId(values: ArrayLike<number>): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i < this.csr.ids.length; i++) out.set(this.csr.ids[i], values[i]);
    return out;
  }
}
