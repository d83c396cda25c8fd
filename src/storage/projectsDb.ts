// Projects kept on this device, in IndexedDB (through `idb`): one record per project in the
// `projects` store, keyed by a generated id, and the id of the project opened last in `settings`.
// A record holds the project with its undo history and drafts, or, once locked with a
// passphrase, only a sealed box: nothing of a locked project is kept in clear, not even its title.
// Every save is one readwrite transaction with `durability: "strict"`, so a closed tab or a crash
// in the middle of a save leaves the previous record whole.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { z } from "zod";
import { projectSchema, type Project } from "../core/model/schema.ts";
import type { EditHistory } from "../core/edit/history.ts";

/** The database's name (one per origin). */
export const DB_NAME = "recovery-networks";
/** The database's version: raise it, and add a step to `upgrade`, when the stores change. */
export const DB_VERSION = 1;

/** What a project record keeps of the page's state: the project, its undo history and its drafts. */
export interface ProjectState {
  project: Project;
  history: EditHistory;
  /** Unfinished work kept with the project (AppState.drafts); never exported. */
  drafts: Record<string, unknown>;
}

/** A sealed box as stored: checked for its format here, fully by the crypto module when opened. */
export interface StoredBox {
  format: "recovery-networks-sealed";
  [key: string]: unknown;
}

/** A project kept in clear. */
export interface OpenRecord {
  /** The generated id (`newProjectId`). */
  id: string;
  /** ISO date-time of the save. */
  savedAt: string;
  locked: false;
  /** The project's title, for the project list. */
  title: string;
  /** How many nodes the project holds, for the project list. */
  nodeCount: number;
  state: ProjectState;
}

/** A project locked with a passphrase: only the id, the save time and the sealed `ProjectState`. */
export interface LockedRecord {
  id: string;
  savedAt: string;
  locked: true;
  sealed: StoredBox;
}

/** One record of the `projects` store. */
export type StoredProject = OpenRecord | LockedRecord;

/** What the project list shows of a record, read without opening the project. */
export interface ProjectSummary {
  id: string;
  savedAt: string;
  locked: boolean;
  /** "Locked project" for a locked record. */
  title: string;
  /** Undefined for a locked record. */
  nodeCount: number | undefined;
}

interface ProjectsSchema extends DBSchema {
  projects: { key: string; value: StoredProject };
  settings: { key: string; value: unknown };
}

/** The open database. */
export type ProjectsDb = IDBPDatabase<ProjectsSchema>;

const LAST_OPENED = "lastOpened";

const historySchema = z.object({
  past: z.array(z.object({ label: z.string(), at: z.string(), patch: z.record(z.string(), z.unknown()) })),
  future: z.array(z.object({ label: z.string(), at: z.string(), patch: z.record(z.string(), z.unknown()) })),
});

const stateSchema = z.object({
  project: projectSchema,
  history: historySchema,
  drafts: z.record(z.string(), z.unknown()),
});

const summarySchema = z.discriminatedUnion("locked", [
  z.object({ id: z.string().min(1), savedAt: z.string(), locked: z.literal(false), title: z.string(), nodeCount: z.number().int().min(0) }),
  z.object({ id: z.string().min(1), savedAt: z.string(), locked: z.literal(true), sealed: z.looseObject({ format: z.literal("recovery-networks-sealed") }) }),
]);

const recordSchema = z.discriminatedUnion("locked", [
  z.object({ id: z.string().min(1), savedAt: z.string(), locked: z.literal(false), title: z.string(), nodeCount: z.number().int().min(0), state: stateSchema }),
  z.object({ id: z.string().min(1), savedAt: z.string(), locked: z.literal(true), sealed: z.looseObject({ format: z.literal("recovery-networks-sealed") }) }),
]);

/** A stored record that cannot be read back; names the record and what is wrong with it. */
export class StoredRecordError extends Error {
  constructor(
    /** The record's key. */
    readonly id: string,
    detail: string,
  ) {
    super(`The project stored on this device as "${id}" cannot be read (${detail}). The other projects still open; export or delete this one from the project list.`);
    this.name = "StoredRecordError";
  }
}

/** The first problem of a zod error as "where: what". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "record"}: ${issue.message}` : "not a project record";
}

/**
 * Opens (and creates or upgrades) the database `name`.
 * @throws the browser's error when IndexedDB cannot be used (a private window in some browsers).
 */
export function openProjectsDb(name: string = DB_NAME): Promise<ProjectsDb> {
  return openDB<ProjectsSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("projects", { keyPath: "id" });
        db.createObjectStore("settings");
      }
    },
  });
}

/** A new record id: a random UUID (not derived from anything in the project). */
export function newProjectId(): string {
  return crypto.randomUUID();
}

/** An open (unlocked) record of `state` under `id`, saved at `savedAt` (ISO date-time). */
export function openRecord(id: string, state: ProjectState, savedAt: string): OpenRecord {
  return { id, savedAt, locked: false, title: state.project.meta.title, nodeCount: state.project.nodes.length, state };
}

