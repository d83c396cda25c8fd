import { describe, expect, test } from "vitest";
import { freeTextReason } from "../../../src/core/privacy/freeText.ts";

describe("freeTextReason(values)", () => {
  test("is undefined for a vocabulary: every value held twice or more (case and spaces aside)", () => {
    expect(freeTextReason(["son", "Son ", "friend", "friend", ""])).toBeUndefined();
    expect(freeTextReason([])).toBeUndefined();
  });
  test("counts the values held by one record only", () => {
    expect(freeTextReason(["son", "son", "aunt", "uncle"])).toBe("free text (2 values held by one record only)");
    expect(freeTextReason(["son", "son", "aunt"])).toBe("free text (1 value held by one record only)");
  });
  test("calls values over 40 characters sentences, even when repeated", () => {
    const sentence = "was seen at the drop-in twice this month!!";
    expect(sentence.length).toBe(42);
    expect(freeTextReason([sentence, sentence])).toBe("free text (values longer than 40 characters)");
  });
});
