// What the storage controls say, in one place, so the header, the unlock screen and the tests
// agree on the words.
import type { SaveStatus } from "./saveQueue.ts";
import type { Kept } from "./session.ts";

/** The remove-the-lock dialog's message for a wrong passphrase. */
export const WRONG_PASSPHRASE = "Wrong passphrase: nothing was changed. Check it (capitals and spaces count) and try again.";

/** The unlock screen's message for a wrong passphrase. */
export const WRONG_PASSPHRASE_TO_OPEN = "Wrong passphrase: the project stays locked. Check it (capitals and spaces count) and try again.";

/** "10:32", the time of a save in the page's locale. */
function clock(at: Date): string {
  return at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * The status line's words for where the project is kept and its last save: "Sample data — not
 * kept on this device", "Saving…", "Saved on this device 10:32", "Not saved: <reason>", or "Kept
 * on this device" before the first save; `sealed` (locked with a passphrase) adds ", encrypted".
 */
export function keptWords(kept: Kept, save: SaveStatus, sealed = false): string {
  if (kept.kind === "memory") return `${kept.what} — not kept on this device`;
  return sealed ? `${savedWords(save)}, encrypted` : savedWords(save);
}

function savedWords(save: SaveStatus): string {
  switch (save.phase) {
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved on this device ${clock(save.at)}`;
    case "failed":
      return `Not saved: ${save.message}`;
    default:
      return "Kept on this device";
  }
}

/** What the page says about this device's storage: persistence refused, quota nearly full. */
export interface StorageFacts {
  /** False when the browser refused persistent storage; undefined when unknown. */
  persisted: boolean | undefined;
  /** Bytes used and available to this origin (`navigator.storage.estimate()`), when known. */
  usage: number | undefined;
  quota: number | undefined;
}

/**
 * The storage warning for `facts`, or undefined when there is none: one sentence when persistent
 * storage was refused, one when more than `warnShare` (0–1, `quotaWarnShare` in settings.ts) of
 * the quota is used.
 */
export function storageNotice(facts: StorageFacts, warnShare: number): string | undefined {
  const notices: string[] = [];
  if (facts.persisted === false) notices.push("The browser may clear these projects if space runs short: export a copy.");
  if (facts.quota !== undefined && facts.quota > 0 && facts.usage !== undefined && facts.usage / facts.quota > warnShare) {
    notices.push(`Storage on this device is nearly full (${Math.round((100 * facts.usage) / facts.quota)} % used): export a copy and delete projects you no longer need.`);
  }
  return notices.length > 0 ? notices.join(" ") : undefined;
}
