// The passphrase dialog: a modal <dialog> that asks for a passphrase, once to open something or
// twice to set one. It says plainly that a lost passphrase cannot be recovered, refuses a short
// new passphrase or two entries that differ at the field, and can check the passphrase (decrypt
// with it) before closing, so a wrong one gets its message in the dialog and another try.
// Generic: encrypted files use it, and so can locking and unlocking stored projects.
import { el } from "../dom.ts";
import "./passphraseDialog.css";

/**
 * The fewest characters (Unicode code points, after NFC normalisation) of a passphrase being set.
 * NIST SP 800-63B §5.1.1.2 asks for at least 8 for secrets a person chooses; longer is better, and
 * the dialog suggests a few unrelated words. Only applied when setting one (`confirm`): a passphrase
 * typed to open something is whatever it was set to.
 */
export const MIN_PASSPHRASE_LENGTH = 8;

/** What the dialog asks, and how. */
export interface PassphraseOptions {
  /** The dialog's heading, e.g. "Encrypt the project". */
  title: string;
  /** One or two sentences under the heading: what the passphrase is for. */
  purpose: string;
  /** Setting a passphrase: type it twice, at least MIN_PASSPHRASE_LENGTH characters. */
  confirm?: boolean;
  /** A message shown when the dialog opens (e.g. the previous try was wrong). */
  error?: string;
  /** The submit button's text; default "Set passphrase" when `confirm`, else "Open". */
  action?: string;
  /**
   * Tried with the passphrase before the dialog closes (e.g. decrypting with it): resolves to a
   * message to show for another try, or undefined to accept. While it runs the inputs are disabled
   * and `busy` is shown. A rejection is shown as its message.
   */
  check?: (passphrase: string) => Promise<string | undefined>;
  /** Said while `check` runs; default "Checking the passphrase…". */
  busy?: string;
}

/** Counts code points, as a person counts characters ("é" typed either way is one). */
function characters(text: string): number {
  return [...text.normalize("NFC")].length;
}

/**
 * What is wrong with the entries, or undefined when they can be used: empty; when setting one
 * (`confirm`), shorter than MIN_PASSPHRASE_LENGTH or the second entry differs from the first.
 * `field` says which input the message belongs to.
 */
export function passphraseProblem(first: string, second: string, confirm: boolean): { field: "first" | "second"; message: string } | undefined {
  if (first.length === 0) return { field: "first", message: "Type the passphrase." };
  if (!confirm) return undefined;
  const length = characters(first);
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { field: "first", message: `The passphrase is ${length} character${length === 1 ? "" : "s"} long; use at least ${MIN_PASSPHRASE_LENGTH}.` };
  }
  if (second.length === 0) return { field: "second", message: "Type the passphrase a second time, to be sure of it." };
  if (first.normalize("NFC") !== second.normalize("NFC")) return { field: "second", message: "The two entries differ. Type the same passphrase in both." };
  return undefined;
}

let dialogs = 0;

/**
 * Opens the passphrase dialog over the page (modal: the page behind is inert, Tab cycles inside,
 * Esc or Cancel closes it). Resolves to the passphrase typed (accepted by `check` when given), or
 * undefined when cancelled. The passphrase is not kept anywhere by the dialog.
 */
