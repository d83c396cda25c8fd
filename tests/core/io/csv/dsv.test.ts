import { describe, expect, it } from "vitest";
import { formatCell, formatDsv, isBlankRecord, parseDsv, sniffDelimiter, stripBom } from "../../../../src/core/io/csv/dsv.ts";

describe("parseDsv", () => {
  it("reads quoted cells with delimiters, doubled quotes and line breaks, numbering rows as a spreadsheet does", () => {
    const { records, errors, delimiter } = parseDsv('id,note\r\na,"x, ""y"""\r\nb,"two\nlines"\nc,plain\n');
    expect(errors).toEqual([]);
    expect(delimiter).toBe(",");
    expect(records.map((r) => [r.row, ...r.cells])).toEqual([
      [1, "id", "note"],
      [2, "a", 'x, "y"'],
      [3, "b", "two\nlines"],
      [4, "c", "plain"],
    ]);
    expect(records[1].quoted).toEqual([false, true]);
  });

  it("sniffs semicolons and tabs from the header line, ignoring delimiters inside quotes", () => {
    expect(sniffDelimiter("id;label;kind\na;b;c")).toBe(";");
    expect(sniffDelimiter("id\tlabel\na\tb")).toBe("\t");
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(",");
    expect(sniffDelimiter("id\n")).toBe(",");
  });

  it("drops a byte order mark and accepts CR-only line ends", () => {
    expect(stripBom("\uFEFFid")).toBe("id");
    const { records } = parseDsv("\uFEFFid;x\ra;1\r");
    expect(records.map((r) => r.cells)).toEqual([["id", "x"], ["a", "1"]]);
  });

  it("keeps blank lines as records so later row numbers stay right", () => {
    const { records } = parseDsv("id\n\na\n");
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(isBlankRecord(records[1])).toBe(true);
    expect(isBlankRecord(records[2])).toBe(false);
  });

  it("reports an unclosed quote and text after a closing quote at their rows", () => {
    expect(parseDsv('id,x\na,"open\n').errors).toEqual([
      expect.objectContaining({ row: 2, message: "a quoted cell is never closed (the file ends inside quotes)" }),
    ]);
    expect(parseDsv('id,x\na,"q"tail\n').errors).toEqual([expect.objectContaining({ row: 2, message: "text follows a closing quote in cell 2" })]);
  });

  it("reads a trailing delimiter as an empty last cell", () => {
    expect(parseDsv("a,b,").records[0].cells).toEqual(["a", "b", ""]);
  });
});

describe("formatCell / formatDsv", () => {
  it("quotes only cells that need it, and on request", () => {
    expect(formatCell("plain")).toBe("plain");
    expect(formatCell('a "b", c')).toBe('"a ""b"", c"');
    expect(formatCell("two\nlines")).toBe('"two\nlines"');
    expect(formatCell("", ",", true)).toBe('""');
    expect(formatDsv([["a", "b"], ["1", "2"]])).toBe("a,b\r\n1,2\r\n");
  });

  it("round-trips through parseDsv", () => {
    const cells = ["x", 'q"uote', "com,ma", "new\r\nline", ""];
    const text = formatDsv([cells.map((c) => formatCell(c, ",", c === ""))]);
    const { records } = parseDsv(text);
    expect(records[0].cells).toEqual(cells);
    expect(records[0].quoted[4]).toBe(true);
  });
});
