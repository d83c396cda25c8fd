import { describe, expect, it } from "vitest";
import { computeTimeline, dashboardCsvValue, dashboardHeader, seriesCsv, timelineCsv, timelineHeader } from "../../../src/core/timeline/index.ts";
import { fixture } from "../metrics/recovery/fixture.ts";

describe("timelineHeader", () => {
  it("is the descriptor's label, with the range for shares, and refuses an unknown key", () => {
    expect(timelineHeader("nodes")).toBe("Nodes");
    expect(timelineHeader("shareWithGroup")).toBe("Service users in a group (0–1)");
    expect(timelineHeader("density")).toBe("Density (0–1)");
    expect(timelineHeader("isolatedServiceUsersShare")).toBe("Share of service users isolated (0–1)");
    expect(() => timelineHeader("fooBar")).toThrow(/no network metric has the output key "fooBar"/);
  });
});

describe("timelineCsv", () => {
  it("writes Date, Wave and one readable column per value, the isolated share after its count", () => {
    const p = fixture();
    const { steps } = computeTimeline(p, { every: "month" });
    const lines = timelineCsv(p, steps).trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    const head = lines[0].split(",");
    expect(head.slice(0, 4)).toEqual(["Date", "Wave", "Nodes", "Ties"]);
    const at = (name: string) => head.indexOf(name);
    expect(at("Share of service users isolated (0–1)")).toBe(at("Isolated service users") + 1);
    expect(head).toContain("E–I index (recovery ↔ wider community)");
    expect(new Set(head).size).toBe(head.length);
    const first = lines[1].split(",");
    expect(first.slice(0, 3)).toEqual(["2024-01-01", "Baseline", "11"]);
    expect(first[at("Isolated service users")]).toBe("1");
    expect(first[at("Share of service users isolated (0–1)")]).toBe("0.25");
    expect(lines[3].split(",").slice(0, 2)).toEqual(["2024-03-01", ""]); // not a wave
    expect(lines[6].split(",")[1]).toBe("6 months");
  });

  it("puts a lead column first, quotes text with commas, and refuses a lead of the wrong length", () => {
    const p = fixture();
    const { steps } = computeTimeline(p);
    const lines = timelineCsv(p, steps, { header: "Hub", values: ["Maidstone, north", "Sevenoaks"] }).split("\n");
    expect(lines[0].startsWith("Hub,Date,Wave,Nodes,")).toBe(true);
    expect(lines[1].startsWith('"Maidstone, north",2024-01-01,Baseline,')).toBe(true);
    expect(() => timelineCsv(p, steps, { header: "Hub", values: ["one"] })).toThrow(/1 "Hub" values for 2 rows/);
  });
});

describe("timelineCsv with the dashboard's columns", () => {
  it("writes the service users and the dashboard's indicators, shares in % to one decimal", () => {
    const p = fixture();
    const { steps } = computeTimeline(p);
    const lines = timelineCsv(p, steps, undefined, "dashboard").trimEnd().split("\n");
    expect(lines[0]).toBe(
      "Date,Wave,Service users,Service users in a group (%),Service users with a supportive peer (%),Service users with a peer mentor (%)," +
        "Isolated service users,Isolated service users (%),Bridging ties between groups,Components,Largest component share (%),Density (0 to 1)," +
        "Peer mentors' share of brokerage (%)",
    );
    const first = lines[1].split(",");
    expect(first.slice(0, 3)).toEqual(["2024-01-01", "Baseline", "4"]);
    expect(first[5]).toBe("25"); // one of four with a peer mentor
    expect(first[6]).toBe("1");
    expect(first[7]).toBe("25");
    expect(lines).toHaveLength(3);
  });

  it("rounds shares to one decimal of a percent and ratios to four figures", () => {
    expect(dashboardCsvValue({ unit: "share" }, 0.531645)).toBe(53.2);
    expect(dashboardCsvValue({ unit: "ratio" }, 0.005723612)).toBe(0.005724);
    expect(dashboardCsvValue({ unit: "count" }, 12)).toBe(12);
    expect(dashboardCsvValue({ unit: "share" }, Number.NaN)).toBeNaN();
    expect(dashboardHeader({ label: "Density", unit: "ratio" })).toBe("Density (0 to 1)");
  });
});

describe("seriesCsv", () => {
  it("writes one indicator's series side by side with the wave names, and refuses a short series", () => {
    const p = fixture();
    const dates = ["2024-01-01", "2024-03-01", "2024-06-01"];
    expect(seriesCsv(p, dates, "Density (0–1)", [{ name: "Whole programme", values: [0.5, Number.NaN, 0.25] }])).toBe(
      "Date,Wave,Density (0–1)\n2024-01-01,Baseline,0.5\n2024-03-01,,\n2024-06-01,6 months,0.25\n",
    );
    const two = seriesCsv(p, dates, "Components", [{ name: "North, east", values: [1, 2, 3] }, { name: "South", values: [4, 5, 6] }]);
    expect(two.split("\n")[0]).toBe('Date,Wave,"North, east: Components",South: Components');
    expect(() => seriesCsv(p, dates, "X", [{ name: "South", values: [1] }])).toThrow(/"South" has 1 values for 3 dates/);
  });
});