export function askPassphrase(options: PassphraseOptions): Promise<string | undefined> {
  const confirm = options.confirm === true;
  const n = ++dialogs;
  const id = (name: string) => `passphrase-${n}-${name}`;
  return new Promise((resolve) => {
    const first = el("input", { type: "password", id: id("first"), name: "passphrase", autocomplete: confirm ? "new-password" : "current-password", spellcheck: "false", autocapitalize: "off" });
    const second = el("input", { type: "password", id: id("second"), name: "passphrase-again", autocomplete: "new-password", spellcheck: "false", autocapitalize: "off" });
    const show = el("input", { type: "checkbox", id: id("show") });
    const error = el("p", { class: "passphrase-error", id: id("error"), role: "alert" });
    const busy = el("p", { class: "passphrase-busy", id: id("busy"), role: "status" });
    const cancel = el("button", { type: "button" }, "Cancel");
    const submit = el("button", { type: "submit", class: "primary" }, options.action ?? (confirm ? "Set passphrase" : "Open"));
    const fields = el("div", { class: "passphrase-fields" },
      el("label", { for: id("first") }, confirm ? "New passphrase" : "Passphrase"),
      first,
      ...(confirm ? [el("label", { for: id("second") }, "Type it again"), second] : []),
    );
    const form = el("form", { method: "dialog", novalidate: "" },
      el("h2", { id: id("title") }, options.title),
      el("p", { id: id("purpose") }, options.purpose),
      fields,
      error,
      el("label", { for: id("show"), class: "passphrase-show" }, show, " Show the passphrase"),
      ...(confirm ? [el("p", { class: "hint", id: id("rule") }, `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words make a good passphrase.`)] : []),
      el("p", { class: "passphrase-warning", id: id("warning") },
        el("strong", {}, "A lost passphrase cannot be recovered. "),
        "It is not stored anywhere and nobody can reset it: without it, the encrypted data cannot be opened by anyone, you included."),
      busy,
      el("div", { class: "mapping-buttons" }, cancel, submit),
    );
    const dialog = el("dialog", { class: "passphrase-dialog", "aria-labelledby": id("title"), "aria-describedby": `${id("purpose")} ${id("warning")}` }, form);
    first.setAttribute("aria-describedby", [confirm ? id("rule") : "", id("error")].filter(Boolean).join(" "));
    second.setAttribute("aria-describedby", id("error"));

    let checking = 0; // which submit is being checked; a newer submit or a cancel makes older results stale
    let finished = false;
    const finish = (passphrase: string | undefined) => {
      if (finished) return;
      finished = true;
      checking++;
      first.value = "";
      second.value = "";
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve(passphrase);
    };
    const say = (message: string, field?: HTMLInputElement) => {
      error.textContent = message;
      for (const input of [first, second]) input.toggleAttribute("aria-invalid", input === field);
      if (field) {
        field.focus();
        field.select();
      }
    };
    const setBusy = (message: string) => {
      busy.textContent = message;
      for (const control of [first, second, show, submit]) control.disabled = message !== "";
      form.setAttribute("aria-busy", String(message !== ""));
    };

    show.addEventListener("change", () => {
      for (const input of [first, second]) input.type = show.checked ? "text" : "password";
    });
    cancel.addEventListener("click", () => finish(undefined));
    // Esc: the browser's cancel; "close" catches a close the page did not ask for.
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(undefined);
    });
    dialog.addEventListener("close", () => finish(undefined));
    // Tab and Shift+Tab go round the dialog's controls rather than out to the browser's toolbar.
    dialog.addEventListener("keydown", (event) => {
      if (event.key !== "Tab") return;
      const controls = [...dialog.querySelectorAll<HTMLElement>("input, button")].filter((c) => !(c as HTMLInputElement).disabled);
      const [start, end] = [controls[0], controls[controls.length - 1]];
      if (event.shiftKey && document.activeElement === start) {
        event.preventDefault();
        end.focus();
      } else if (!event.shiftKey && document.activeElement === end) {
        event.preventDefault();
        start.focus();
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (submit.disabled) return;
      const problem = passphraseProblem(first.value, second.value, confirm);
      if (problem) return say(problem.message, problem.field === "first" ? first : second);
      const passphrase = first.value;
      if (!options.check) return finish(passphrase);
      const mine = ++checking;
      say("");
      setBusy(options.busy ?? "Checking the passphrase…");
      options.check(passphrase).then(
        (message) => {
          if (mine !== checking) return;
          setBusy("");
          if (message === undefined) finish(passphrase);
          else say(message, first);
        },
        (reason: unknown) => {
          if (mine !== checking) return;
          setBusy("");
          say(reason instanceof Error ? reason.message : String(reason), first);
        },
      );
    });

    document.body.append(dialog);
    dialog.showModal();
    if (options.error) say(options.error, first);
    else first.focus();
  });
}
