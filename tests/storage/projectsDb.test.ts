// The projects store on fake-indexeddb (an in-memory IndexedDB for Node): save and read back,
// the list (newest first, locked ones without a title), a damaged record named and kept, deletes.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY } from "../../src/core/edit/history.ts";
import type { Project } from "../../src/core/model/schema.ts";
import {
  deleteEverything, deleteRecord, lastOpened, listProjects, LockedRecordError, openProjectsDb, openRecord, readRecord, saveRecord, StoredRecordError,
} from "../../src/storage/projectsDb.ts";

let dbs = 0;
const freshDb = () => openProjectsDb(`test-${++dbs}`);

const project = (title: string, ids: string[]): Project => ({
  format: "recovery-networks",
  version: 4,
  meta: { title, weight: "strength", attributes: {} },
  nodes: ids.map((id) => ({ id, label: id.toUpperCase(), kind: "service_user", attributes: {} }) as unknown as Project["nodes"][number]),
  ties: [],
  observations: [],
  waves: [],
});

describe("projectsDb", () => {
  it("reads back a saved project with its history and drafts, and remembers it as opened last", async () => {
    const db = await freshDb();
    const history = { past: [{ label: "Add Ann", at: "2026-01-01T00:00:00.000Z", patch: {} }], future: [] };
    await saveRecord(db, openRecord("p1", { project: project("Ward A", ["a", "b"]), history, drafts: { "interview:a": { step: 2 } } }, "2026-01-02T00:00:00.000Z"));
    const back = await readRecord(db, "p1");
    expect(back).toMatchObject({ id: "p1", locked: false, title: "Ward A", nodeCount: 2 });
    expect(back?.locked === false && back.state.history).toEqual(history);
    expect(back?.locked === false && back.state.drafts).toEqual({ "interview:a": { step: 2 } });
    expect(await lastOpened(db)).toBe("p1");
    await saveRecord(db, openRecord("p2", { project: project("Copy", []), history, drafts: {} }, "2026-01-03T00:00:00.000Z"), { asLastOpened: false });
    expect(await lastOpened(db)).toBe("p1");
    expect(await readRecord(db, "nothing")).toBeUndefined();
  });

  it("lists newest first, a locked project without its title, and a damaged record by its key", async () => {
    const db = await freshDb();
    await saveRecord(db, openRecord("old", { project: project("Old", ["a"]), history: EMPTY_HISTORY, drafts: {} }, "2026-01-01T00:00:00.000Z"));
    await saveRecord(db, { id: "sealed", savedAt: "2026-01-03T00:00:00.000Z", locked: true, sealed: { format: "recovery-networks-sealed", ciphertext: "xx" } });
    await saveRecord(db, openRecord("new", { project: project("New", []), history: EMPTY_HISTORY, drafts: {} }, "2026-01-02T00:00:00.000Z"));
    await db.put("projects", { id: "bad", savedAt: 7 } as never);
    const { projects, problems } = await listProjects(db);
    expect(projects.map((p) => [p.id, p.title, p.nodeCount])).toEqual([
      ["sealed", "Locked project", undefined],
      ["new", "New", 0],
      ["old", "Old", 1],
      ["bad", "Unreadable project", undefined],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('stored on this device as "bad" cannot be read');
    await expect(readRecord(db, "bad")).rejects.toThrow(StoredRecordError);
    // Nothing was deleted by reading.
    expect((await listProjects(db)).projects).toHaveLength(4);
  });

  it("deletes one record (forgetting it as opened last), then everything", async () => {
    const db = await freshDb();
    await saveRecord(db, openRecord("a", { project: project("A", []), history: EMPTY_HISTORY, drafts: {} }, "2026-01-01T00:00:00.000Z"));
    await saveRecord(db, openRecord("b", { project: project("B", []), history: EMPTY_HISTORY, drafts: {} }, "2026-01-02T00:00:00.000Z"));
    await deleteRecord(db, "b");
    expect(await lastOpened(db)).toBeUndefined();
    expect((await listProjects(db)).projects.map((p) => p.id)).toEqual(["a"]);
    await deleteEverything(db);
    expect((await listProjects(db)).projects).toEqual([]);
  });
});

describe("saveRecord over a locked record", () => {
  const sealed = (savedAt: string) => ({ id: "p", savedAt, locked: true as const, sealed: { format: "recovery-networks-sealed" as const, ciphertext: "xx" } });
  const clear = (savedAt: string) => openRecord("p", { project: project("Ward A", ["ann"]), history: EMPTY_HISTORY, drafts: {} }, savedAt);

  it("refuses a clear record over a locked one and leaves the locked record and the project opened last as they were", async () => {
    const db = await freshDb();
    await saveRecord(db, sealed("2026-01-01T00:00:00.000Z"));
    await saveRecord(db, openRecord("other", { project: project("Other", []), history: EMPTY_HISTORY, drafts: {} }, "2026-01-02T00:00:00.000Z"));
    await expect(saveRecord(db, clear("2026-01-03T00:00:00.000Z"))).rejects.toBeInstanceOf(LockedRecordError);
    await expect(saveRecord(db, clear("2026-01-03T00:00:00.000Z"))).rejects.toThrow("this project is locked with a passphrase on this device, and this save would have stored it unencrypted.");
    expect(await readRecord(db, "p")).toEqual(sealed("2026-01-01T00:00:00.000Z"));
    expect(await lastOpened(db)).toBe("other");
  });

  it("lets the removal of the lock (removesLock) save it in clear, and a locked record replace a clear or a locked one", async () => {
    const db = await freshDb();
    await saveRecord(db, clear("2026-01-01T00:00:00.000Z"));
    await saveRecord(db, sealed("2026-01-02T00:00:00.000Z"));
    await saveRecord(db, sealed("2026-01-03T00:00:00.000Z"));
    expect(await readRecord(db, "p")).toEqual(sealed("2026-01-03T00:00:00.000Z"));
    await saveRecord(db, clear("2026-01-04T00:00:00.000Z"), { removesLock: true });
    expect(await readRecord(db, "p")).toMatchObject({ locked: false, title: "Ward A", savedAt: "2026-01-04T00:00:00.000Z" });
    // Clear over clear is an ordinary save.
    await saveRecord(db, clear("2026-01-05T00:00:00.000Z"));
    expect(await readRecord(db, "p")).toMatchObject({ locked: false, savedAt: "2026-01-05T00:00:00.000Z" });
  });
});
