// The project of this tab and where it is kept: on this device (a record of src/storage/projectsDb.ts,
// saved after every change) or in memory only (the sample, a file just opened). The session mounts
// the page for a project with a new store each time one is opened, holds the tab's Web Lock on a
// stored project, and, for a project locked with a passphrase, the key (in memory only) that
// reseals every save; after `autoLockMinutes` without use it saves, drops the project from memory
// and shows the unlock screen.
import { EMPTY_HISTORY } from "../../core/edit/history.ts";
import type { Project } from "../../core/model/schema.ts";
import { dateRange, latestDate } from "../../core/model/snapshot.ts";
import { keyForBox, sealedBoxSchema, sealingKey, seal, unseal, type SealingKey } from "../../storage/crypto.ts";
import {
  checkRecord, deleteEverything, deleteRecord, listProjects, newProjectId, openRecord, readRecord, saveRecord, setLastOpened,
  type LockedRecord, type ProjectState, type ProjectsDb, type ProjectSummary, type StoredProject,
} from "../../storage/projectsDb.ts";
import type { PageSettings } from "../settings.ts";
import { createStore, initialState, type AppState, type Store } from "../store.ts";
import { createSaveQueue, type SaveQueue, type SaveStatus } from "./saveQueue.ts";
import { acquireTabLock } from "./tabLock.ts";
import { storageNotice } from "./words.ts";

/** Where the open project is kept. */
export type Kept =
  | { kind: "stored"; id: string }
  /** Not kept: `what` says what it is ("Sample data", "Opened file", …). */
  | { kind: "memory"; what: string };

/** What the header shows of the session. */
export interface SessionStatus {
  kept: Kept;
  save: SaveStatus;
  /** True while the open stored project is locked with a passphrase (its key is in memory). */
  sealed: boolean;
  /** A plain warning about the device's storage (persistence refused, quota near), or undefined. */
  storageNotice: string | undefined;
  /** Said once after a change kept the project on this device by itself. */
  keptNotice: string | undefined;
}

/** How the page is mounted for a store (src/ui/app.ts's `mountApp`), and the unlock screen. */
export interface SessionMounts {
  mountApp(root: HTMLElement, store: Store): () => void;
  /** Shows the unlock screen for the locked record `id`; returns the function that removes it. */
  mountUnlock(root: HTMLElement, session: LocalSession, id: string): () => void;
}

/** A save waiting in the queue: the key is the one of the time of the change, so a save of a locked project is sealed even if another project is open by the time it is written. */
interface QueuedSave {
  id: string;
  state: ProjectState;
  key: SealingKey | undefined;
  /** True only for the save of "Remove the lock" (passphrase checked): it may replace a locked record in clear. */
  removesLock?: boolean;
}

const READ_ONLY_MESSAGE = "This project is open in another tab: changes here would overwrite it. Close it in the other tab, then choose Try again.";

const sessions = new WeakMap<Store, LocalSession>();

/** The session that mounted the page for `store`, if any (undefined in tests that mount views alone). */
export function sessionOf(store: Store): LocalSession | undefined {
  return sessions.get(store);
}

/**
 * True when the change from `previous` to `state` opened another project into the store (as
 * src/ui/open/openInto.ts does): the project, the history (emptied) and the drafts are all
 * replaced at once, which neither an edit, an undo, a draft nor a saved layout does.
 */
export function openedAnotherProject(state: AppState, previous: AppState): boolean {
  return state.project !== previous.project && state.history === EMPTY_HISTORY && state.drafts !== previous.drafts;
}

/** The date to show a project at: `at` when it lies within the project's dates, else its latest date. */
export function dateWithin(project: Project, at: string | undefined): string | undefined {
  const range = dateRange(project);
  if (at !== undefined && range !== undefined && at >= range.first && at <= range.last) return at;
  return latestDate(project);
}

