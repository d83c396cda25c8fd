import { describe, expect, it } from "vitest";
import { declaredXmlEncoding, decodeBytes, decodeInput } from "../../../../src/core/io/text/decode.ts";
import { loadProject } from "../../../../src/core/io/load.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
/** UTF-16 bytes of `text`, little- or big-endian, with or without the byte-order mark. */
function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const c of text) {
    const u = c.charCodeAt(0);
    out.push(...(endian === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return new Uint8Array(out);
}

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a byte-order mark, the mark not in the text, and no warning", () => {
    const zoe = new TextEncoder().encode("id\nZoë");
    expect(decodeBytes("a.csv", zoe)).toEqual({ ok: true, text: "id\nZoë", encoding: "utf-8", warnings: [] });
    expect(decodeBytes("a.csv", new Uint8Array([0xef, 0xbb, 0xbf, ...zoe]))).toEqual({ ok: true, text: "id\nZoë", encoding: "utf-8", warnings: [] });
  });

  it("reads UTF-16 little- and big-endian by the byte-order mark", () => {
    expect(decodeBytes("a.txt", utf16("id\tZoë", "le"))).toMatchObject({ ok: true, text: "id\tZoë", encoding: "utf-16le", warnings: [] });
    expect(decodeBytes("a.txt", utf16("id\tZoë", "be"))).toMatchObject({ ok: true, text: "id\tZoë", encoding: "utf-16be", warnings: [] });
  });

  it("reads UTF-16 without a mark when every other byte is zero, and says so", () => {
    const read = decodeBytes("a.txt", utf16("id,label\nn1,Kai", "le", false));
    expect(read).toMatchObject({ ok: true, text: "id,label\nn1,Kai", encoding: "utf-16le" });
    expect(read.ok && read.warnings.map((w) => w.message)).toEqual(["has no byte-order mark but reads as UTF-16 (little-endian) (every other byte is zero), so it was read as that"]);
  });

  it("reads bytes that are not UTF-8 as Windows-1252, with a warning at the first bad line", () => {
    // "id\nZoë Ångström £" in Windows-1252: ë = EB, Å = C5, ö = F6, £ = A3.
    const read = decodeBytes("nodes.csv", bytes(...ascii("id\nZo"), 0xeb, 0x20, 0xc5, ...ascii("ngstr"), 0xf6, 0x6d, 0x20, 0xa3));
    expect(read).toMatchObject({ ok: true, text: "id\nZoë Ångström £", encoding: "windows-1252" });
    expect(read.ok && read.warnings.map((w) => [w.where, w.message.slice(0, 58)])).toEqual([["line 2", "is not UTF-8, so it was read as Windows-1252 (Western Euro"]]);
  });

  it("reads an XML file by its declaration, and ISO-8859-1 as Windows-1252", () => {
    const xml = bytes(...ascii('<?xml version="1.0" encoding="ISO-8859-1"?>\n<a>caf'), 0xe9, ...ascii("</a>"));
    expect(declaredXmlEncoding(xml)).toBe("iso-8859-1");
    expect(decodeBytes("a.graphml", xml)).toEqual({ ok: true, text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<a>café</a>', encoding: "windows-1252", warnings: [] });
  });

  it("refuses an XML declaration naming an encoding it cannot read, in one message", () => {
    expect(decodeBytes("a.gexf", ascii('<?xml version="1.0" encoding="x-made-up"?><a/>'))).toEqual({
      ok: false,
      problem: { file: "a.gexf", where: "line 1", message: 'declares the encoding "x-made-up", which this tool cannot read', fix: 'Save the file as UTF-8 and write encoding="UTF-8" in its first line' },
    });
  });

  it("never keeps a U+FFFD without a warning that gives its lines", () => {
    const read = decodeBytes("nodes.csv", new TextEncoder().encode("id,label\nn1,Zo\uFFFD\nn2,Kai\nn3,\uFFFD"));
    expect(read.ok && read.warnings.map((w) => w.where)).toEqual(["lines 2, 4"]);
  });
});

describe("decodeInput through loadProject", () => {
  it("puts the decoding's warning first among the import's warnings", () => {
    const nodes = decodeInput("nodes.csv", bytes(...ascii("id,label\nn1,Jos"), 0xe9, ...ascii("\nn2,B\n")));
    const ties = decodeInput("ties.csv", ascii("source,target\nn1,n2\n"));
    if (!("file" in nodes) || !("file" in ties)) throw new Error("not decoded");
    const result = loadProject([nodes.file, ties.file]);
    expect(result.ok && result.project.nodes.map((n) => n.label)).toEqual(["José", "B"]);
    expect(result.ok && result.warnings.map((w) => `${w.file}, ${w.where}`)).toEqual(["nodes.csv, line 2"]);
  });
});

describe("a GraphML file that is not UTF-8 and declares nothing", () => {
  it("is read as Windows-1252 with a warning that fits an XML file", () => {
    const xml = bytes(...ascii('<?xml version="1.0"?>\n<a>Jos'), 0xe9, ...ascii("</a>"));
    const read = decodeBytes("g.graphml", xml);
    expect(read.ok && read.text).toBe('<?xml version="1.0"?>\n<a>José</a>');
    expect(read.ok && read.warnings.map((w) => [w.where, w.fix.endsWith('(<?xml version="1.0" encoding="windows-1252"?>)')])).toEqual([["line 2", true]]);
  });
});
