// The header's part about keeping projects on this device: where the open project is kept and
// whether its last change is saved ("Saved on this device 10:32", "Saving…", "Not saved: …"),
// the Projects… list, "Keep on this device" for the sample or a file just opened, the passphrase
// lock, and banners that say what to do: read-only in this tab, storage may be cleared or is full.
import { el } from "../dom.ts";
import type { Store } from "../store.ts";
import { askPassphrase } from "./passphraseDialog.ts";
import { openProjectList } from "./projectList.ts";
import { keptWords, WRONG_PASSPHRASE } from "./words.ts";
import { sessionOf } from "./session.ts";
import { WrongPassphraseError } from "../../storage/crypto.ts";
import "./storage.css";

/**
 * Mounts the storage controls in the header `container` (after its title) and the banners as the
 * header's last row; returns the function that removes them. Without a session (views mounted
 * alone in tests) it mounts nothing.
 */
export function mountLocalStorage(container: HTMLElement, store: Store): () => void {
  const session = sessionOf(store);
  if (session === undefined) return () => {};
  const state = el("span", { class: "kept-state", role: "status", "data-testid": "kept-state" });
  const keep = el("button", { type: "button", title: "Keep this project on this device: it is then saved after every change and listed in Projects…" }, "Keep on this device");
  const projects = el("button", { type: "button", title: "The projects kept on this device: open, rename, duplicate, delete" }, "Projects…");
  const lock = el("button", { type: "button", title: "Lock the project kept on this device with a passphrase: it is then stored encrypted, and locks itself when left alone" }, "Lock with a passphrase…");
  const lockNow = el("button", { type: "button", title: "Drop the project from this page's memory; it opens again with its passphrase" }, "Lock now");
  const unlockForGood = el("button", { type: "button", title: "Store the project unencrypted again (asks the passphrase)" }, "Remove the lock…");
  const group = el("div", { class: "local-storage" }, state, keep, projects, lock, lockNow, unlockForGood);

  const readOnlyText = el("span", {});
  const tryAgain = el("button", { type: "button" }, "Try again");
  const readOnly = el("div", { class: "storage-banner warn", role: "alert", "data-testid": "read-only-banner", hidden: "" }, readOnlyText, tryAgain);
  // A notice, once read, can be put away: it comes back only when it says something else (the
  // header is worth its height on a 700-pixel screen, the interview's especially).
  const dismissed = new Set<string>();
  const noticeText = el("span", {});
  const keptText = el("span", {});
  const dismissButton = (text: HTMLElement) => {
    const button = el("button", { type: "button", class: "storage-banner-dismiss", title: "Put this notice away" }, "OK");
    button.addEventListener("click", () => {
      dismissed.add(text.textContent ?? "");
      render();
    });
    return button;
  };
  const notice = el("div", { class: "storage-banner", role: "status", "data-testid": "storage-notice", hidden: "" }, noticeText, dismissButton(noticeText));
  const keptNotice = el("div", { class: "storage-banner", role: "status", "data-testid": "kept-notice", hidden: "" }, keptText, dismissButton(keptText));
  const banners = el("div", { class: "storage-banners" }, readOnly, notice, keptNotice);
  const title = container.querySelector("h1");
  if (title) title.after(group);
  else container.prepend(group);
  container.append(banners);

  keep.addEventListener("click", () => void session.keep());
  projects.addEventListener("click", () => openProjectList(session));
  tryAgain.addEventListener("click", () => {
    tryAgain.disabled = true;
    void session.tryAgain().then((granted) => {
      tryAgain.disabled = false;
      if (!granted) readOnlyText.textContent = `${store.get().readOnly ?? ""} (It is still open there.) `;
    });
  });
  lock.addEventListener("click", () => {
    void askPassphrase({
      title: "Lock with a passphrase",
      purpose: "The project is then stored on this device encrypted, title and names included, and locks itself after some minutes left alone. You need the passphrase to open it again.",
      confirm: true,
      action: "Lock",
      busy: "Locking…",
      check: async (passphrase) => {
        await session.lockWith(passphrase);
        return undefined;
      },
    });
  });
  lockNow.addEventListener("click", () => void session.lockNow());
  unlockForGood.addEventListener("click", () => {
    void askPassphrase({
      title: "Remove the lock",
      purpose: "The project is then stored on this device unencrypted again. Type its passphrase to confirm.",
      action: "Remove the lock",
      check: async (passphrase) => {
        try {
          await session.removeLock(passphrase);
          return undefined;
        } catch (error) {
          if (error instanceof WrongPassphraseError) return WRONG_PASSPHRASE;
          throw error;
        }
      },
    });
  });

  const render = () => {
    const s = session.status;
    const appState = store.get();
    state.textContent = keptWords(s.kept, s.save, s.sealed && s.kept.kind === "stored");
    state.classList.toggle("failed", s.kept.kind === "stored" && s.save.phase === "failed");
    const canKeep = s.kept.kind === "memory" && session.db !== undefined;
    keep.hidden = !canKeep;
    state.classList.toggle("not-kept", s.kept.kind === "memory");
    projects.hidden = session.db === undefined;
    const stored = s.kept.kind === "stored" && appState.readOnly === undefined;
    lock.hidden = !stored || s.sealed;
    lockNow.hidden = !stored || !s.sealed;
    unlockForGood.hidden = !stored || !s.sealed;
    readOnly.hidden = appState.readOnly === undefined;
    if (appState.readOnly !== undefined && !readOnlyText.textContent?.startsWith(appState.readOnly)) readOnlyText.textContent = `${appState.readOnly} `;
    const problem = session.db === undefined ? (session.dbProblem ?? "Projects cannot be kept on this device in this browser: export a copy to keep your work.") : s.storageNotice;
    notice.hidden = problem === undefined || dismissed.has(problem);
    noticeText.textContent = problem ?? "";
    keptNotice.hidden = s.keptNotice === undefined || dismissed.has(s.keptNotice);
    keptText.textContent = s.keptNotice ?? "";
  };
  render();
  const stopSession = session.subscribe(render);
  const stopStore = store.subscribe((next, previous) => {
    if (next.readOnly !== previous.readOnly) render();
  });
  return () => {
    stopSession();
    stopStore();
    group.remove();
    banners.remove();
  };
}