/** The projects of this device and the one open in this tab. */
export class LocalSession {
  private store: Store | undefined;
  private dispose: (() => void) | undefined;
  /** Stops the session hearing the shown store's changes (so a store left behind can never save). */
  private unsubscribe: (() => void) | undefined;
  private releaseLock: (() => void) | undefined;
  private key: SealingKey | undefined;
  private queue: SaveQueue<QueuedSave> | undefined;
  private listeners = new Set<(status: SessionStatus) => void>();
  private lockTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The stored project whose lock "Remove the lock" removed while it is shown: its saves may
   * replace the locked record in clear (the first of them may be coalesced with a later change).
   */
  private lockRemovedOf: string | undefined;
  status: SessionStatus = { kept: { kind: "memory", what: "Sample data" }, save: { phase: "idle" }, sealed: false, storageNotice: undefined, keptNotice: undefined };

  constructor(
    readonly root: HTMLElement,
    readonly settings: PageSettings,
    /** Undefined when IndexedDB cannot be used here: then nothing is kept, and `dbProblem` says why. */
    readonly db: ProjectsDb | undefined,
    private readonly mounts: SessionMounts,
    private readonly loadSample: () => Promise<Project>,
    readonly dbProblem?: string,
  ) {
    this.queue = db === undefined ? undefined : createSaveQueue((value) => this.write(value), (save) => this.update({ save }));
    const activity = () => this.armAutoLock();
    for (const type of ["pointerdown", "keydown", "wheel"]) window.addEventListener(type, activity, { capture: true, passive: true });
  }

