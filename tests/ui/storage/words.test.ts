import { describe, expect, it } from "vitest";
import { keptWords } from "../../../src/ui/storage/words.ts";

describe("keptWords(kept, save, sealed)", () => {
  it("says a project in memory is not kept, whatever its save status", () => {
    expect(keptWords({ kind: "memory", what: "Sample data" }, { phase: "saved", at: new Date() })).toBe("Sample data — not kept on this device");
  });

  it("says where a stored project's last save stands, and when it is locked", () => {
    const kept = { kind: "stored", id: "p" } as const;
    expect(keptWords(kept, { phase: "idle" })).toBe("Kept on this device");
    expect(keptWords(kept, { phase: "saving" })).toBe("Saving…");
    expect(keptWords(kept, { phase: "failed", message: "the disk is full" })).toBe("Not saved: the disk is full");
    expect(keptWords(kept, { phase: "saved", at: new Date(2026, 0, 1, 10, 32) })).toMatch(/^Saved on this device 10:32/);
    expect(keptWords(kept, { phase: "idle" }, true)).toBe("Kept on this device, locked with a passphrase");
  });
});
