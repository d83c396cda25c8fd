import { describe, expect, it } from "vitest";
import { createSaveQueue, type SaveStatus } from "../../../src/ui/storage/saveQueue.ts";

/** A write that waits until released, recording what it was given. */
function gatedWrites() {
  const written: number[] = [];
  const gates: (() => void)[] = [];
  const write = (value: number) => new Promise<void>((resolve) => {
    written.push(value);
    gates.push(resolve);
  });
  return { written, gates, write };
}

describe("createSaveQueue(write, onStatus)", () => {
  it("saves a burst as the first value and then only the latest, one save at a time", async () => {
    const { written, gates, write } = gatedWrites();
    const statuses: SaveStatus["phase"][] = [];
    const queue = createSaveQueue(write, (s) => statuses.push(s.phase), () => new Date(0));
    queue.request(1);
    queue.request(2);
    queue.request(3);
    await Promise.resolve();
    expect(written).toEqual([1]);
    gates[0]();
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual([1, 3]);
    gates[1]();
    await queue.idle();
    expect(written).toEqual([1, 3]);
    // "saved" only once the latest value is written, not after the first of the burst.
    expect(statuses).toEqual(["saving", "saving", "saved"]);
  });

  it("reports a failed save with its message and saves again at the next request", async () => {
    let fail = true;
    const written: string[] = [];
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue(async (value: string) => {
      if (fail) throw new Error("QuotaExceededError: the disk is full");
      written.push(value);
    }, (s) => statuses.push(s), () => new Date(5));
    queue.request("a");
    await queue.idle();
    expect(statuses.at(-1)).toEqual({ phase: "failed", message: "QuotaExceededError: the disk is full" });
    fail = false;
    queue.request("b");
    await queue.idle();
    expect(written).toEqual(["b"]);
    expect(statuses.at(-1)).toEqual({ phase: "saved", at: new Date(5) });
  });
});
