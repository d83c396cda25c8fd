import { describe, expect, it } from "vitest";
import { newId, numberedId } from "../../../src/core/edit/ids.ts";

describe("newId", () => {
  it("newId(label, taken) is the label's slug when free", () => {
    expect(newId("Sam Jones", [])).toBe("sam-jones");
    expect(newId("Zoë  O'Neill", [])).toBe("zoe-o-neill");
  });
  it("newId(label, taken) numbers a slug already taken, from 2", () => {
    expect(newId("Sam", ["sam"])).toBe("sam-2");
    expect(newId("Sam", new Set(["sam", "sam-2"]))).toBe("sam-3");
  });
  it("newId(label, taken, fallback) uses the fallback for a label without letters or digits", () => {
    expect(newId("—", [], "tie")).toBe("tie");
    expect(newId("", ["tie"], "tie")).toBe("tie-2");
  });
});

describe("numberedId", () => {
  it("numberedId(prefix, taken) is the prefix with the first free number from 1, underscores as hyphens", () => {
    expect(numberedId("service_user", [])).toBe("service-user-1");
    expect(numberedId("tie", ["tie-1", "tie-3"])).toBe("tie-2");
    expect(numberedId("family", new Set(["family-1", "family-2"]))).toBe("family-3");
  });
});
