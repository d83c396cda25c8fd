import { describe, expect, test } from "vitest";
import { preferentialAttachment } from "../../src/core/generate/preferentialAttachment.ts";
import { computeReport } from "../../src/core/metrics/report.ts";
import { fullReportInWorker, isPartialReport, localReport } from "../../src/ui/metricsLocal.ts";

describe("how much the page computes for a snapshot", () => {
  test("the worker takes on snapshots up to about 1e8 of nodes × (nodes + ties)", () => {
    expect(fullReportInWorker(419, 635)).toBe(true); // the sample's latest wave
    expect(fullReportInWorker(2755, 4386)).toBe(true); // the scaled programme at 10,000 people
    expect(fullReportInWorker(5000, 14991)).toBe(true);
    expect(fullReportInWorker(10000, 29991)).toBe(false);
    expect(fullReportInWorker(20000, 59991)).toBe(false);
  });

  test("a lowered limit sends a small snapshot the same way: 10 × (10 + 20) = 300", () => {
    expect(fullReportInWorker(10, 20, { workerReportWork: 300 })).toBe(true);
    expect(fullReportInWorker(10, 21, { workerReportWork: 300 })).toBe(false);
  });

  test("a small snapshot gets the full report on the page; a large one degree and strength, marked partial", () => {
    const small = localReport(preferentialAttachment({ nodes: 50, edgesPerNode: 2, seed: 3 }), undefined);
    expect(isPartialReport(small)).toBe(false);
    expect(small.nodes["0"]).toHaveProperty("betweenness");

    // Above the limit (lowered from 1,000 nodes to 40, so the graph can stay small).
    const project = preferentialAttachment({ nodes: 50, edgesPerNode: 2, seed: 3 });
    const large = localReport(project, undefined, { fullReportLimit: 40 });
    expect(isPartialReport(large)).toBe(true);
    expect(large.network).toEqual({ nodes: 50, ties: project.ties.length });
    expect(isPartialReport(localReport(project, undefined, { fullReportLimit: 50 }))).toBe(false);
    // Degree and strength are the full report's: distinct neighbours, and the project's tie weight
    // (none for a generated generic graph: every tie counts 1, not its default strength of 3).
    const full = computeReport(project, undefined);
    for (const id of ["0", "7", "49"]) {
      expect(large.nodes[id]).toEqual({ degree: full.nodes[id].degree, strength: full.nodes[id].strength });
    }
    expect(large.nodes["7"].strength).toBe(full.nodes["7"].degree);
  });
});
