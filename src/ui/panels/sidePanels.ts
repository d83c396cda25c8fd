// The side panels fold away: each has a toggle button (a disclosure button with aria-expanded and
// aria-controls) that stays on screen, so on a small laptop screen the view in the centre can have
// the width. A window narrower than `leftPanelOpenMinWidth` opens with the left panel folded; a
// choice the user makes is remembered in this browser (a preference, never data) and wins after.
import { el } from "../dom.ts";
import type { MappingStorage } from "../open/rememberedMappings.ts";
import type { Store } from "../store.ts";

/** Which side panel: `left` (appearance and filters) or `right` (node details). */
export type PanelSide = "left" | "right";

/** What the user last chose for a panel, or undefined when they never toggled it. */
export type PanelChoice = "open" | "closed" | undefined;

const key = (side: PanelSide) => `recovery-networks:panel-${side}`;

/**
 * Whether a panel starts open: the user's remembered `choice` when there is one; otherwise the
 * left panel is open when `windowWidth` (CSS pixels) is at least `leftOpenMinWidth`, and the right
 * panel is always open.
 */
export function panelStartsOpen(side: PanelSide, choice: PanelChoice, windowWidth: number, leftOpenMinWidth: number): boolean {
  if (choice !== undefined) return choice === "open";
  return side === "right" || windowWidth >= leftOpenMinWidth;
}

/** The choice remembered for `side` in `storage`; anything but `open` or `closed` reads as none. */
export function recallPanel(side: PanelSide, storage: MappingStorage | undefined = globalThis.localStorage): PanelChoice {
  try {
    const value = storage?.getItem(key(side));
    return value === "open" || value === "closed" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the choice for `side`; a full or blocked storage is ignored (the choice holds for this page only). */
export function rememberPanel(side: PanelSide, open: boolean, storage: MappingStorage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(key(side), open ? "open" : "closed");
  } catch {
    // Storage full or disabled.
  }
}

/**
 * Makes `panel` (an `aside` of the page) foldable: moves its children into a content element
 * (`id` `<side>-panel-content`) and puts a toggle button named `label` before it. Folded, the panel
 * is a narrow strip holding only the button (the class `collapsed`; styles.css). Returns the
 * function that removes the button and puts the children back.
 */
export function mountSidePanel(panel: HTMLElement, side: PanelSide, label: string, store: Store): () => void {
  const contentId = `${side}-panel-content`;
  const content = el("div", { class: "panel-content", id: contentId });
  content.append(...panel.childNodes);
  const arrow = el("span", { class: "panel-toggle-arrow", "aria-hidden": "true" });
  const button = el("button", { type: "button", class: "panel-toggle", "aria-controls": contentId }, arrow, el("span", { class: "panel-toggle-label" }, label));
  panel.append(button, content);

  const show = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    button.title = open ? `Fold the ${label.toLowerCase()} panel away` : `Show the ${label.toLowerCase()} panel`;
    // The arrow points the way the panel moves: towards its edge to fold, away from it to open.
    arrow.textContent = open === (side === "left") ? "◀" : "▶";
    panel.classList.toggle("collapsed", !open);
    content.hidden = !open;
  };
  show(panelStartsOpen(side, recallPanel(side), window.innerWidth, store.settings.leftPanelOpenMinWidth));
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    show(open);
    rememberPanel(side, open);
  });
  return () => {
    panel.classList.remove("collapsed");
    panel.replaceChildren(...content.childNodes);
  };
}
