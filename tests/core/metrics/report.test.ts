import { describe, expect, it } from "vitest";
import { computeReport, outputKey, previousWaveDate } from "../../../src/core/metrics/report.ts";
import { fixture } from "./recovery/fixture.ts";

describe("computeReport", () => {
  it("defaults to the latest date and compares with the latest wave before it", () => {
    const report = computeReport(fixture());
    expect(report.at).toBe("2024-06-01");
    expect(report.previousAt).toBe("2024-01-01");
  });

  it("carries a warning when PageRank stopped before converging, and none otherwise", () => {
    expect(computeReport(fixture()).warnings).toEqual([]);
    const capped = computeReport(fixture(), undefined, { structural: { params: { pagerank: { maxIter: 2 } } } });
    expect(capped.warnings).toEqual([{ metric: "pagerank", text: "PageRank stopped after 2 iterations without converging: the values are approximate." }]);
  });

  it("joins structural metrics, network indicators and flags for one snapshot", () => {
    const report = computeReport(fixture(), "2024-06-01");
    expect(report.network.nodes).toBe(11);
    expect(report.network.ties).toBe(12); // t13 ended on 2024-03-01
    expect(report.network.isolates).toBe(1);
    expect(report.network.eiIndex).toBeCloseTo(1 / 3, 15);
    expect(report.network.mentorBrokerageShare).toBeCloseTo(3.5 / 64, 12);
    for (const key of ["density", "components", "transitivity", "averageClustering", "modularity", "kindServiceUser"]) {
      expect(report.network).toHaveProperty(key);
    }
    const s1 = report.nodes.s1;
    expect(s1.degree).toBe(5); // distinct neighbours: the two ties with fr collapse
    expect(s1.betweenness).toBeCloseTo(26.5 / 45, 12); // networkx, normalised by (n−1)(n−2)/2
    expect(s1.networkSize).toBe(4);
    expect(s1.tiesGained).toBe(1);
    expect(report.nodes.g1.degree).toBe(2);
    expect(report.nodes.g1).not.toHaveProperty("networkSize");
    expect(report.flags).toHaveLength(16);
    expect(report.flags[0]).toEqual({
      node: "s1",
      flag: "new_risk_ties",
      evidence: { text: "1 new risk tie since 2024-01-01", values: { gained: 1 } },
    });
  });

  it("has no previous wave at the first wave, so change indicators are NaN (null in JSON)", () => {
    const report = computeReport(fixture(), "2024-01-01");
    expect(report.previousAt).toBeUndefined();
    expect(report.nodes.s1.tiesGained).toBeNaN();
    expect(JSON.parse(JSON.stringify(report.nodes.s1)).tiesGained).toBeNull();
    expect(report.network.ties).toBe(12); // t13 on, t4 not yet
  });

  it("passes flag settings through", () => {
    const report = computeReport(fixture(), "2024-06-01", { flags: { kinds: ["peer_mentor"] } });
    expect(report.flags.map((f) => f.flag)).toEqual(["few_people"]) // m: one person (s1), in g1;
  });

  it("uses the flag thresholds the project keeps (meta.attention.settings), under any passed in", () => {
    const saved = (settings: Record<string, number | string[]>) => {
      const project = fixture();
      return { ...project, meta: { ...project.meta, attention: { settings, marks: [] } } };
    };
    // The list's own setting (listOn) is not a flag threshold and is left out.
    const kept = saved({ kinds: ["peer_mentor"], listOn: ["no_ties"] });
    expect(computeReport(kept, "2024-06-01").flags.map((f) => f.flag)).toEqual(["few_people"]);
    // m is tied to one person: with minPeople 1 saved, nobody has fewer than that.
    const lowered = saved({ kinds: ["peer_mentor"], minPeople: 1 });
    expect(computeReport(lowered, "2024-06-01").flags).toEqual([]);
    expect(computeReport(lowered, "2024-06-01", { flags: { minPeople: 3 } }).flags.map((f) => f.flag)).toEqual(["few_people"]);
    // A threshold out of bounds sets the saved ones aside, with a warning, instead of stopping the report.
    const wrong = computeReport(saved({ kinds: ["peer_mentor"], minPeople: 0 }), "2024-06-01");
    expect(wrong.flags.map((f) => f.flag)).toEqual(computeReport(fixture(), "2024-06-01").flags.map((f) => f.flag));
    expect(wrong.warnings).toEqual([{ metric: "flags", text: expect.stringMatching(/^The flags use the default thresholds: the project's meta\.attention\.settings\.minPeople /) }]);
  });
});

describe("report helpers", () => {
  it("outputKey camel-cases ids and renames the counts", () => {
    expect(outputKey("average_clustering")).toBe("averageClustering");
    expect(outputKey("node_count")).toBe("nodes");
    expect(outputKey("tie_count")).toBe("ties");
    expect(outputKey("kind_service_user")).toBe("kindServiceUser");
    expect(outputKey("degree")).toBe("degree");
  });
  it("previousWaveDate is strictly before", () => {
    expect(previousWaveDate(fixture(), "2024-06-01")).toBe("2024-01-01");
    expect(previousWaveDate(fixture(), "2024-06-02")).toBe("2024-06-01");
    expect(previousWaveDate(fixture(), "2024-01-01")).toBeUndefined();
    expect(previousWaveDate(fixture(), undefined)).toBeUndefined();
  });
});
