import { describe, expect, it } from "vitest";
import { computeTimeline, seriesCsv, timelineCsv, timelineHeader } from "../../../src/core/timeline/index.ts";
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
