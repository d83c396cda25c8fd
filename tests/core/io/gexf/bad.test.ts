// Every GEXF file in tests/fixtures/bad/ is refused, each problem naming its element or line.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../../../src/core/io/load.ts";
import { formatProblem } from "../../../../src/core/io/problems.ts";

const bad = fileURLToPath(new URL("../../../fixtures/bad/", import.meta.url));

/** What each fixture must say: the place, then the problem (one line per problem). */
const EXPECTED: Record<string, string[]> = {
  "gexf-edge-to-missing-node.gexf": ['<edge id="e1"> (line 9): tie "e1" refers to target node "zz", which is not in the nodes'],
  "gexf-billion-laughs.gexf": ["line 2, column 1: declares XML entities (<!ENTITY …>)"],
  "gexf-not-gexf.gexf": ["<graphml> (line 2): is not a GEXF file: its root element is <graphml>, not <gexf>"],
  "gexf-bad-date.gexf": ['<node id="a"> (line 5): "start" is "2012-13-01", which is not a date'],
  "gexf-end-before-start.gexf": ['<node id="a"> (line 5): end 2012-01-01 is before start 2012-06-01'],
  "gexf-duplicate-node-id.gexf": ['<node id="a"> (line 6): duplicate id "a" (first used at <node id="a"> (line 5))'],
  "gexf-unknown-valence.gexf": ['<edge id="e1"> (line 12), <attvalue for="v"> (line 13): "valence" is "good", which is not one of supportive, neutral, risk'],
  "gexf-empty.gexf": [": is empty"],
};

describe("GEXF files that must be refused", () => {
  it("has an expectation for every gexf-*.gexf fixture", () => {
    expect(readdirSync(bad).filter((n) => n.startsWith("gexf-")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("refuses %s, naming the place of each problem", (name, messages) => {
    const result = loadProject([{ name, text: readFileSync(bad + name, "utf8") }]);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toHaveLength(messages.length);
    messages.forEach((message, i) => expect(lines[i]).toContain(`${name}${message.startsWith(":") ? "" : ", "}${message}`));
  });
});
