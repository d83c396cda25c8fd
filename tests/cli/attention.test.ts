// `npx recovery-networks attention`: the ranked list on the sample programme, in its three formats.
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const programme = new URL("../../datasets/programme.json", import.meta.url).pathname;

describe("recovery-networks attention", () => {
  it("prints the ranked list with headline reasons and the per-rule counts", async () => {
    const { code, out } = await runCli("attention", programme, "--at", "2015-04-01");
    expect(code).toBe(0);
    expect(out).toContain("Needs attention at 2015-04-01: 20 of 79 clients (25%).");
    expect(out).toContain("1. Chris Draydene (su-0004) · Maidstone · keyworker Jesse Hopcroft (until 2014-06-10)");
    expect(out).toContain("   No ties at all: no ties with anyone at this date, including workers (since Q9 (2014-07-01), 4 reviews)");
    expect(out).toContain("  * No ties at all: 11");
    expect(out).toContain("    No group membership: 37");
  });

  it("writes JSON rows in rank order and CSV with readable headers", async () => {
    const json = JSON.parse((await runCli("attention", programme, "--at", "2015-04-01", "--format", "json")).out);
    expect(json.rows).toHaveLength(20);
    expect(json.rows[11]).toMatchObject({ rank: 12, client: "su-0010", headline: { reason: "supportive_ties_lost", words: "lost 5 of 6 supportive ties since the last review, Q11 (2015-01-01)" } });
    const csv = (await runCli("attention", programme, "--at", "2015-04-01", "--format", "csv")).out.split("\n");
    expect(csv[0]).toBe("Rank,Client,Name,Hub,Keyworker,Headline reason,Evidence,Since,Other reasons,Trend (people/supportive),Reviewed");
    expect(csv).toHaveLength(22); // header, 20 rows, final newline
  });

  it("refuses an unknown format with exit code 2", async () => {
    const { code, err } = await runCli("attention", programme, "--format", "xml");
    expect(code).toBe(2);
    expect(err).toContain('--format must be text, json or csv, not "xml"');
  });
});
