import { describe, expect, it } from "vitest";
import { childElement, childElements, lineOf, parseXml } from "../../../src/core/io/xml.ts";
import { formatProblem } from "../../../src/core/io/problems.ts";

const parse = (text: string) => parseXml({ name: "g.gexf", text }, "GEXF");
const problems = (text: string) => {
  const result = parse(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("parseXml", () => {
  it("parses a document and finds children by local name whatever their prefix", () => {
    const result = parse('<g:a xmlns:g="urn:x">\n  <g:b id="1"/>\n  <c/>\n  <g:b id="2"/>\n</g:a>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const root = result.document.documentElement!;
    expect(childElements(root, "b").map((e) => e.getAttribute("id"))).toEqual(["1", "2"]);
    expect(childElements(root)).toHaveLength(3);
    expect(childElement(root, "c")?.localName).toBe("c");
    expect(lineOf(childElements(root, "b")[1])).toBe("line 4");
  });

  it("refuses an empty file", () => {
    expect(problems("  \n")).toEqual(["g.gexf: is empty. Give a GEXF file, or export the network again"]);
  });

  it("places a syntax error at its line and column (an unclosed tag at the tag)", () => {
    const [message] = problems("<a>\n  <b>\n</a>");
    expect(message).toMatch(/^g\.gexf, line 2, column \d+: is not well-formed XML: Opening and ending tag mismatch/);
  });

  it("refuses entity declarations (billion laughs, external entities) before parsing", () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<a>&lol2;</a>';
    expect(problems(laughs)).toEqual([
      "g.gexf, line 2, column 1: declares XML entities (<!ENTITY …>), which this tool refuses: they can make a small file expand without limit or read other files. Remove the <!DOCTYPE …> block; a GEXF file written by Gephi, networkx, igraph or yEd has none",
    ]);
    expect(problems('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')).toHaveLength(1);
  });

  it("reports an undeclared entity instead of leaving it in the text", () => {
    expect(problems("<a>&x;</a>")[0]).toMatch(/line 1, column \d+: is not well-formed XML: entity not found:&x;\./);
  });
});
