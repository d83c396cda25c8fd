// The spreadsheet conventions the CSV importer reads, each with its warning: date-times, Gephi's
// interval notation, a year column, aliases, self-loops, a roleless single file, a column mapping.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../../src/core/io/csv/import.ts";
import type { InputFile } from "../../../../src/core/io/files.ts";
import { formatProblem, type ImportResult } from "../../../../src/core/io/problems.ts";
import type { Project } from "../../../../src/core/model/schema.ts";

const f = (name: string, ...lines: string[]): InputFile => ({ name, text: lines.join("\n") + "\n" });
const project = (result: ImportResult): Project => {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.project;
};
const warnings = (result: ImportResult) => (result.ok ? result.warnings.map(formatProblem) : []);
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));
const NODES = f("nodes.csv", "id", "a", "b", "c");

describe("date-times", () => {
  it("reads each as its date and says once per column that the time is dropped", () => {
    const result = importCsv([NODES, f("ties.csv", "source,target,start,end", "a,b,2018-02-25 03:44:34,25/02/2019 03:44", "a,c,2018-02-25T23:30:00+02:00,2019-01-01")]);
    expect(project(result).ties.map((t) => [t.start, t.end])).toEqual([["2018-02-25", "2019-02-25"], ["2018-02-25", "2019-01-01"]]);
    expect(warnings(result)).toEqual([
      'ties.csv, row 2, column "start": 2 date-times were read as their dates: the time of day is dropped (the tool\'s time is in days). Nothing to do, unless two events on one day must stay apart',
      'ties.csv, row 2, column "end": 1 date-time was read as its date: the time of day is dropped (the tool\'s time is in days). Nothing to do, unless two events on one day must stay apart',
    ]);
  });
});

describe("Gephi's interval notation and a year column", () => {
  it("reads <[2012.0, 2014.0]> as 2012-01-01 to 2015-01-01 (the closed end year included), and several intervals as one tie each", () => {
    const result = importCsv([NODES, f("ties.csv", "source,target,Time Interval", 'a,b,"<[2012.0, 2014.0]>"', 'a,c,"<[2012.0, 2012.0]; [2016.0, 2017.0]>"')]);
    expect(project(result).ties.map((t) => [t.id, t.start, t.end])).toEqual([
      ["t1", "2012-01-01", "2015-01-01"],
      ["t2-s1", "2012-01-01", "2013-01-01"],
      ["t2-s2", "2016-01-01", "2018-01-01"],
    ]);
    expect(warnings(result)).toEqual([
      'ties.csv, row 3, column "Time Interval": 1 tie has several intervals: each interval became its own tie (ids <id>-s1, <id>-s2, …). Nothing to do, unless the intervals are one relationship',
    ]);
  });

  it("reads a node's several intervals with gaps as its spells, start and end their hull, with no warning (nothing is lost)", () => {
    const result = importCsv([f("nodes.csv", "id,timeset", "a,\"<[2012-04-01, 2012-06-30]; [2013-01-01, 2013-01-31]>\"", "b,"), f("ties.csv", "source,target", "a,b")]);
    const a = project(result).nodes[0];
    expect([a.start, a.end, a.spells, a.attributes]).toEqual([
      "2012-04-01",
      "2013-02-01",
      [
        { start: "2012-04-01", end: "2012-07-01" },
        { start: "2013-01-01", end: "2013-02-01" },
      ],
      {},
    ]);
    expect(warnings(result)).toEqual([]);
  });

  it("reads a node's touching intervals as one interval, without spells", () => {
    const result = importCsv([f("nodes.csv", "id,timeset", "a,\"<[2012-04-01, 2012-06-30]; [2012-07-01, 2012-07-31]>\"", "b,"), f("ties.csv", "source,target", "a,b")]);
    const a = project(result).nodes[0];
    expect([a.start, a.end, a.spells]).toEqual(["2012-04-01", "2012-08-01", undefined]);
  });

  it("refuses an interval it cannot read, at its cell", () => {
    expect(problems(importCsv([NODES, f("ties.csv", "source,target,interval", "a,b,2012 to 2014")]))).toEqual([
      'ties.csv, row 2, column "interval": "2012 to 2014" is not an interval like <[2012, 2014]> or <[2012-04-01, 2012-06-30]>. Write each interval as [start, end], several separated by ;',
    ]);
  });

  it("reads a year column as the tie's time, from 1 January to 1 January of the next year", () => {
    const result = importCsv([NODES, f("ties.csv", "source,target,year", "a,b,2015", "b,c,")]);
    expect(project(result).ties.map((t) => [t.start, t.end])).toEqual([["2015-01-01", "2016-01-01"], [undefined, undefined]]);
    expect(warnings(result)[0]).toContain('column "year": read as the time of 1 tie');
  });
});

