// The buttons that start a mapping interview from elsewhere: a client's Journey ("Start a review
// with Alex") and the Needs attention list ("Review with them").
import { el } from "../../dom.ts";
import type { Store } from "../../store.ts";

/** A button that opens the Interview view for `client` (a node id), with `text` on it. */
export function startReviewButton(store: Store, client: string, text: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  const button = el("button", { type: "button", class: "start-review", "data-testid": "start-review", ...attrs }, text);
  button.addEventListener("click", (e) => {
    e.stopPropagation();
    store.set({ selectedNode: client, view: "interview" });
  });
  return button;
}
