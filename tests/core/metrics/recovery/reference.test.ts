// Agreement with networkx 2.8 on the reference graphs (tests/fixtures/reference, values from
// scripts/reference/networkx_ego.py): effective size and constraint of every node to 1e-9.
import { readFileSync } from "node:fs";
import { MultiUndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { constraint } from "../../../../src/core/metrics/recovery/constraint.ts";
import { effectiveSize } from "../../../../src/core/metrics/recovery/effectiveSize.ts";
import type { RecoveryGraph } from "../../../../src/core/model/graph.ts";
import { projectSchema } from "../../../../src/core/model/schema.ts";

interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
}
interface Reference {
  graphs: Record<string, { effective_size: (number | null)[]; constraint: (number | null)[] }>;
}

const reference = JSON.parse(readFileSync(new URL("./networkx-ego.json", import.meta.url), "utf8")) as Reference;
const project = projectSchema.parse({ format: "recovery-networks", version: 1, nodes: [], ties: [] });

function load(name: string): { graph: RecoveryGraph; nodes: string[] } {
  const fixture = JSON.parse(
    readFileSync(new URL(`../../../fixtures/reference/${name}.json`, import.meta.url), "utf8"),
  ) as Fixture;
  const graph = new MultiUndirectedGraph() as unknown as RecoveryGraph;
  for (const id of fixture.nodes) graph.addNode(id, { id, label: id, kind: "service_user", attributes: {} });
  fixture.edges.forEach(([s, t], i) => {
    graph.addEdgeWithKey(`e${i}`, s, t, { id: `e${i}`, source: s, target: t, type: "friend", valence: "neutral", strength: 3, attributes: {} });
  });
  return { graph, nodes: fixture.nodes };
}

describe("effective size and constraint agree with networkx 2.8", () => {
  for (const name of Object.keys(reference.graphs)) {
    it(name, () => {
      const { graph, nodes } = load(name);
      const expected = reference.graphs[name];
      const size = effectiveSize.fn(graph, {}, { project, at: undefined });
      const burt = constraint.fn(graph, {}, { project, at: undefined });
      nodes.forEach((id, i) => {
        for (const [actual, want] of [
          [size.get(id)!, expected.effective_size[i]],
          [burt.get(id)!, expected.constraint[i]],
        ] as const) {
          if (want === null) expect(actual, id).toBeNaN();
          else expect(Math.abs(actual - want), `${name} ${id}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(want)));
        }
      });
    });
  }
});
