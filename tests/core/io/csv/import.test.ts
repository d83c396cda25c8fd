import { describe, expect, it } from "vitest";
import { importCsv } from "../../../../src/core/io/csv/import.ts";
import type { InputFile } from "../../../../src/core/io/files.ts";
import { formatProblem, unwrap, type ImportResult } from "../../../../src/core/io/problems.ts";

const f = (name: string, ...lines: string[]): InputFile => ({ name, text: lines.join("\n") + "\n" });
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));

describe("importCsv", () => {
  it("reads nodes and ties with defaults: label from id, kind community_member, type other, valence neutral, strength 3, ids t1…", () => {
    const project = unwrap(importCsv([f("nodes.csv", "id", "a", "b"), f("ties.csv", "source,target", "a,b")]));
    expect(project.nodes).toEqual([
      { id: "a", label: "a", kind: "community_member", attributes: {} },
      { id: "b", label: "b", kind: "community_member", attributes: {} },
    ]);
    expect(project.ties).toEqual([{ id: "t1", source: "a", target: "b", type: "other", valence: "neutral", strength: 3, attributes: {} }]);
    expect(project.observations).toEqual([]);
    expect(project.waves).toEqual([]);
  });

  it("takes options.defaultKind for nodes without a kind", () => {
    const project = unwrap(importCsv([f("nodes.csv", "id", "a"), f("ties.csv", "source,target")], { defaultKind: "service_user" }));
    expect(project.nodes[0].kind).toBe("service_user");
  });

  it("matches headers in any case with spaces, reads UK dates, spreadsheet spellings of kinds and a BOM with semicolons", () => {
    const nodes = { name: "data/NODES.CSV", text: "\uFEFF ID ; Label ;KIND;Start;Recovery_Oriented\r\nm1;Mo;Peer mentor;31/01/2024;\r\ng1;Café;group;2024-02-01;yes\r\n" };
    const project = unwrap(importCsv([nodes, f("data/Edges.csv", "Source\tTarget\tType\tValence\tStrength", "m1\tg1\tmembership\tSUPPORTIVE\t5")]));
    expect(project.nodes).toEqual([
      { id: "m1", label: "Mo", kind: "peer_mentor", start: "2024-01-31", attributes: {} },
      { id: "g1", label: "Café", kind: "group", start: "2024-02-01", recovery_oriented: true, attributes: {} },
    ]);
    expect(project.ties[0]).toMatchObject({ id: "t1", type: "membership", valence: "supportive", strength: 5 });
  });

  it("turns extra columns into attributes with types inferred per value, empty cells absent, typed headers obeyed", () => {
    const project = unwrap(
      importCsv([f("nodes.csv", "id,age,member,town,ref:string,score:number", 'a,34,TRUE,Hove,007,"1.5"', "b,,false,,,", 'c,x,1,"",12,'), f("ties.csv", "source,target")]),
    ).nodes;
    expect(project.map((n) => n.attributes)).toEqual([
      { age: 34, member: true, town: "Hove", ref: "007", score: 1.5 },
      { member: false },
      { age: "x", member: 1, town: "", ref: "12" },
    ]);
  });

  it("strips exactly the formula guard the exporter writes", () => {
    const project = unwrap(importCsv([f("nodes.csv", "id,label,note", "a,'=1+2,''@x", "b,'plain,-5"), f("ties.csv", "source,target")]));
    expect(project.nodes.map((n) => [n.label, n.attributes.note])).toEqual([["=1+2", "'@x"], ["'plain", -5]]);
  });

  it("reads observations (value inferred or typed by value_type) and waves", () => {
    const project = unwrap(
      importCsv([
        f("nodes.csv", "id", "a"),
        f("ties.csv", "source,target"),
        f("observations.csv", "subject,date,measure,value,value_type", "a,2024-01-01,barc10,42,", "a,01/04/2024,code,007,string", "a,2024-05-01,review,true,"),
        f("waves.csv", "id,label,date", "w0,Baseline,2024-01-01", "w1,,2024-04-01"),
      ]),
    );
    expect(project.observations).toEqual([
      { subject: "a", date: "2024-01-01", measure: "barc10", value: 42 },
      { subject: "a", date: "2024-04-01", measure: "code", value: "007" },
      { subject: "a", date: "2024-05-01", measure: "review", value: true },
    ]);
    expect(project.waves).toEqual([
      { id: "w0", label: "Baseline", date: "2024-01-01" },
      { id: "w1", label: "w1", date: "2024-04-01" },
    ]);
  });

  it("places every problem at its file, spreadsheet row and column", () => {
    const result = importCsv([
      f("nodes.csv", "id,kind,start,end", "a,service_user,2024-01-01,2023-01-01", "b,alien,,", "a,group,31/02/2024,"),
      f("ties.csv", "id,source,target,valence,strength", "e1,a,b,risk,9", "e2,b,zz,good,two", "e3,b,b,neutral,"),
    ]);
    expect(problems(result)).toEqual([
      'nodes.csv, row 2, column "end": end 2023-01-01 is not after start 2024-01-01. Swap the dates, correct them, or leave end empty if it has not ended',
      'nodes.csv, row 3, column "kind": "kind" is "alien", which is not one of service_user, peer_mentor, family, friend, worker, community_member, group. Use one of service_user, peer_mentor, family, friend, worker, community_member, group (any case; spaces for underscores are fine), or say which kind each value is: the page asks, and the command line takes --map with "kinds" (docs/data-format.md, "Column mapping")',
      'nodes.csv, row 4, column "start": "start" is "31/02/2024", which is not a date. Write the date as YYYY-MM-DD or dd/mm/yyyy (for example 2024-03-31 or 31/03/2024), or leave it empty',
      'nodes.csv, row 4, column "id": duplicate id "a" (first used at row 2, column "id"). Give each of the nodes its own id',
      'ties.csv, row 2, column "strength": "strength" must be from 1 to 5. Give a whole number from 1 (weak) to 5 (strong), or leave it empty for 3',
      'ties.csv, row 3, column "valence": "valence" is "good", which is not one of supportive, neutral, risk. Use one of supportive, neutral, risk (any case; spaces for underscores are fine)',
      'ties.csv, row 3, column "strength": "strength" is "two", which is not a number. Give a whole number from 1 (weak) to 5 (strong), or leave it empty for 3',
      'ties.csv, row 3, column "target": tie "e2" refers to target node "zz", which is not in the nodes. Add that node, or correct the id',
    ]);
  });

  it("reports wrong headers with the columns found and expected", () => {
    const fix = (role: string) =>
      `Make the first row of ${role}.csv the header, with columns named as expected (any case; cells separated by commas, semicolons or tabs), or say which column is which: the page asks, and the command line takes --map mapping.json (docs/data-format.md, "Column mapping")`;
    expect(problems(importCsv([f("nodes.csv", "person,type", "a,b"), f("ties.csv", "giver,taker", "a,b")]))).toEqual([
      `nodes.csv, row 1: no "id" column (found "person", "type"; expected id and optionally label, kind, start, end, spells, use_status, group_type, recovery_oriented, x, y). ${fix("nodes")}`,
      `ties.csv, row 1: no "source" or "target" column (found "giver", "taker"; expected source, target and optionally id, type, valence, strength, directed, start, end). ${fix("ties")}`,
    ]);
  });

  it("refuses forbidden column names, unknown files, repeats and missing files", () => {
    expect(problems(importCsv([f("nodes.csv", "id,__proto__", "a,1"), f("people.csv", "id"), f("x/nodes.csv", "id")]))).toEqual([
      "people.csv: is not one of a project's CSV files. Name the files nodes.csv and ties.csv (or edges.csv), with optional observations.csv and waves.csv; the page's export, <name>-nodes.csv, <name>-ties.csv and so on, is read too",
      "x/nodes.csv: is a second nodes file (the first is nodes.csv). Give one project's files at a time",
      "ties.csv: is missing: a CSV project needs ties.csv or edges.csv or links.csv. Add ties.csv (a header row alone for a network with no ties)",
      'nodes.csv, row 1, column 2: "__proto__" cannot be a column name (it would reach into the program\'s objects). Rename the column',
    ]);
    expect(Object.prototype).not.toHaveProperty("1");
  });

  it("reports rows with more cells than the header (an unquoted delimiter)", () => {
    expect(problems(importCsv([f("nodes.csv", "id,label", "a,Smith, John"), f("ties.csv", "source,target")]))).toEqual([
      "nodes.csv, row 2: the row has 3 cells but the header has 2 columns. Put cells that contain a comma in double quotes, or add a header for the extra column",
    ]);
  });

  it("maps a generic kind column through kindMap, unknown values to the default kind, and keeps it as an attribute", () => {
    const project = unwrap(
      importCsv([f("nodes.csv", "id,role", "a,client", "b,volunteer", "c,group"), f("ties.csv", "source,target")], {
        kindAttribute: "role",
        kindMap: { client: "service_user" },
        defaultKind: "friend",
      }),
    );
    expect(project.nodes.map((n) => [n.kind, n.attributes.role])).toEqual([["service_user", "client"], ["friend", "volunteer"], ["group", "group"]]);
  });
});
