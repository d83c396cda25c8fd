// The Tables view: the nodes or the ties of the snapshot at the current date as a sortable,
// filterable table (optionally only what the map shows), with a row count, CSV export of what is
// shown, and row choice that selects the node so the details panel follows.
import { describeDropped } from "../../../core/privacy/pseudonymise.ts";
import { download, el } from "../../dom.ts";
import { visibility } from "../../map/visibility.ts";
import type { AppState, Store } from "../../store.ts";
import { nodeTable, reportFor } from "./nodeTable.ts";
import { pseudonymisedTable } from "./pseudonymisedTable.ts";
import { PSEUDONYMISED_NOTICE } from "../../../core/privacy/notice.ts";
import { exportPseudonymisation } from "../../export/pseudonymousExport.ts";
import { countText, filterRows, nextSort, sortRows, type SortState } from "./rowOrder.ts";
import { csvFileName, tableCsv } from "./tableCsv.ts";
import type { TableData } from "./tableData.ts";
import { createGrid } from "./tableGrid.ts";
import { tieTable } from "./tieTable.ts";
import { keepViewState, viewStateOf } from "../../viewState.ts";

type Which = TableData["what"];
const NAMES: Record<Which, string> = { nodes: "Nodes", ties: "Ties" };

/** Mounts the Tables view in `container`; returns the function that removes it. */
export function mountTables(container: HTMLElement, store: Store): () => void {
  // The table, sorts, filter text and map choice stay in the store, so they are as left after another tab.
  const kept = viewStateOf(store, "tables");
  let which: Which = kept?.which ?? "nodes";
  const sorts: Record<Which, SortState | undefined> = { nodes: undefined, ties: undefined, ...kept?.sorts };
  const keep = () => keepViewState(store, "tables", { which, sorts: { ...sorts }, filter: filter.value, onMap: onMap.checked });
  const built: Partial<Record<Which, TableData>> = {};
  let order: number[] = [];

  const switchButtons = (["nodes", "ties"] as const).map((w) => {
    const button = el("button", { type: "button", "aria-pressed": String(w === which), "data-table": w }, NAMES[w]);
    button.addEventListener("click", () => {
      which = w;
      switchButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.table === w)));
      keep();
      reorder();
    });
    return button;
  });
  const filter = el("input", { type: "search", class: "table-filter", placeholder: "Filter rows (any cell)…", title: "Rows where every word appears in some cell; press ↓ to go to the rows", "aria-label": "Filter rows: shows rows where every word appears in some cell; press down arrow to go to the rows" });
  const onMap = el("input", { type: "checkbox", id: "table-on-map" });
  const onMapLabel = el("label", { for: "table-on-map", title: "Apply the map's filters (kinds, tie types, valence, strength, communities, ranges) as well as the date" }, onMap, " Shown on the map only");
  filter.value = kept?.filter ?? "";
  onMap.checked = kept?.onMap ?? false;
  const count = el("span", { class: "table-count", role: "status", "aria-live": "polite" });
  const note = el("span", { class: "table-note" });
  const exportButton = el("button", { type: "button", class: "table-export" }, "Export CSV");
  const toolbar = el("div", { class: "table-toolbar" },
    el("div", { class: "table-switch", role: "group", "aria-label": "Which table" }, ...switchButtons),
    filter, onMapLabel, count, note, exportButton);
  const grid = createGrid({
    onSort(column) {
      sorts[which] = nextSort(sorts[which], column.key, column.numeric);
      keep();
      reorder();
    },
    onChoose(row) {
      const table = built[which];
      if (table) store.set({ selectedNode: table.rows[row].node });
    },
  });
  const root = el("div", { class: "table-view", "data-testid": "table-view" }, toolbar, grid.element);
  container.append(root);

  /** The table for the current choice, built when first needed after a change. */
  const current = (state: AppState): TableData => {
    built[which] ??= which === "nodes"
      ? nodeTable({ project: state.project, at: state.at, report: state.metrics, hideNames: state.hideNames, showGroupNames: state.showGroupNames })
      : tieTable({ project: state.project, at: state.at, hideNames: state.hideNames, showGroupNames: state.showGroupNames });
    return built[which]!;
  };

  const render = () => {
    const state = store.get();
    const table = current(state);
    count.textContent = countText(order.length, table.rows.length, which);
    note.textContent = which === "nodes" && !reportFor(state.metrics, state.at) ? "Metrics for this date are being computed…" : "";
    const pseudonymise = state.pseudonymise;
    exportButton.textContent = pseudonymise ? "Export CSV (pseudonymised)" : "Export CSV";
    exportButton.title = `Save the ${order.length} rows shown, in this order, as ${csvFileName(which, state.at, pseudonymise)}`;
    grid.update({ table, order, sort: sorts[which], selected: which === "nodes" ? state.selectedNode : undefined, name: NAMES[which] });
  };

  /** Filters and sorts again (new table, query, map filter or sort), then redraws. */
  const reorder = () => {
    const state = store.get();
    const table = current(state);
    let only: Set<string> | undefined;
    if (onMap.checked) {
      const shown = visibility(state.project, state.at, state.filters, state.metrics?.nodes);
      only = which === "nodes" ? shown.nodes : shown.ties;
    }
    order = sortRows(table, filterRows(table, filter.value, only), sorts[which]);
    render();
  };

  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  filter.addEventListener("input", () => {
    keep();
    if (filterTimer !== undefined) clearTimeout(filterTimer);
    const rows = built[which]?.rows.length ?? 0;
    if (rows < store.settings.instantFilterRows) reorder();
    else filterTimer = setTimeout(reorder, store.settings.filterDelayMs);
  });
  // Down arrow from the filter box goes straight to the rows, past the column headers.
  filter.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    event.preventDefault();
    grid.focusRows();
  });
  onMap.addEventListener("change", () => {
    keep();
    reorder();
  });
  exportButton.addEventListener("click", () => exportShown());

  /** Downloads what is shown, in the order shown: every matching row, not only those in view. */
  const exportShown = () => {
    // First: it may give the project its pseudonym key, a change of the store.
    const prepared = exportPseudonymisation(store);
    const state = store.get();
    const table = current(state);
    if (prepared) {
      const twin = pseudonymisedTable(table, order, state.project, state.at, reportFor(state.metrics, state.at), prepared);
      const name = csvFileName(which, twin.at, true);
      download(name, tableCsv(twin.table, twin.rows), "text/csv");
      const left = twin.dropped.filter((d) => d.where === which);
      const dropped = left.length > 0 ? `; left out ${left.map(describeDropped).join(", ")}` : "";
      const shifted = prepared.shiftDays !== 0 ? ", dates shifted" : "";
      const warnings = twin.warnings.map((w) => `. Warning: ${w.replace(/\.$/, "")}`).join("");
      store.set({ status: { ...store.get().status, message: `Saved ${name}: ${twin.rows.length} rows, names replaced by pseudonyms${shifted}${dropped}${warnings}. ${PSEUDONYMISED_NOTICE}` } });
    } else {
      const name = csvFileName(which, state.at, false);
      download(name, tableCsv(table, order), "text/csv");
      store.set({ status: { ...state.status, message: `Saved ${name}: ${order.length} rows` } });
    }
  };

  reorder();
  const unsubscribe = store.subscribe((state, previous) => {
    const structural = state.project !== previous.project || state.at !== previous.at || state.hideNames !== previous.hideNames || state.showGroupNames !== previous.showGroupNames;
    if (structural || state.metrics !== previous.metrics) {
      // Node tables carry metrics; tie tables only change with the project, date or names.
      delete built.nodes;
      if (structural) delete built.ties;
      reorder();
    } else if (onMap.checked && state.filters !== previous.filters) {
      reorder();
    } else if (state.selectedNode !== previous.selectedNode || state.pseudonymise !== previous.pseudonymise) {
      render();
    }
  });
  return () => {
    unsubscribe();
    if (filterTimer !== undefined) clearTimeout(filterTimer);
    grid.dispose();
    root.remove();
  };
}
