import { describe, expect, it } from "vitest";
import { keptWords, storageNotice } from "../../../src/ui/storage/words.ts";

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
    expect(keptWords(kept, { phase: "idle" }, true)).toBe("Kept on this device, encrypted");
  });
});

describe("storageNotice(facts, warnShare)", () => {
  it("says nothing when storage is persistent and the quota far", () => {
    expect(storageNotice({ persisted: true, usage: 80, quota: 100 }, 0.8)).toBeUndefined();
    expect(storageNotice({ persisted: undefined, usage: undefined, quota: undefined }, 0.8)).toBeUndefined();
  });

  it("says when persistence is refused and when more than the share of the quota is used", () => {
    expect(storageNotice({ persisted: false, usage: 1, quota: 100 }, 0.8)).toBe("The browser may clear these projects if space runs short: export a copy.");
    expect(storageNotice({ persisted: true, usage: 81, quota: 100 }, 0.8)).toBe("Storage on this device is nearly full (81 % used): export a copy and delete projects you no longer need.");
    expect(storageNotice({ persisted: false, usage: 95, quota: 100 }, 0.9)).toBe("The browser may clear these projects if space runs short: export a copy. Storage on this device is nearly full (95 % used): export a copy and delete projects you no longer need.");
  });
});
