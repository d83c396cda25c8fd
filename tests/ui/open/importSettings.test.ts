// The page's self-loop setting: remembered in the browser's storage (the choice only), read back
// as drop or refuse, and passed into the page's import.
import { describe, expect, it } from "vitest";
import { recallSelfLoops, rememberSelfLoops } from "../../../src/ui/open/importSettings.ts";
import { importWithMapping } from "../../../src/ui/open/openInto.ts";

function memory(): Pick<Storage, "getItem" | "setItem"> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("the self-loop setting", () => {
  it("is drop until refuse is remembered, and stores nothing but the choice", () => {
    const storage = memory();
    expect(recallSelfLoops(storage)).toBe("drop");
    rememberSelfLoops("refuse", storage);
    expect([...storage.items]).toEqual([["recovery-networks:self-loops", "refuse"]]);
    expect(recallSelfLoops(storage)).toBe("refuse");
    storage.setItem("recovery-networks:self-loops", "something else");
    expect(recallSelfLoops(storage)).toBe("drop");
  });

  it("reads drop when the storage is blocked, and a blocked storage does not throw when remembering", () => {
    const blocked = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("blocked"); } };
    expect(recallSelfLoops(blocked)).toBe("drop");
    expect(() => rememberSelfLoops("refuse", blocked)).not.toThrow();
  });

  it("goes into the page's import: the same file is opened with a warning, or refused", async () => {
    const files = () => [{ name: "nodes.csv", text: "id\na\nb\n" }, { name: "ties.csv", text: "source,target\na,b\nb,b\n" }];
    const never = async () => undefined;
    const dropped = await importWithMapping(files(), never, { selfLoops: recallSelfLoops(memory()) }, undefined);
    expect(dropped.ok ? dropped.project.ties.map((t) => t.id) : []).toEqual(["t1"]);
    const storage = memory();
    rememberSelfLoops("refuse", storage);
    const refused = await importWithMapping(files(), never, { selfLoops: recallSelfLoops(storage) }, undefined);
    expect(refused.ok ? [] : refused.problems.map((p) => `${p.file}, ${p.where}: ${p.message}`)).toEqual(['ties.csv, row 3, column "target": tie "t2" links node "b" to itself']);
  });
});
