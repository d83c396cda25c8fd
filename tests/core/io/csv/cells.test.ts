import { describe, expect, it } from "vitest";
import { guardFormula, inferValue, looksLikeNumber, parseHeader, unguardFormula, valueAs } from "../../../../src/core/io/csv/cells.ts";

describe("inferValue", () => {
  it("reads numbers, true/false in any case, and keeps everything else as text", () => {
    expect(inferValue("12")).toBe(12);
    expect(inferValue(" -0.5 ")).toBe(-0.5);
    expect(inferValue("1e3")).toBe(1000);
    expect(inferValue("TRUE")).toBe(true);
    expect(inferValue("false")).toBe(false);
    expect(inferValue("0x1F")).toBe("0x1F");
    expect(inferValue("Infinity")).toBe("Infinity");
    expect(inferValue("12 Main St")).toBe("12 Main St");
    expect(inferValue("yes")).toBe("yes");
  });

  it("looksLikeNumber rejects the empty cell and NaN", () => {
    expect(looksLikeNumber("")).toBe(false);
    expect(looksLikeNumber("NaN")).toBe(false);
    expect(looksLikeNumber(".5")).toBe(true);
  });
});

describe("typed headers", () => {
  it("parseHeader splits a known type suffix and leaves other colons in the name", () => {
    expect(parseHeader(" referral:String ")).toEqual({ name: "referral", type: "string" });
    expect(parseHeader("time:of:day")).toEqual({ name: "time:of:day" });
    expect(parseHeader("a:number:string")).toEqual({ name: "a:number", type: "string" });
  });

  it("valueAs reads a cell as the declared type or gives undefined", () => {
    expect(valueAs("007", "string")).toBe("007");
    expect(valueAs("7", "number")).toBe(7);
    expect(valueAs("seven", "number")).toBeUndefined();
    expect(valueAs("True", "boolean")).toBe(true);
    expect(valueAs("yes", "boolean")).toBeUndefined();
  });
});

describe("formula guard", () => {
  it("guards text that a spreadsheet would run, but not numbers", () => {
    expect(guardFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(guardFormula("+44 1234")).toBe("'+44 1234");
    expect(guardFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardFormula("\tx")).toBe("'\tx");
    expect(guardFormula("-3")).toBe("-3");
    expect(guardFormula("plain")).toBe("plain");
  });

  it("unguards exactly what it guarded, including text that already started with apostrophes", () => {
    for (const text of ["=1+2", "'=1+2", "''@x", "'plain", "-3", "'-3", "-", "\r"]) {
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
    expect(unguardFormula("'hello")).toBe("'hello");
  });
});
