import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const bad = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));
const datasets = fileURLToPath(new URL("../../datasets/", import.meta.url));

const run = runCli;

/** What each JSON and CSV fixture must say, after its path: the place, then the problem. */
const EXPECTED: Record<string, string[]> = {
  "json-duplicate-node-id.json": ['nodes[1].id: duplicate id "a" (first used at nodes[0].id)'],
  "json-tie-to-missing-node.json": ['ties[0].target: tie "t1" refers to target node "zz", which is not in the nodes'],
  "json-unknown-kind.json": ['nodes[0].kind: "kind" is "alien", which is not one of service_user, peer_mentor, family, friend, worker, community_member, group'],
  "json-unknown-valence.json": ['ties[0].valence: "valence" is "good", which is not one of supportive, neutral, risk'],
  "json-strength-out-of-range.json": ['ties[0].strength: "strength" must be from 1 to 5'],
  "json-bad-date.json": ['nodes[0].start: "start" is not a date in YYYY-MM-DD form'],
  "json-end-before-start.json": ["nodes[0].end: end 2024-01-01 is not after start 2024-05-01"],
  "json-proto-attribute.json": ['nodes[0].attributes.__proto__: "__proto__" cannot be a key'],
  "json-wrong-format.json": ['format: has format "something-else", so it is not a Recovery Networks project'],
  "json-future-version.json": ["version: is project format version 99, and this tool reads versions 1, 2, 3 and 4"],
  "json-broken-syntax.json": ['line 1, column 97: is not valid JSON: expected "," or "}"'],
  "json-observation-of-missing-node.json": ['observations[0].subject: observation of "ghost", which is not in the nodes'],
  "json-empty.json": [": the file is empty"],
  "csv-wrong-headers": ['nodes.csv, row 1: no "id" column (found "person", "type"', 'ties.csv, row 1: no "source" or "target" column (found "giver", "taker"'],
  "csv-tie-to-missing-node": ['ties.csv, row 3, column "target": tie "t2" refers to target node "c"'],
  "csv-unquoted-comma": ["nodes.csv, row 2: the row has 4 cells but the header has 3 columns"],
  "csv-bad-uk-date": ['nodes.csv, row 2, column "start": "start" is "31/13/2024", which is not a date'],
  "csv-missing-ties-file": ["csv-missing-ties-file/ties.csv: is missing"],
  "csv-empty-nodes-file": ["nodes.csv: the file is empty: it needs a header row"],
  "csv-reserved-node-ids": [
    'nodes.csv, row 2, column "id": "__proto__" cannot be a node id',
    'nodes.csv, row 3, column "id": "constructor" cannot be a node id',
    'nodes.csv, row 4, column "id": "toString" cannot be a node id',
    'nodes.csv, row 5, column "id": "hasOwnProperty" cannot be a node id',
  ],
  "csv-duplicate-tie-id": ['ties.csv, row 3, column "id": duplicate id "t1" (first used at row 2, column "id")'],
};

describe("recovery-networks validate", () => {
  it("accepts the sample project", async () => {
    const { code, out } = await run("validate", `${datasets}programme.json`);
    expect(code).toBe(0);
    expect(out).toMatch(/^ok: 1568 nodes, 3365 ties/);
  });

  it.each(Object.entries(EXPECTED))("rejects %s, naming the place of each problem", async (name, messages) => {
    const { code, err } = await run("validate", `${bad}${name}`);
    expect(code).toBe(1);
    for (const message of messages) expect(err).toContain(message);
    expect(err.split("\n")).toHaveLength(messages.length);
  });

  it("rejects every file and folder under tests/fixtures/bad/ with a message that names it", async () => {
    const entries = readdirSync(bad).filter((name) => !name.startsWith("README"));
    expect(entries.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const name of entries) {
      const { code, out, err } = await run("validate", `${bad}${name}`);
      expect({ name, code, out }).toEqual({ name, code: 1, out: "" });
      expect(err, name).toContain(name);
    }
  });

  it("says how to use it when given nothing, with exit code 2", async () => {
    const { code, err } = await run("validate");
    expect(code).toBe(2);
    expect(err).toContain("give at least one input file or folder");
  });
});