describe("aliases and a column mapping", () => {
  it("reads from/to, nodeID and Name without asking", () => {
    const p = project(importCsv([f("nodes.csv", "nodeID,Name", "a,Ann", "b,Bo"), f("ties.csv", "from,to", "a,b")]));
    expect(p.nodes.map((n) => [n.id, n.label])).toEqual([["a", "Ann"], ["b", "Bo"]]);
    expect(p.ties.map((t) => [t.source, t.target])).toEqual([["a", "b"]]);
  });

  it("keeps a column named as a field over an alias: id and name make name the label", () => {
    const p = project(importCsv([f("nodes.csv", "name,id", "Ann,a", "Bo,b"), f("ties.csv", "source,target", "a,b")]));
    expect(p.nodes.map((n) => [n.id, n.label])).toEqual([["a", "Ann"], ["b", "Bo"]]);
  });

  it("reads a survey's own names through a mapping, values of the kind column mapped onto kinds", () => {
    const mapping = {
      nodes: { id: "respondent", kind: "role" },
      ties: { source: "ego_ref", target: "alter_ref", weight: "contacts", valence: "helps" },
      kinds: { client: "service_user" as const },
    };
    const p = project(
      importCsv([f("nodes.csv", "respondent,role", "r1,client", "r2,mentor"), f("ties.csv", "ego_ref,alter_ref,contacts,helps", "r1,r2,4.5,supportive")], { mapping }),
    );
    expect(p.nodes.map((n) => [n.id, n.kind, n.attributes.role])).toEqual([["r1", "service_user", "client"], ["r2", "community_member", "mentor"]]);
    expect(p.ties.map((t) => [t.source, t.target, t.valence, t.attributes])).toEqual([["r1", "r2", "supportive", { weight: 4.5 }]]);
    expect(p.meta.weight).toBe("weight");
  });
});

describe("self-loops", () => {
  const files = () => [NODES, f("ties.csv", "source,target", "a,b", "c,c", "b,b")];
  it("are left out with one warning naming each (the default)", () => {
    const result = importCsv(files());
    expect(project(result).ties.map((t) => t.id)).toEqual(["t1"]);
    expect(warnings(result)).toEqual([
      'ties.csv, row 3, column "target": 2 ties link a node to itself and were left out: "c" (row 3, column "target"), "b" (row 4, column "target"). Nothing to do if these are self-nominations; to refuse such files instead, choose to refuse self-loops (the page\'s Self-loops setting, or --self-loops refuse)',
    ]);
  });
  it("are refused, one problem each, with selfLoops: refuse", () => {
    expect(problems(importCsv(files(), { selfLoops: "refuse" })).map((p) => p.split(". ")[0])).toEqual([
      'ties.csv, row 3, column "target": tie "t2" links node "c" to itself',
      'ties.csv, row 4, column "target": tie "t3" links node "b" to itself',
    ]);
  });
});

describe("an edge list alone", () => {
  it("reads one file of any name as the ties, a headerless third column as the weight", () => {
    const result = importCsv([f("network.csv", "x,y,2", "y,z,0.5")]);
    const p = project(result);
    expect(p.nodes.map((n) => n.id)).toEqual(["x", "y", "z"]);
    expect(p.ties.map((t) => [t.source, t.target, t.attributes.weight])).toEqual([["x", "y", 2], ["y", "z", 0.5]]);
    expect(warnings(result).map((w) => w.split(":")[0])).toEqual(["network.csv", "network.csv, row 1", "network.csv"]);
  });

  it("with a nodes file, a ties file of unknown headers is refused, not read as data", () => {
    expect(problems(importCsv([NODES, f("ties.csv", "giver,taker", "a,b")]))[0]).toContain('no "source" or "target" column (found "giver", "taker"');
  });
});

