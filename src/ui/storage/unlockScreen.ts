// The screen of a project locked with a passphrase: nothing of it is shown (its title is sealed
// too), only how to open it, and the way to the other projects and the sample.
import { el } from "../dom.ts";
import { WrongPassphraseError } from "../../storage/crypto.ts";
import { openProjectList } from "./projectList.ts";
import type { LocalSession } from "./session.ts";
import { WRONG_PASSPHRASE_TO_OPEN } from "./words.ts";

/** Shows the unlock screen for the locked record `id` in `root`; returns the function that removes it. */
export function mountUnlockScreen(root: HTMLElement, session: LocalSession, id: string): () => void {
  const passphrase = el("input", { type: "password", id: "unlock-passphrase", autocomplete: "current-password", spellcheck: "false", autocapitalize: "off" });
  const unlock = el("button", { type: "submit", class: "primary" }, "Unlock");
  const error = el("p", { class: "unlock-error", role: "alert", "data-testid": "unlock-error" });
  const busy = el("p", { class: "unlock-busy", role: "status" });
  const projects = el("button", { type: "button" }, "Projects…");
  const sample = el("button", { type: "button" }, "Open the sample");
  const form = el("form", { class: "unlock-form", novalidate: "" },
    el("h1", {}, "Locked project"),
    el("p", {}, "This project is kept on this device encrypted with a passphrase. Its title, names and notes stay unreadable until it is unlocked."),
    el("label", { for: "unlock-passphrase" }, "Passphrase"),
    passphrase, unlock, error, busy,
    el("p", { class: "hint" }, "A lost passphrase cannot be recovered. Another project, or the sample, opens without it:"),
    el("div", { class: "unlock-others" }, projects, sample));
  const screen = el("main", { class: "unlock-screen", "data-testid": "unlock-screen" }, form);
  root.classList.add("locked");
  root.append(screen);
  passphrase.focus();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const typed = passphrase.value;
    if (typed === "") {
      error.textContent = "Type the project's passphrase, then Unlock.";
      passphrase.focus();
      return;
    }
    error.textContent = "";
    busy.textContent = "Unlocking…";
    passphrase.disabled = unlock.disabled = true;
    session.unlock(id, typed).then(
      () => undefined,
      (reason: unknown) => {
        busy.textContent = "";
        passphrase.disabled = unlock.disabled = false;
        error.textContent = reason instanceof WrongPassphraseError ? WRONG_PASSPHRASE_TO_OPEN : (reason as Error).message;
        passphrase.focus();
        passphrase.select();
      },
    );
  });
  projects.addEventListener("click", () => openProjectList(session));
  sample.addEventListener("click", () => void session.openSample());
  return () => {
    passphrase.value = "";
    screen.remove();
    root.classList.remove("locked");
  };
}
