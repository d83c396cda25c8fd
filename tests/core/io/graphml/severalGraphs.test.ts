// A GraphML file with several <graph> elements that are not interviews: refused with the graphs
// listed until one is chosen (options.graph: its id or number), then that one is read and the
// others are left out with a warning; the page asks with a dialog (importWithMapping's chooseGraph).
import { describe, expect, it } from "vitest";
import { graphmlChoices, importGraphml, needsGraphChoice } from "../../../../src/core/io/graphml/import.ts";
import { formatProblem, type ImportResult } from "../../../../src/core/io/problems.ts";
import { importWithMapping } from "../../../../src/ui/open/openInto.ts";

const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph id="monday" edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>
  <graph edgedefault="directed"><node id="x"/><node id="y"/><node id="z"/><edge source="x" target="y"/><edge source="y" target="z"/></graph>
</graphml>
`;
const file = { name: "week.graphml", text };
const lines = (r: ImportResult) => (r.ok ? r.warnings : r.problems).map(formatProblem);
const LISTED = '1. "monday": 2 nodes, 1 edge; 2. (no id): 3 nodes, 2 edges';

describe("a GraphML file with several graphs", () => {
  it("is refused without a choice, the graphs listed with their counts and --graph named", () => {
    const result = importGraphml(file);
    expect(lines(result)).toEqual([
      `week.graphml, <graph> (line 4): holds 2 <graph> elements (${LISTED}), and they are not interviews (none carries a case, ego or session id); a project is one graph. Choose which graph to read: on the command line --graph with its id or number (--graph monday); the page asks which. To read them as one network at several times, save each graph in a file of its own and load those files together as its slices`,
    ]);
    expect(needsGraphChoice(result.ok ? [] : result.problems)).toBe(true);
    expect(graphmlChoices(file)).toEqual([
      { index: 1, id: "monday", nodes: 2, edges: 1 },
      { index: 2, nodes: 3, edges: 2 },
    ]);
  });

  it("reads the graph chosen by id or by number, and says the others were left out", () => {
    const byId = importGraphml(file, { graph: "monday" });
    expect(byId.ok ? byId.project.nodes.map((n) => n.id) : []).toEqual(["a", "b"]);
    expect(lines(byId)).toEqual([
      'week.graphml, <graph id="monday"> (line 3): holds 2 graphs; graph 1 ("monday") was read and the other was left out (graph 2). To read another graph, give its id or number (--graph on the command line; the page asks when the file is opened); to read them as one network at several times, save each graph in a file of its own and load those files together as its slices',
    ]);
    const byNumber = importGraphml(file, { graph: "2" });
    expect(byNumber.ok ? [byNumber.project.nodes.map((n) => n.id), byNumber.project.ties.map((t) => [t.source, t.target, t.directed])] : []).toEqual([
      ["x", "y", "z"],
      [["x", "y", true], ["y", "z", true]],
    ]);
  });

  it("refuses a choice that names no graph, listing the graphs", () => {
    expect(lines(importGraphml(file, { graph: "3" }))[0]).toContain(`has no graph "3" among its 2 <graph> elements (${LISTED})`);
  });

  it("has nothing to choose in a file of one graph", () => {
    expect(graphmlChoices({ name: "one.graphml", text: '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/></graph></graphml>' })).toBeUndefined();
  });

  it("on the page's path: asks which graph with the list, then opens the one chosen; Cancel keeps the refusal", async () => {
    const asked: unknown[] = [];
    const noMapping = async () => {
      throw new Error("no mapping should be asked");
    };
    const chosen = await importWithMapping([file], noMapping, {}, undefined, async (name, choices) => {
      asked.push([name, choices.map((c) => c.id ?? c.index)]);
      return "2";
    });
    expect(asked).toEqual([["week.graphml", ["monday", 2]]]);
    expect(chosen.ok ? chosen.project.nodes.map((n) => n.id) : lines(chosen)).toEqual(["x", "y", "z"]);
    const cancelled = await importWithMapping([file], noMapping, {}, undefined, async () => undefined);
    expect(cancelled.ok).toBe(false);
    expect(needsGraphChoice(cancelled.ok ? [] : cancelled.problems)).toBe(true);
  });
});
