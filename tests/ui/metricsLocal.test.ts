import { describe, expect, test } from "vitest";
import { preferentialAttachment } from "../../src/core/generate/preferentialAttachment.ts";
import { snapshotAt } from "../../src/core/model/snapshot.ts";
import { fullReportInWorker, isPartialReport, localReport } from "../../src/ui/metricsLocal.ts";

describe("how much the page computes for a snapshot", () => {
  test("the worker takes on snapshots up to about 1e8 of nodes × (nodes + ties)", () => {
    expect(fullReportInWorker(419, 635)).toBe(true); // the sample's latest wave
    expect(fullReportInWorker(2755, 4386)).toBe(true); // the scaled programme at 10,000 people
    expect(fullReportInWorker(5000, 14991)).toBe(true);
    expect(fullReportInWorker(10000, 29991)).toBe(false);
    expect(fullReportInWorker(20000, 59991)).toBe(false);
  });

  test("a small snapshot gets the full report on the page; a large one degree and strength, marked partial", () => {
    const small = localReport(preferentialAttachment({ nodes: 50, edgesPerNode: 2, seed: 3 }), undefined);
    expect(isPartialReport(small)).toBe(false);
    expect(small.nodes["0"]).toHaveProperty("betweenness");

    const project = preferentialAttachment({ nodes: 1200, edgesPerNode: 2, seed: 3 });
    const large = localReport(project, undefined);
    expect(isPartialReport(large)).toBe(true);
    expect(large.network).toEqual({ nodes: 1200, ties: project.ties.length });
    const graph = snapshotAt(project, undefined);
    for (const id of ["0", "7", "1199"]) {
      let strength = 0;
      graph.forEachEdge(id, (_e, tie) => (strength += tie.strength));
      expect(large.nodes[id]).toEqual({ degree: graph.degree(id), strength });
    }
  });
});
