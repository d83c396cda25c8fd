import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";
import { reportJson } from "../../src/cli/commands/metricsOutput.ts";
import { computeReport } from "../../src/core/metrics/report.ts";
import { computeTimeline, timelineCsv } from "../../src/core/timeline/index.ts";
import type { Project } from "../../src/core/model/schema.ts";
import { fixture } from "../core/metrics/recovery/fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "rn-metrics-"));
const projectFile = join(dir, "fixture.json");
writeFileSync(projectFile, JSON.stringify(fixture()));

const run = runCli;

describe("recovery-networks metrics", () => {
  it("prints {at, network, nodes, flags} for the latest date", async () => {
    const { code, out } = await run("metrics", projectFile);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["at", "network", "nodes", "flags"]);
    expect(json.at).toBe("2024-06-01");
    for (const key of ["nodes", "ties", "density", "components", "isolates", "transitivity", "averageClustering", "modularity"]) {
      expect(json.network).toHaveProperty(key);
    }
    expect(json.network.nodes).toBe(11);
    expect(json.network.ties).toBe(12);
    for (const key of ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "clustering", "coreness", "component", "community"]) {
      expect(json.nodes.s1).toHaveProperty(key);
    }
    expect(json.nodes.s1.networkSize).toBe(4);
    expect(json.nodes.s3.effectiveSize).toBeNull(); // undefined for an isolate
    expect(json.flags).toHaveLength(16);
    expect(json.flags[0]).toEqual({
      node: "s1",
      flag: "new_risk_ties",
      evidence: { text: "1 new risk tie since 2024-01-01", values: { gained: 1 } },
    });
  });

  it("takes --at and writes CSV with one row per node and the flags in a column", async () => {
    const out = join(dir, "m.csv");
    const { code, err } = await run("metrics", projectFile, "--at", "2024-01-01", "--format", "csv", "--out", out);
    expect(code).toBe(0);
    expect(err).toContain("Wrote");
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(12);
    const header = lines[0].split(",");
    expect(header.slice(0, 3)).toEqual(["node", "kind", "degree"]);
    expect(header.at(-1)).toBe("flags");
    const s3 = lines.find((l) => l.startsWith("s3,"))!.split(",");
    expect(s3[1]).toBe("service_user");
    expect(s3.at(-1)).toBe("no_ties; no_supportive_personal_tie; no_group; no_recovery_support; few_people");
    expect(s3[header.indexOf("effectiveSize")]).toBe("");
    expect(s3[header.indexOf("tiesGained")]).toBe(""); // no wave before 2024-01-01
  });

  it("rejects a bad date, an unknown option and a missing file list with usage (exit 2)", async () => {
    expect((await run("metrics", projectFile, "--at", "2024-02-30")).code).toBe(2);
    expect((await run("metrics", projectFile, "--colour", "red")).err).toContain('unknown option "--colour"');
    expect((await run("metrics")).code).toBe(2);
  });

  it("prints the same bytes with --workers 1, 2 and 3, close to the single-pass computeReport (the page's path)", async () => {
    const sample = fileURLToPath(new URL("../../datasets/programme.json", import.meta.url));
    const one = await run("metrics", sample, "--workers", "1");
    expect(one.code).toBe(0);
    for (const workers of ["2", "3"]) {
      const many = await run("metrics", sample, "--workers", workers);
      expect(many.code).toBe(0);
      expect(many.out === one.out, `--workers ${workers} prints what --workers 1 prints`).toBe(true);
    }
    // The single-pass kernel adds source by source; the CLI adds fixed ranges: equal up to rounding.
    const project = JSON.parse(readFileSync(sample, "utf8")) as Project;
    const a = JSON.parse(reportJson(computeReport(project))) as { network: Record<string, number | null>; nodes: Record<string, Record<string, number | null>>; flags: unknown[] };
    const b = JSON.parse(one.out) as typeof a;
    expect(Object.keys(b.nodes)).toEqual(Object.keys(a.nodes));
    expect(b.flags).toEqual(a.flags);
    let compared = 0;
    for (const [id, values] of Object.entries(a.nodes)) {
      for (const [key, value] of Object.entries(values)) {
        const other = b.nodes[id][key];
        if (typeof value === "number" && typeof other === "number") {
          expect(Math.abs(other - value), `${id} ${key}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
          compared++;
        } else expect(other, `${id} ${key}`).toBe(value);
      }
    }
    expect(compared).toBeGreaterThan(419 * 10);
    expect(a.nodes["su-0151"].betweenness).toBeGreaterThan(0);
  }, 60_000);

  it("rejects --workers that is not a whole number from 1 to 64 (exit 2)", async () => {
    for (const bad of ["0", "two", "1.5", "65"]) {
      const result = await run("metrics", projectFile, "--workers", bad);
      expect(result.code, bad).toBe(2);
      expect(result.err).toContain(`--workers must be a whole number from 1 to 64, not "${bad}"`);
    }
  });

  it("reports every problem of an invalid project with its place, and computes nothing (exit 1)", async () => {
    const bad = join(dir, "bad.json");
    const p = fixture() as unknown as { ties: { valence: string; target: string }[] };
    p.ties[0].valence = "great";
    p.ties[1].target = "nobody";
    writeFileSync(bad, JSON.stringify(p));
    const { code, out, err } = await run("metrics", bad);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("ties[0].valence");
    expect(err).toContain("Use one of supportive, neutral, risk");
  });
});

describe("recovery-networks timeline", () => {
  it("prints one row per wave with the network indicators", async () => {
    const { code, out } = await run("timeline", projectFile);
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.map((r: { date: string }) => r.date)).toEqual(["2024-01-01", "2024-06-01"]);
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(["date", "nodes", "ties"]);
    expect(rows[1].isolatedServiceUsers).toBe(1);
    expect(rows[0].typePeerSupport).toBe(1);
    expect(rows[1].typePeerSupport).toBe(0);
  });

  it("steps by month as CSV with readable headers and the wave names", async () => {
    const { code, out } = await run("timeline", projectFile, "--every", "month", "--format", "csv");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0].startsWith("Date,Wave,Nodes,Ties,")).toBe(true);
    expect(lines[1].startsWith("2024-01-01,Baseline,11,")).toBe(true);
    expect(lines[3].startsWith("2024-03-01,,11,12,")).toBe(true);
    expect(lines[6].startsWith("2024-06-01,6 months,")).toBe(true);
  });

  it("writes the dashboard's columns with --columns dashboard, the same bytes as the page's Numbers CSV", async () => {
    const { code, out } = await run("timeline", projectFile, "--format", "csv", "--columns", "dashboard");
    expect(code).toBe(0);
    const project = fixture();
    expect(out).toBe(timelineCsv(project, computeTimeline(project).steps, undefined, "dashboard"));
    expect(out.split("\n")[0].startsWith("Date,Wave,Service users,Service users in a group (%),")).toBe(true);
    expect(out.split("\n")[1].split(",").slice(0, 3)).toEqual(["2024-01-01", "Baseline", "4"]);
    expect((await run("timeline", projectFile, "--format", "csv", "--columns", "some")).code).toBe(2);
    expect((await run("timeline", projectFile, "--columns", "dashboard")).code).toBe(2); // JSON has every value
  });

  it("explains what to do when there are no waves, and rejects an unknown step", async () => {
    const p = fixture();
    p.waves = [];
    const noWaves = join(dir, "nowaves.json");
    writeFileSync(noWaves, JSON.stringify(p));
    const { code, err } = await run("timeline", noWaves);
    expect(code).toBe(1);
    expect(err).toContain("Use --every month or --every quarter");
    expect((await run("timeline", projectFile, "--every", "week")).code).toBe(2);
  });
});

describe("recovery-networks metrics --flag-settings", () => {
  it("applies thresholds from a JSON file", async () => {
    const settings = join(dir, "flags.json");
    writeFileSync(settings, JSON.stringify({ minPeople: 1, kinds: ["service_user"] }));
    const { code, out } = await run("metrics", projectFile, "--flag-settings", settings);
    expect(code).toBe(0);
    const flags = JSON.parse(out).flags.map((f: { node: string; flag: string }) => `${f.node}:${f.flag}`);
    expect(flags).toContain("s3:few_people"); // 0 people < 1
    expect(flags).not.toContain("s2:few_people"); // 1 person is enough now
  });

  it("reports each bad setting by name, and computes nothing", async () => {
    const settings = join(dir, "badflags.json");
    writeFileSync(settings, JSON.stringify({ minPeople: 0, riskShare: 0.4 }));
    const { code, out, err } = await run("metrics", projectFile, "--flag-settings", settings);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("badflags.json, minPeople:");
    expect(err).toContain("riskShare");
  });
});

describe("metrics and timeline read every input format", () => {
  const exampleCsv = fileURLToPath(new URL("../../datasets/example-csv", import.meta.url));

  it("computes the metrics of a CSV project given as its folder", async () => {
    const { code, out } = await run("metrics", exampleCsv, "--at", "2024-06-01");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // At 2024-06-01 Sam has his mentor, his sister and the café: a star of 4 nodes and 3 ties.
    expect(json.network).toMatchObject({ nodes: 4, ties: 3, density: 0.5, components: 1, isolates: 0 });
    expect(json.nodes.su1.degree).toBe(3);
    expect(json.nodes.su1.betweenness).toBe(1);
  });

  it("gives a timeline of a CSV project by wave", async () => {
    const { code, out } = await run("timeline", exampleCsv);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((row: { date: string; ties: number }) => [row.date, row.ties])).toEqual([
      ["2024-04-01", 1],
      ["2024-10-01", 3],
    ]);
  });
});
