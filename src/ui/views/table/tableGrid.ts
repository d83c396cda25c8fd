// The table element of the Tables view: a real <table> with scoped, sortable column headers
// (aria-sort, a button each) and only the rows in view in the page (windowing), with spacer
// rows for the rest. Rows are reached by Tab, moved through with the arrow keys, Home, End and
// Page Up/Down, and chosen with Enter, Space or a click.
import { el } from "../../dom.ts";
import type { SortState } from "./rowOrder.ts";
import { displayText, type Column, type TableData } from "./tableData.ts";
import { rowWindow, scrollToShow } from "./windowing.ts";

/** Row height in pixels; fixed so the window can be computed from the scroll position. */
export const ROW_HEIGHT = 28;

/** What the grid shows. */
export interface GridContent {
  table: TableData;
  /** Row numbers into `table.rows`, in display order. */
  order: readonly number[];
  sort: SortState | undefined;
  /** The key of the selected row (highlighted), if any. */
  selected: string | undefined;
  /** The accessible name of the table: "Nodes", "Ties". */
  name: string;
}

/** What the grid reports back. */
export interface GridEvents {
  onSort(column: Column): void;
  onChoose(row: number): void;
}

/** A column's width: numbers narrow, names and flag lists wide; fixed so scrolling never reflows. */
function columnWidth(column: Column): number {
  if (column.key === "label") return 180;
  if (column.key.endsWith("_label")) return 150;
  if (column.key === "flag_list") return 280;
  const header = column.header.length * 7.5 + 34;
  return Math.round(Math.min(220, Math.max(column.numeric ? 78 : column.code ? 130 : 100, header)));
}

/** How many leading columns stay in view when the table scrolls sideways: id and name, or id, from and to. */
function pinnedCount(table: TableData): number {
  return table.what === "ties" ? 3 : 2;
}

/** The `left` offsets of the pinned columns. */
function pinOffsets(table: TableData): number[] {
  const { columns } = table;
  const out: number[] = [];
  let left = 0;
  for (let c = 0; c < Math.min(pinnedCount(table), columns.length); c++) {
    out.push(left);
    left += columnWidth(columns[c]);
  }
  return out;
}

/** Marks a cell of a pinned column so it sticks to the left edge. */
function pin(cell: HTMLElement, c: number, offsets: readonly number[]): void {
  if (c >= offsets.length) return;
  cell.classList.add("pin");
  if (c === offsets.length - 1) cell.classList.add("pin-last");
  cell.style.setProperty("--pin-left", `${offsets[c]}px`);
}

/** The grid: `element` to put in the page, `update` to show new content, `dispose` to stop. */
export interface Grid {
  element: HTMLElement;
  update(content: GridContent): void;
  /** Moves keyboard focus to the table's rows (the active one). */
  focusRows(): void;
  dispose(): void;
}