/**
 * Checks a record read back from the database.
 * @throws StoredRecordError naming `key` and the first problem when it is not a valid record.
 */
export function checkRecord(key: string, value: unknown): StoredProject {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) throw new StoredRecordError(key, firstIssue(parsed.error));
  return parsed.data as StoredProject;
}

/** A save of a project in clear refused because the record it would replace is locked with a passphrase. */
export class LockedRecordError extends Error {
  constructor(
    /** The record's key. */
    readonly id: string,
  ) {
    super("this project is locked with a passphrase on this device, and this save would have stored it unencrypted. Your changes stay on this page only: export a copy to keep them, or reopen the project with its passphrase.");
    this.name = "LockedRecordError";
  }
}

/** How `saveRecord` writes. */
export interface SaveOptions {
  /** Also make the record the project opened last (default true; false for a copy, a project renamed in the list). */
  asLastOpened?: boolean;
  /** The save is "Remove the lock", checked with the passphrase: only it may replace a locked record by a clear one. */
  removesLock?: boolean;
}

/**
 * Saves `record` (replacing the one with its id) and, unless `asLastOpened` is false, makes it the
 * project opened last, in one readwrite transaction with strict durability: either both are
 * written or neither is. A record in clear never replaces a locked one, unless `removesLock`: the
 * check is made in the same transaction, so no other save can come in between.
 * @throws LockedRecordError when a clear record would replace a locked one (nothing is written).
 */
export async function saveRecord(db: ProjectsDb, record: StoredProject, { asLastOpened = true, removesLock = false }: SaveOptions = {}): Promise<void> {
  const tx = db.transaction(["projects", "settings"], "readwrite", { durability: "strict" });
  const projects = tx.objectStore("projects");
  if (!record.locked && !removesLock) {
    const existing: unknown = await projects.get(record.id);
    if (isLockedValue(existing)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new LockedRecordError(record.id);
    }
  }
  const writes = [projects.put(record)];
  if (asLastOpened) writes.push(tx.objectStore("settings").put(record.id, LAST_OPENED));
  await Promise.all([...writes, tx.done]);
}

/** True for a stored value marked locked (read raw: a damaged locked record is still not replaced in clear). */
function isLockedValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { locked?: unknown }).locked === true;
}

/**
 * The record `id`, checked; undefined when there is none.
 * @throws StoredRecordError when the record is there but cannot be read.
 */
export async function readRecord(db: ProjectsDb, id: string): Promise<StoredProject | undefined> {
  const value: unknown = await db.get("projects", id);
  return value === undefined ? undefined : checkRecord(id, value);
}

/**
 * Every stored project's summary, newest save first, and a `StoredRecordError` message for each
 * record that cannot be read (it is listed by its key with the title "Unreadable project", never
 * deleted).
 */
export async function listProjects(db: ProjectsDb): Promise<{ projects: ProjectSummary[]; problems: string[] }> {
  const tx = db.transaction("projects", "readonly");
  const keys = await tx.store.getAllKeys();
  const values = await tx.store.getAll();
  const projects: ProjectSummary[] = [];
  const problems: string[] = [];
  values.forEach((value: unknown, i) => {
    const key = String(keys[i]);
    const parsed = summarySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(new StoredRecordError(key, firstIssue(parsed.error)).message);
      projects.push({ id: key, savedAt: "", locked: false, title: "Unreadable project", nodeCount: undefined });
      return;
    }
    const r = parsed.data;
    projects.push(r.locked ? { id: r.id, savedAt: r.savedAt, locked: true, title: "Locked project", nodeCount: undefined } : { id: r.id, savedAt: r.savedAt, locked: false, title: r.title, nodeCount: r.nodeCount });
  });
  projects.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return { projects, problems };
}

/** Deletes the record `id` (and forgets it as the project opened last). */
export async function deleteRecord(db: ProjectsDb, id: string): Promise<void> {
  const tx = db.transaction(["projects", "settings"], "readwrite", { durability: "strict" });
  const settings = tx.objectStore("settings");
  const last: unknown = await settings.get(LAST_OPENED);
  await Promise.all([tx.objectStore("projects").delete(id), last === id ? settings.delete(LAST_OPENED) : Promise.resolve(), tx.done]);
}

/** Deletes every stored project and setting. */
export async function deleteEverything(db: ProjectsDb): Promise<void> {
  const tx = db.transaction(["projects", "settings"], "readwrite", { durability: "strict" });
  await Promise.all([tx.objectStore("projects").clear(), tx.objectStore("settings").clear(), tx.done]);
}

/** The id of the project opened last, or undefined. */
export async function lastOpened(db: ProjectsDb): Promise<string | undefined> {
  const value: unknown = await db.get("settings", LAST_OPENED);
  return typeof value === "string" ? value : undefined;
}

/** Records `id` as the project opened last. */
export async function setLastOpened(db: ProjectsDb, id: string): Promise<void> {
  await db.put("settings", id, LAST_OPENED);
}
