// The page layout: header (title, open, hide names, export), left panel (appearance and
// filters), centre (tab bar of views, the map first), right panel (node details), bottom
// (timeline), and the problems panel over the centre when an open fails. The side panels fold
// away (panels/sidePanels.ts).
import type { Store } from "./store.ts";
import { el } from "./dom.ts";
import { VIEWS } from "./views/index.ts";
import { mountHeader } from "./panels/header.ts";
import { mountAppearancePanel } from "./panels/appearancePanel.ts";
import { mountFiltersPanel } from "./panels/filtersPanel.ts";
import { mountDetailsPanel } from "./panels/detailsPanel.ts";
import { mountTimeline } from "./panels/timeline.ts";
import { mountProblemsPanel } from "./panels/problemsPanel.ts";
import { mountSidePanel } from "./panels/sidePanels.ts";
import { mountDropZone } from "./open/dropZone.ts";
import { mountMetricsUpdater } from "./metricsUpdater.ts";
import { mountHashSync } from "./hashSync.ts";
import { mountEditBar } from "./edit/editBar.ts";
import { mountNodeEditing } from "./edit/nodeEditing.ts";

/** Lays out the page in `root` and mounts every part; returns the function that removes it all. */
export function mountApp(root: HTMLElement, store: Store): () => void {
  const header = el("header", { class: "app-header" });
  const left = el("aside", { class: "panel left", "aria-label": "Appearance and filters" });
  const appearance = el("section", { class: "appearance" });
  const filters = el("section", { class: "filters" });
  left.append(appearance, filters);
  const tabs = el("nav", { class: "tabs", role: "tablist", "aria-label": "Views" });
  const viewHost = el("div", { class: "view-host", role: "tabpanel", id: "view-host", tabindex: "-1" });
  // The first thing a keyboard reaches: past the header's controls and the side panels to the view.
  const skip = el("a", { class: "skip-link", href: "#view-host" }, "Skip to the view");
  skip.addEventListener("click", (event) => {
    event.preventDefault();
    viewHost.focus();
  });
  const problems = el("div", { class: "problems-host" });
  const centre = el("main", { class: "centre" }, tabs, viewHost, problems);
  // The selected node's editing buttons above its details, and its ties to edit below them.
  const details = el("section", { class: "details" });
  const editActions = el("section", { class: "node-edit-actions" });
  const editTies = el("section", { class: "node-edit-ties" });
  const right = el("aside", { class: "panel right", "aria-label": "Node details" }, editActions, details, editTies);
  const bottom = el("footer", { class: "timeline" });
  root.append(skip, header, el("div", { class: "app-body" }, left, centre, right), bottom);

  // The view shown is the store's `view`: a tab sets it, and so can any view (the Needs attention
  // list opens a client's journey).
  let disposeView: (() => void) | undefined;
  const buttons = VIEWS.map((view) => {
    const button = el("button", { type: "button", role: "tab", "data-view": view.id, id: `tab-${view.id}`, "aria-controls": "view-host" }, view.label);
    button.addEventListener("click", () => store.set({ view: view.id }));
    tabs.append(button);
    return button;
  });
  // The tab list is one stop for Tab; the arrow keys, Home and End move between views (WAI-ARIA tabs).
  tabs.addEventListener("keydown", (event) => {
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    next.focus();
    next.click();
  });
  const show = (id: string) => {
    const view = VIEWS.find((v) => v.id === id) ?? VIEWS[0];
    if (!view) return;
    disposeView?.();
    viewHost.replaceChildren();
    const host = el("div", { class: `view view-${view.id}` });
    viewHost.append(host);
    disposeView = view.mount(host, store);
    for (const b of buttons) {
      const selected = b.dataset.view === view.id;
      b.setAttribute("aria-selected", String(selected));
      b.tabIndex = selected ? 0 : -1;
    }
    viewHost.setAttribute("aria-labelledby", `tab-${view.id}`);
  };
  show(store.get().view);
  const unsubscribeView = store.subscribe((state, previous) => {
    if (state.view !== previous.view) show(state.view);
  });

  const disposers = [
    mountHeader(header, store),
    mountAppearancePanel(appearance, store),
    mountFiltersPanel(filters, store),
    mountDetailsPanel(details, store),
    mountNodeEditing(editActions, editTies, store),
    mountEditBar(header, store),
    mountSidePanel(left, "left", "Appearance and filters", store),
    mountSidePanel(right, "right", "Node details", store),
    mountTimeline(bottom, store),
    mountProblemsPanel(problems, store),
    mountDropZone(root, store),
    mountMetricsUpdater(store),
    mountHashSync(store),
  ];
  return () => {
    unsubscribeView();
    disposeView?.();
    for (const dispose of disposers) dispose();
    root.replaceChildren();
  };
}