  /** Hears every change of `status`; returns the function that stops it. */
  subscribe(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<SessionStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of [...this.listeners]) listener(this.status);
  }

  /** The store of the page shown, or undefined while the unlock screen is shown. */
  get currentStore(): Store | undefined {
    return this.store;
  }

  /** Removes whatever is shown and frees the tab lock; the project leaves memory with its store. */
  private unmount(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.dispose?.();
    this.dispose = undefined;
    if (this.store) sessions.delete(this.store);
    this.store = undefined;
    this.releaseLock?.();
    this.releaseLock = undefined;
    this.lockRemovedOf = undefined;
    clearTimeout(this.lockTimer);
  }

  /** Mounts the page for `state` in a new store, kept as `kept`; `readOnly` says why it cannot change. */
  private show(state: ProjectState, kept: Kept, readOnly: string | undefined, at?: string, message = ""): Store {
    this.unmount();
    const store = createStore({ ...initialState(state.project, dateWithin(state.project, at)), history: state.history, drafts: state.drafts, readOnly }, this.settings);
    if (message) store.set({ status: { ...store.get().status, message } });
    this.store = store;
    sessions.set(store, this);
    this.update({ kept, save: { phase: "idle" }, sealed: this.key !== undefined, keptNotice: undefined });
    // The page's address may carry a date of another project: only one within this one's dates is used.
    this.dispose = this.mounts.mountApp(this.root, store);
    this.unsubscribe = store.subscribe((next, previous) => {
      // Only the store shown saves: anything left of an earlier page (a dialog, a late callback) cannot.
      if (this.store === store) this.changed(next, previous);
    });
    this.armAutoLock();
    return store;
  }

  /** Opens `project` in memory only, not kept on this device (`what`: "Sample data", …). */
  showInMemory(project: Project, what: string, at?: string, message = ""): void {
    this.key = undefined;
    this.show({ project, history: EMPTY_HISTORY, drafts: {} }, { kind: "memory", what }, undefined, at, message);
  }

  /** Opens the sample in memory. */
  async openSample(): Promise<void> {
    const sample = await this.loadSample();
    await this.queue?.idle();
    this.showInMemory(sample, "Sample data");
  }

  /** Opens a new empty project and keeps it on this device. */
  async newProject(title = "Untitled project"): Promise<void> {
    const now = new Date().toISOString();
    const project: Project = { format: "recovery-networks", version: 4, meta: { title, created: now, modified: now, weight: "strength", attributes: {} }, nodes: [], ties: [], observations: [], waves: [] };
    this.key = undefined;
    const id = newProjectId();
    await this.write({ id, state: { project, history: EMPTY_HISTORY, drafts: {} }, key: undefined });
    await this.openStored(id);
  }

  /**
   * Opens the stored project `id` (its tab lock first: without it, read-only). A locked record shows
   * the unlock screen. Resolves to false, with the reason in `status`, when it cannot be read.
   * @throws StoredRecordError when the record is damaged (the caller shows the message).
   */
  async openStored(id: string, at?: string): Promise<void> {
    const db = this.requireDb();
    // The open project's last change is saved before another replaces it (the queue keeps only the latest value).
    await this.queue?.idle();
    this.unmount();
    this.key = undefined;
    const record = await readRecord(db, id);
    if (record === undefined) throw new Error(`There is no project "${id}" on this device any more: it was deleted, perhaps in another tab.`);
    await setLastOpened(db, id);
    if (record.locked) {
      this.update({ kept: { kind: "stored", id }, sealed: true });
      this.dispose = this.mounts.mountUnlock(this.root, this, id);
      return;
    }
    await this.showRecordState(id, record.state, at);
  }

  private async showRecordState(id: string, state: ProjectState, at?: string): Promise<void> {
    const release = await acquireTabLock(id);
    const store = this.show(state, { kind: "stored", id }, release === undefined ? READ_ONLY_MESSAGE : undefined, at);
    this.releaseLock = release;
    if (release === undefined) store.set({ status: { ...store.get().status, message: "Read-only: open in another tab" } });
  }

  /**
   * Unlocks the locked record `id` with `passphrase` and opens it.
   * @throws WrongPassphraseError when the passphrase does not open it.
   */
  async unlock(id: string, passphrase: string): Promise<void> {
    const db = this.requireDb();
    const record = await readRecord(db, id);
    if (record === undefined || !record.locked) return this.openStored(id);
    const box = sealedBoxSchema.parse(record.sealed);
    const key = await keyForBox(passphrase, box);
    const state = await unseal(box, key.key);
    const checked = await readSealedState(id, state);
    this.key = key;
    await this.showRecordState(id, checked);
  }

  /** Tries again to take the tab lock of the open read-only project; reopens it from the device when granted. */
  async tryAgain(): Promise<boolean> {
    const { kept } = this.status;
    if (kept.kind !== "stored") return false;
    const release = await acquireTabLock(kept.id);
    if (release === undefined) return false;
    release();
    const key = this.key;
    await this.openStoredKeepingKey(kept.id, key);
    return true;
  }

  private async openStoredKeepingKey(id: string, key: SealingKey | undefined): Promise<void> {
    const record = await readRecord(this.requireDb(), id);
    if (record?.locked && key !== undefined) {
      const state = await readSealedState(id, await unseal(sealedBoxSchema.parse(record.sealed), key.key));
      this.key = key;
      await this.showRecordState(id, state);
      return;
    }
    await this.openStored(id);
  }

  /** Keeps the project shown (in memory) on this device as a new stored project, and saves it. */
  async keep(): Promise<void> {
    const store = this.store;
    if (store === undefined || this.status.kept.kind === "stored") return;
    const id = newProjectId();
    // A save of the project open before (still under way) is not replaced by this one.
    await this.queue?.idle();
    if (this.store !== store || this.isKept()) return;
    const { project, history, drafts } = store.get();
    // Kept from now on, before anything is awaited: a change meanwhile is saved under this id too.
    this.update({ kept: { kind: "stored", id } });
    this.queue?.request({ id, state: { project, history, drafts: { ...drafts } }, key: this.key });
    // A new id: no other tab can hold its lock.
    const release = await acquireTabLock(id);
    if (this.store === store) this.releaseLock = release;
    else release?.();
    await this.queue?.idle();
  }

  /** True when the open project is kept on this device (read afresh, after an await). */
  private isKept(): boolean {
    return this.status.kept.kind === "stored";
  }

  /** Locks the open stored project with `passphrase`: every save from now on is sealed. */
  async lockWith(passphrase: string): Promise<void> {
    const store = this.store;
    const { kept } = this.status;
    if (store === undefined || kept.kind !== "stored") throw new Error("Only a project kept on this device can be locked: keep it on this device first.");
    this.key = await sealingKey(passphrase);
    this.lockRemovedOf = undefined;
    this.update({ sealed: true });
    const { project, history, drafts } = store.get();
    this.queue?.request({ id: kept.id, state: { project, history, drafts: { ...drafts } }, key: this.key });
    await this.queue?.idle();
    this.armAutoLock();
  }

  /**
   * Removes the lock of the open project when `passphrase` is its passphrase: saved in clear again.
   * @throws WrongPassphraseError when it is not.
   */
  async removeLock(passphrase: string): Promise<void> {
    const store = this.store;
    const { kept } = this.status;
    if (store === undefined || kept.kind !== "stored" || this.key === undefined) return;
    const record = await readRecord(this.requireDb(), kept.id);
    if (record?.locked) {
      const box = sealedBoxSchema.parse(record.sealed);
      await unseal(box, (await keyForBox(passphrase, box)).key);
    }
    this.key = undefined;
    this.lockRemovedOf = kept.id;
    this.update({ sealed: false });
    const { project, history, drafts } = store.get();
    this.queue?.request({ id: kept.id, state: { project, history, drafts: { ...drafts } }, key: undefined, removesLock: true });
    await this.queue?.idle();
  }

  /** Saves, drops the open locked project from memory and shows the unlock screen. */
  async lockNow(): Promise<void> {
    const { kept } = this.status;
    if (kept.kind !== "stored" || this.key === undefined) return;
    await this.queue?.idle();
    // Nothing of the project stays on the page: an open form (Add… → Person…) would still show
    // what was typed, and could commit into the dropped store.
    closeEverythingOpen(document);
    this.unmount();
    this.key = undefined;
    this.update({ sealed: true, save: { phase: "idle" } });
    this.dispose = this.mounts.mountUnlock(this.root, this, kept.id);
  }

  private armAutoLock(): void {
    clearTimeout(this.lockTimer);
    if (this.key === undefined || this.store === undefined) return;
    this.lockTimer = setTimeout(() => void this.lockNow(), this.settings.autoLockMinutes * 60_000);
  }

  /** The stored projects (for the project list). */
  list(): Promise<{ projects: ProjectSummary[]; problems: string[] }> {
    return listProjects(this.requireDb());
  }

  /** Renames the stored, unlocked project `id` to `title` (the open one through an undoable edit). */
  async rename(id: string, title: string, commit: (store: Store, project: Project) => void): Promise<void> {
    const { kept } = this.status;
    if (kept.kind === "stored" && kept.id === id && this.store) {
      const { project } = this.store.get();
      commit(this.store, { ...project, meta: { ...project.meta, title } });
      await this.queue?.idle();
      return;
    }
    const record = await readRecord(this.requireDb(), id);
    if (record === undefined || record.locked) throw new Error("A locked project can be renamed once it is open: open it with its passphrase first.");
    const { state } = record;
    await saveRecord(this.requireDb(), openRecord(id, { ...state, project: { ...state.project, meta: { ...state.project.meta, title } } }, new Date().toISOString()), { asLastOpened: false });
  }

  /** Copies the stored project `id` (locked or not) as a new record; its title gains " (copy)" when readable. */
  async duplicate(id: string): Promise<void> {
    const db = this.requireDb();
    if (this.status.kept.kind === "stored" && this.status.kept.id === id) await this.queue?.idle();
    const record = await readRecord(db, id);
    if (record === undefined) return;
    const copyId = newProjectId();
    const now = new Date().toISOString();
    const copy: StoredProject = record.locked
      ? ({ ...record, id: copyId, savedAt: now } satisfies LockedRecord)
      : openRecord(copyId, { ...record.state, project: { ...record.state.project, meta: { ...record.state.project.meta, title: `${record.title} (copy)` } } }, now);
    await saveRecord(db, copy, { asLastOpened: false });
  }

  /** Deletes the stored project `id`; when it is the one open, it stays open in memory, no longer kept. */
  async remove(id: string): Promise<void> {
    const { kept } = this.status;
    if (kept.kind === "stored" && kept.id === id) {
      await this.queue?.idle();
      this.releaseLock?.();
      this.releaseLock = undefined;
      this.key = undefined;
      this.update({ kept: { kind: "memory", what: "Deleted from the list" }, sealed: false });
    }
    await deleteRecord(this.requireDb(), id);
  }

  /** Deletes every project and setting of this device; the page shows the sample in memory. */
  async removeEverything(): Promise<void> {
    await this.queue?.idle();
    this.unmount();
    this.key = undefined;
    await deleteEverything(this.requireDb());
    await this.openSample();
  }

  private requireDb(): ProjectsDb {
    if (this.db === undefined) throw new Error(this.dbProblem ?? "Projects cannot be kept on this device in this browser.");
    return this.db;
  }

  /** After every change of the store: saves a stored project, keeps one in memory at its first edit. */
  private changed(state: AppState, previous: AppState): void {
    if (state.project === previous.project && state.history === previous.history && state.drafts === previous.drafts) return;
    if (openedAnotherProject(state, previous)) {
      // A file opened from disk: the stored project stays as it was saved, in the list.
      this.releaseLock?.();
      this.releaseLock = undefined;
      this.key = undefined;
      this.update({ kept: { kind: "memory", what: "Opened file" }, sealed: false, keptNotice: undefined, save: { phase: "idle" } });
      return;
    }
    if (state.readOnly !== undefined || this.db === undefined) return;
    const { kept } = this.status;
    const snapshot = { project: state.project, history: state.history, drafts: { ...state.drafts } };
    if (kept.kind === "stored") {
      this.queue?.request({ id: kept.id, state: snapshot, key: this.key, removesLock: this.key === undefined && this.lockRemovedOf === kept.id });
      return;
    }
    // A layout saved into the sample or a file is not a change of the user's: only an edit keeps it.
    if (state.history === previous.history && state.drafts === previous.drafts) return;
    // An interview's answers (a draft) keep it too, so that a paused interview is not lost: the words say which.
    const why = state.history === previous.history ? "so that your interview answers are not lost" : "after your change";
    void this.keep().then(() => this.update({ keptNotice: `Kept on this device ${why}: it is saved here after every change. Delete it from Projects… if you did not mean to keep it.` }));
  }

  /** One save of `state` under `id`, sealed with `key` when the project is locked (the key of the time of the change); asks for persistent storage at the first. */
  private async write({ id, state, key, removesLock = false }: QueuedSave): Promise<void> {
    const db = this.requireDb();
    const now = new Date().toISOString();
    const record: StoredProject = key === undefined ? openRecord(id, state, now) : { id, savedAt: now, locked: true, sealed: (await seal(state, key)) as unknown as LockedRecord["sealed"] };
    // A clear save over a locked record is refused in the database's transaction (LockedRecordError):
    // the queue shows its message as the failed save, and the state stays in the store.
    await saveRecord(db, record, { removesLock });
    void this.checkStorage();
  }

  /** Asks once for persistent storage, and says when it is refused or when the quota is near. */
  private async checkStorage(): Promise<void> {
    const storage = globalThis.navigator?.storage;
    if (storage === undefined) return;
    if (this.persisted === undefined) {
      this.persisted = (await storage.persisted?.()) || (await storage.persist?.());
    }
    const estimate = await storage.estimate?.();
    const notice = storageNotice({ persisted: this.persisted, usage: estimate?.usage, quota: estimate?.quota }, this.settings.quotaWarnShare);
    if (notice !== this.status.storageNotice) this.update({ storageNotice: notice });
  }
  /** Whether the browser keeps this origin's storage (asked at the first save); undefined before. */
  private persisted: boolean | undefined;
}

/**
 * Closes and removes every open `<dialog>` of `doc` and hides every open popover. A dialog first
 * hears a "cancel" event, as when Escape is pressed, so one that waits for an answer (a column
 * mapping, the graph to open) settles as cancelled.
 */
export function closeEverythingOpen(doc: Document): void {
  for (const dialog of doc.querySelectorAll<HTMLDialogElement>("dialog[open]")) {
    dialog.dispatchEvent(new Event("cancel", { cancelable: true }));
    if (dialog.open) dialog.close();
    dialog.remove();
  }
  for (const open of doc.querySelectorAll<HTMLElement>(":popover-open")) open.hidePopover();
}

/**
 * Checks the state unsealed from record `id`.
 * @throws StoredRecordError (through `checkRecord`) when it is not a project state.
 */
async function readSealedState(id: string, value: unknown): Promise<ProjectState> {
  const record = checkRecord(id, { id, savedAt: "", locked: false, title: "", nodeCount: 0, state: value });
  if (record.locked) throw new Error("unreachable");
  return record.state;
}
