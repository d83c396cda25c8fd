// The metrics JSON: `warnings` appears only when a metric did not converge.
import { describe, expect, it } from "vitest";
import { reportCsv, reportJson } from "../../src/cli/commands/metricsOutput.ts";
import { projectSchema } from "../../src/core/model/schema.ts";
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

describe("measures as of the date in the metrics output", () => {
  const project = projectSchema.parse({
    format: "recovery-networks",
    version: 1,
    nodes: [
      { id: "a", label: "A", kind: "service_user", use_status: "active_use" },
      { id: "b", label: "B", kind: "peer_mentor" },
    ],
    ties: [{ id: "ab", source: "a", target: "b", type: "mentoring", valence: "supportive" }],
    observations: [
      { subject: "a", date: "2024-03-01", measure: "use_status", value: "reduced_use" },
      { subject: "a", date: "2024-01-01", measure: "barc10", value: 22 },
      { subject: "a", date: "2024-06-01", measure: "barc10", value: 35 },
    ],
  });

  it("JSON gives each node's measures with the date recorded, null for the node's own field", () => {
    const march = JSON.parse(reportJson(computeReport(project, "2024-03-01"), project));
    expect(Object.keys(march)).toEqual(["at", "network", "nodes", "flags", "measures"]);
    expect(march.measures).toEqual({
      a: { barc10: { value: 22, date: "2024-01-01" }, use_status: { value: "reduced_use", date: "2024-03-01" } },
    });
    const february = JSON.parse(reportJson(computeReport(project, "2024-02-01"), project));
    expect(february.measures.a.use_status).toEqual({ value: "active_use", date: null });
  });

  it("CSV has a column per measure and its date after node and kind", () => {
    const lines = reportCsv(computeReport(project, "2024-06-01"), project).trimEnd().split("\n");
    const header = lines[0].split(",");
    expect(header.slice(0, 6)).toEqual(["node", "kind", "barc10", "barc10_date", "use_status", "use_status_date"]);
    expect(lines.find((l) => l.startsWith("a,"))!.split(",").slice(0, 6)).toEqual(["a", "service_user", "35", "2024-06-01", "reduced_use", "2024-03-01"]);
    expect(lines.find((l) => l.startsWith("b,"))!.split(",").slice(0, 6)).toEqual(["b", "peer_mentor", "", "", "", ""]);
  });
});