describe("decimal commas", () => {
  it("are read only in semicolon and tab files, and only where the whole column is numbers", () => {
    const result = importCsv([f("nodes.csv", "id;score;code", "a;1,5;1,5", "b;2;x1")]);
    expect(project(importCsv([f("nodes.csv", "id;score;code", "a;1,5;1,5", "b;2;x1"), f("ties.csv", "source;target")])).nodes.map((n) => n.attributes)).toEqual([
      { score: 1.5, code: "1,5" },
      { score: 2, code: "x1" },
    ]);
    expect(result.ok).toBe(false);
    expect(project(importCsv([f("nodes.csv", 'id,score', 'a,"1,5"'), f("ties.csv", "source,target")])).nodes[0].attributes.score).toBe("1,5");
  });
});

describe("quoted blank text (found by the round-trip property)", () => {
  it('reads a quoted " " label as a space, not as no label', () => {
    expect(project(importCsv([f("nodes.csv", "id,label", 'a," "', "b,"), f("ties.csv", "source,target")])).nodes.map((n) => n.label)).toEqual([" ", "b"]);
  });
});

describe("kind values that are not kinds, with a mapping", () => {
  it("take the default kind with a warning naming the first, never silently", () => {
    const result = importCsv([f("nodes.csv", "id,kind", "a,client", "b,alien", "c,visitor"), f("ties.csv", "source,target")], { mapping: { kinds: { client: "service_user" } } });
    expect(project(result).nodes.map((n) => n.kind)).toEqual(["service_user", "community_member", "community_member"]);
    expect(warnings(result)).toEqual([
      'nodes.csv, row 3, column "kind": 2 nodes have a kind value that is not a kind nor mapped to one (the first, "alien", here), so they have the default kind community_member. Map those values onto kinds (the page\'s mapping dialog; --map with "kinds"), or correct them',
    ]);
  });
});

describe("the nodes.csv spells column (format version 4)", () => {
  const ties = f("ties.csv", "source,target", "a,b");

  it("reads spells in Gephi's notation; without start and end columns, they are the spells' hull", () => {
    const result = importCsv([f("nodes.csv", "id,spells", 'a,"<[2018-02-25, 2018-02-26); [2018-03-02, Infinity)>"', "b,"), ties]);
    const [a, b] = project(result).nodes;
    expect([a.start, a.end, a.spells]).toEqual(["2018-02-25", undefined, [{ start: "2018-02-25", end: "2018-02-26" }, { start: "2018-03-02" }]]);
    expect([b.start, b.end, b.spells]).toEqual([undefined, undefined, undefined]);
    expect(warnings(result)).toEqual([]);
  });

  it("refuses spells it cannot read, and spells out of order, at their cell with what to do", () => {
    expect(problems(importCsv([f("nodes.csv", "id,spells", "a,from March", "b,"), ties]))).toEqual([
      'nodes.csv, row 2, column "spells": "spells": "from March" is not an interval like <[2012, 2014]> or <[2012-04-01, 2012-06-30]>. Write the spells in Gephi\'s interval notation, for example <[2018-02-25, 2018-02-26); [2018-03-02, 2018-03-03)>, or leave it empty',
    ]);
    const unordered = problems(importCsv([f("nodes.csv", "id,start,end,spells", 'a,2018-02-25,2018-03-03,"<[2018-03-02, 2018-03-03); [2018-02-25, 2018-02-26)>"', "b,,,"), ties]));
    expect(unordered[0]).toBe("nodes.csv, row 2, column \"spells\": spell 2 of 2 starts on 2018-02-25, before the spell before it (2018-03-02). Put the spells in date order");
  });
});
