// The metrics JSON: `warnings` appears only when a metric did not converge.
import { describe, expect, it } from "vitest";
import { reportJson } from "../../src/cli/commands/metricsOutput.ts";
import { computeReport } from "../../src/core/metrics/report.ts";
import { fixture } from "../core/metrics/recovery/fixture.ts";

describe("reportJson", () => {
  it("has no warnings key when every metric converged", () => {
    expect(Object.keys(JSON.parse(reportJson(computeReport(fixture()))))).toEqual(["at", "network", "nodes", "flags"]);
  });

  it("lists the metrics that did not converge, in plain words", () => {
    const report = computeReport(fixture(), undefined, { structural: { params: { eigenvector: { maxIter: 1 } } } });
    const json = JSON.parse(reportJson(report));
    expect(Object.keys(json)).toEqual(["at", "network", "nodes", "flags", "warnings"]);
    expect(json.warnings).toEqual([
      { metric: "eigenvector", text: "Eigenvector centrality stopped after 1 step on a component without converging: the values are approximate." },
    ]);
  });
});
