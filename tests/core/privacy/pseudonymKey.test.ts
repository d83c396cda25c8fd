import { describe, expect, test } from "vitest";
import { keyedCodes, newPseudonymKey, pseudonymKeyOf, withPseudonymKey } from "../../../src/core/privacy/pseudonymKey.ts";
import { projectSchema } from "../../../src/core/model/schema.ts";

const KEY = "00112233445566778899aabbccddeeff";

describe("keyedCodes(ids, key)", () => {
  test("throws on an empty key", () => {
    expect(() => keyedCodes(["su-1"], "")).toThrow(/pseudonym key is empty/);
  });
  // HMAC-SHA-256(KEY, "su-1") = e414bc6e… (Node's crypto agrees): bits 11100 10000 01010 01011 11000 → W G A B R.
  test("is the first 25 bits of HMAC-SHA-256(key, id) in Crockford base 32", () => {
    expect(Object.fromEntries(keyedCodes(["su-1", "su-2"], KEY))).toEqual({ "su-1": "WGABR", "su-2": "MGSPX" });
  });
  test("does not depend on the order of the ids or on the other ids", () => {
    expect(keyedCodes(["su-2", "x", "su-1"], KEY).get("su-1")).toBe("WGABR");
  });
});

describe("newPseudonymKey(random)", () => {
  test("is the hex of 16 random bytes, and refuses fewer", () => {
    expect(newPseudonymKey(new Uint8Array(16).fill(171))).toBe("ab".repeat(16));
    expect(() => newPseudonymKey(new Uint8Array(8))).toThrow(/needs 16 random bytes, got 8/);
  });
});

describe("withPseudonymKey(project, key)", () => {
  test("keeps the key in the meta attributes, where pseudonymKeyOf finds it", () => {
    const project = projectSchema.parse({ format: "recovery-networks", version: 4, nodes: [], ties: [], observations: [], waves: [] });
    expect(pseudonymKeyOf(project)).toBeUndefined();
    const keyed = withPseudonymKey(project, KEY);
    expect(pseudonymKeyOf(keyed)).toBe(KEY);
    expect(pseudonymKeyOf(project)).toBeUndefined();
  });
});