/** Creates an empty grid; call `update` to fill it. */
export function createGrid(events: GridEvents): Grid {
  const scroller = el("div", { class: "table-scroll" });
  const table = el("table", { class: "data-table" });
  const colgroup = el("colgroup", {});
  const thead = el("thead", {});
  const tbody = el("tbody", {});
  table.append(colgroup, thead, tbody);
  scroller.append(table);
  let content: GridContent | undefined;
  let active = 0;
  let frame = 0;

  const renderHead = (c: GridContent) => {
    colgroup.replaceChildren(...c.table.columns.map((col) => el("col", { style: `width:${columnWidth(col)}px` })));
    table.style.width = `${c.table.columns.reduce((sum, col) => sum + columnWidth(col), 0)}px`;
    const offsets = pinOffsets(c.table);
    const cells = c.table.columns.map((col, k) => {
      const sorted = c.sort?.column === col.key ? c.sort.direction : undefined;
      const button = el("button", { type: "button", class: "sort" }, col.header, el("span", { class: "sort-mark", "aria-hidden": "true" }, sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : ""));
      button.addEventListener("click", () => events.onSort(col));
      const th = el("th", { scope: "col", title: col.meaning || col.header, "aria-sort": sorted ?? "none", "data-key": col.key, class: col.numeric ? "num" : "" }, button);
      pin(th, k, offsets);
      return th;
    });
    // A sort redraws the header; keep keyboard focus on the header the user just pressed.
    const focused = thead.contains(document.activeElement) ? document.activeElement?.closest("th")?.dataset.key : undefined;
    thead.replaceChildren(el("tr", { "aria-rowindex": "1" }, ...cells));
    if (focused !== undefined) cells.find((th) => th.dataset.key === focused)?.querySelector("button")?.focus();
  };

  const renderRows = () => {
    frame = 0;
    if (!content) return;
    const { table: data, order, selected } = content;
    const head = thead.getBoundingClientRect().height;
    const w = rowWindow(Math.max(0, scroller.scrollTop - head), scroller.clientHeight, ROW_HEIGHT, order.length);
    const span = String(data.columns.length);
    const offsets = pinOffsets(data);
    const spacer = (height: number) => el("tr", { class: "spacer", "aria-hidden": "true" }, el("td", { colspan: span, style: `height:${height}px` }));
    const rows: HTMLElement[] = [];
    // One row is in the Tab order: the active one, or the first in view when it is scrolled away.
    const tabStop = active >= w.first && active < w.last ? active : Math.min(w.last - 1, Math.floor(Math.max(0, scroller.scrollTop - head) / ROW_HEIGHT));
    if (w.before > 0) rows.push(spacer(w.before));
    for (let i = w.first; i < w.last; i++) {
      const row = data.rows[order[i]];
      const tr = el("tr", { "aria-rowindex": String(i + 2), tabindex: i === tabStop ? "0" : "-1", "data-position": String(i), "data-key": row.key });
      if (row.key === selected) {
        tr.classList.add("selected");
        tr.setAttribute("aria-current", "true");
      }
      row.cells.forEach((cell, c) => {
        const column = data.columns[c];
        const text = displayText(cell, column);
        const td = el("td", column.numeric ? { class: "num" } : {}, text);
        if (text.length > 18) td.title = text;
        pin(td, c, offsets);
        tr.append(td);
      });
      rows.push(tr);
    }
    if (w.after > 0) rows.push(spacer(w.after));
    const hadFocus = tbody.contains(document.activeElement);
    tbody.replaceChildren(...rows);
    if (hadFocus) tbody.querySelector<HTMLElement>(`tr[data-position="${active}"]`)?.focus({ preventScroll: true });
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(renderRows);
  };

  /** Makes row `position` the active one, scrolls it into view and focuses it. */
  const activate = (position: number) => {
    if (!content || content.order.length === 0) return;
    active = Math.max(0, Math.min(content.order.length - 1, position));
    const head = thead.getBoundingClientRect().height;
    const top = scrollToShow(active, scroller.scrollTop, scroller.clientHeight, ROW_HEIGHT, head);
    if (top !== undefined) scroller.scrollTop = top;
    renderRows();
    tbody.querySelector<HTMLElement>(`tr[data-position="${active}"]`)?.focus({ preventScroll: true });
  };

  const positionOf = (target: EventTarget | null) => {
    const tr = (target as HTMLElement | null)?.closest?.("tr[data-position]");
    return tr ? Number((tr as HTMLElement).dataset.position) : undefined;
  };
  tbody.addEventListener("click", (event) => {
    const position = positionOf(event.target);
    if (position === undefined || !content) return;
    active = position;
    events.onChoose(content.order[position]);
  });
  tbody.addEventListener("focusin", (event) => {
    const position = positionOf(event.target);
    if (position !== undefined) active = position;
  });
  tbody.addEventListener("keydown", (event) => {
    const position = positionOf(event.target);
    if (position === undefined || !content) return;
    const page = Math.max(1, Math.floor(scroller.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: position + 1, ArrowUp: position - 1, PageDown: position + page, PageUp: position - page, Home: 0, End: content.order.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      activate(moves[event.key]);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      active = position;
      events.onChoose(content.order[position]);
    }
  });
  scroller.addEventListener("scroll", schedule);
  /** Pins only when the pinned columns take at most half the width, so the rest stays readable. */
  const updatePinning = () => {
    if (!content) return;
    const { columns } = content.table;
    const pinned = columns.slice(0, pinnedCount(content.table)).reduce((sum, col) => sum + columnWidth(col), 0);
    table.classList.toggle("pinning", scroller.clientWidth >= 2 * pinned);
  };
  const resize = new ResizeObserver(() => {
    updatePinning();
    schedule();
  });
  resize.observe(scroller);

  return {
    element: scroller,
    update(next) {
      const sameRows = content && content.table === next.table && content.order === next.order;
      const sameHead = content && content.table.columns === next.table.columns && content.sort === next.sort;
      content = next;
      table.setAttribute("aria-label", next.name);
      table.setAttribute("aria-rowcount", String(next.order.length + 1));
      if (!sameHead) {
        renderHead(next);
        updatePinning();
      }
      if (!sameRows) {
        active = Math.min(active, Math.max(0, next.order.length - 1));
        if (content.order.length === 0) active = 0;
      }
      renderRows();
    },
    focusRows() {
      activate(active);
    },
    dispose() {
      if (frame !== 0) cancelAnimationFrame(frame);
      resize.disconnect();
      scroller.remove();
    },
  };
}
