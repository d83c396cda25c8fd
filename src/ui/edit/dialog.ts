// A modal dialog holding one editing form: Escape or Cancel closes it, and it is removed from the
// page when closed, so the views behind keep rendering while it is open.
import { el } from "../dom.ts";

/** An open dialog. */
export interface EditDialog {
  element: HTMLDialogElement;
  /** The box the form goes in. */
  body: HTMLElement;
  close(): void;
}

/** Opens a modal dialog titled `title` (and `intro`, a line under it); `onClose` runs once when it closes. */
export function openDialog(title: string, intro = "", onClose: () => void = () => {}): EditDialog {
  const heading = el("h2", { id: "edit-dialog-title" }, title);
  const body = el("div", { class: "edit-dialog-body" });
  const dialog = el("dialog", { class: "edit-dialog", "aria-labelledby": heading.id }, heading, ...(intro ? [el("p", { class: "hint" }, intro)] : []), body);
  document.body.append(dialog);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose();
  };
  dialog.addEventListener("close", close);
  dialog.showModal();
  return { element: dialog, body, close };
}

/** Focuses the first input of a dialog's form (after it is on the page). */
export function focusFirst(dialog: EditDialog): void {
  dialog.body.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
}
