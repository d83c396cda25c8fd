// What the passphrase dialog refuses before trying a passphrase (passphraseProblem): the dialog
// itself is driven in a real browser by tests/e2e/encryptedFile.test.ts.
import { describe, expect, it } from "vitest";
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from "../../../src/ui/storage/passphraseDialog.ts";

describe("passphraseProblem(first, second, confirm)", () => {
  it("refuses an empty passphrase, whether setting or typing one", () => {
    expect(passphraseProblem("", "", false)).toEqual({ field: "first", message: "Type the passphrase." });
    expect(passphraseProblem("", "", true)).toEqual({ field: "first", message: "Type the passphrase." });
  });

  it("accepts any non-empty passphrase when typing one to open something", () => {
    expect(passphraseProblem("x", "", false)).toBeUndefined();
  });

  it("when setting one, refuses fewer than 8 characters, counting an accent typed either way as one", () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8);
    expect(passphraseProblem("seven77", "seven77", true)).toEqual({
      field: "first",
      message: "The passphrase is 7 characters long; use at least 8.",
    });
    // "cafe" + combining acute accent is 8 code units but, composed, "café123" is 7 characters
    expect(passphraseProblem("cafe\u0301123", "cafe\u0301123", true)?.message).toMatch(/^The passphrase is 7 characters long/);
    expect(passphraseProblem("eight888", "eight888", true)).toBeUndefined();
  });

  it("when setting one, refuses a missing or different second entry, at the second field", () => {
    expect(passphraseProblem("long enough", "", true)).toEqual({ field: "second", message: "Type the passphrase a second time, to be sure of it." });
    expect(passphraseProblem("long enough", "long enougH", true)).toEqual({ field: "second", message: "The two entries differ. Type the same passphrase in both." });
    // the same passphrase with the accent composed in one entry and decomposed in the other is the same
    expect(passphraseProblem("caf\u00e9 au lait", "cafe\u0301 au lait", true)).toBeUndefined();
  });
});
