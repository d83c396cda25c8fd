// The "Needs attention" view: the clients present at the date shown who need a worker's
// attention, ranked by the documented priority (src/core/attention), with filters by hub,
// keyworker and reason, the thresholds as settings kept with the project, and reviewed marks.
import { needsAttention, rowHasReason, withAttention, withMark, withoutMark, type AttentionList, type AttentionReason, type AttentionRow } from "../../../core/attention/index.ts";
import { el } from "../../dom.ts";
import type { AppState, Store } from "../../store.ts";
import { commitEditOrSay } from "../../edits.ts";
import { settingsForm } from "./attentionSettings.ts";
import { startReviewButton } from "../interview/startReview.ts";
import { keepViewState, viewStateOf } from "../../viewState.ts";

/** What the worker narrowed the list to (kept in the store's `viewState`: not part of the project). */
interface ListFilters {
  hub: string;
  keyworker: string;
  reason: string;
}

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const o = el("option", { value }, text);
  o.selected = selected;
  return o;
}

/** "5 → 3 → 2" of one series of the trend. */
function series(row: AttentionRow, key: "people" | "supportive"): string {
  return row.trend.map((t) => t[key]).join(" → ");
}

/** A row passes the filters. */
function passes(row: AttentionRow, f: ListFilters): boolean {
  if (f.hub && row.hub !== f.hub) return false;
  if (f.keyworker && !row.keyworkers.some((k) => k.id === f.keyworker)) return false;
  if (f.reason && !rowHasReason(row, f.reason)) return false;
  return true;
}

/** Mounts the view in `container`; returns the function that removes it. */
export function mountAttention(container: HTMLElement, store: Store): () => void {
  // The filters the worker chose stay in the store, so they are still set after another tab.
  const filters: ListFilters = { hub: "", keyworker: "", reason: "", ...viewStateOf(store, "attention") };
  const settingsOpen = { value: false };
  const root = el("section", { class: "attention", "aria-label": "Needs attention" });
  container.append(root);
  let list: AttentionList | undefined;
  let error = "";

  const compute = (state: AppState) => {
    try {
      list = state.at === undefined ? undefined : needsAttention(state.project, state.at);
      error = state.at === undefined ? "This project has no dates, so there are no reviews to compare: the list needs dated data." : "";
    } catch (e) {
      list = undefined;
      error = (e as Error).message;
    }
  };

  /** Disables `control` with the reason as its title where the project is read-only (a second tab). */
  const lockedHere = (control: HTMLInputElement | HTMLButtonElement | HTMLSelectElement) => {
    const { readOnly } = store.get();
    if (readOnly === undefined) return;
    control.disabled = true;
    control.title = readOnly;
  };

  const saveMark = (row: AttentionRow, reason: AttentionReason, note: string, date: string) => {
    const { project } = store.get();
    const marks = withMark(project.meta.attention?.marks ?? [], { client: row.client, reason: reason.flag, fingerprint: reason.fingerprint, date, note });
    if (!commitEditOrSay(store, "Mark a reason as reviewed", withAttention(project, { marks }))) render(store.get());
  };
  const removeMark = (row: AttentionRow, reason: AttentionReason) => {
    const { project } = store.get();
    commitEditOrSay(store, "Remove a reviewed mark", withAttention(project, { marks: withoutMark(project.meta.attention?.marks ?? [], row.client, reason.flag) }));
  };

  const reasonLine = (row: AttentionRow, reason: AttentionReason, headline: boolean): HTMLElement => {
    const line = el("div", { class: headline ? "attention-headline" : "attention-other", "data-reason": reason.flag });
    line.append(el("strong", {}, reason.label), ": ", reason.words);
    if (!headline && reason.held) line.append(el("span", { class: "attention-held" }, ` (${reason.held})`));
    if (reason.restates.length > 0) {
      line.append(el("div", { class: "attention-restates" }, `Includes: ${reason.restates.map((r) => r.label.toLowerCase()).join(", ")}`));
    }
    if (reason.mark) {
      const undo = el("button", { type: "button", class: "link" }, "undo");
      lockedHere(undo);
      undo.addEventListener("click", (e) => {
        e.stopPropagation();
        removeMark(row, reason);
      });
      line.append(el("div", { class: "attention-mark", "data-testid": "attention-mark" }, `✓ Reviewed ${reason.mark.date}${reason.mark.note ? `: ${reason.mark.note}` : ""} `, undo));
    } else {
      const button = el("button", { type: "button", class: "attention-review", "data-testid": "attention-review", title: "Note that you have looked at this reason" }, "mark reviewed");
      lockedHere(button);
      button.addEventListener("click", (e) => {
        e.stopPropagation();
        const note = el("input", { type: "text", placeholder: "What you found or did", "aria-label": "Note", "data-testid": "attention-note" });
        const date = el("input", { type: "date", "aria-label": "Reviewed on", value: new Date().toISOString().slice(0, 10) });
        const save = el("button", { type: "submit" }, "Save");
        const form = el("form", { class: "attention-mark-form" }, note, date, save);
        form.addEventListener("click", (ev) => ev.stopPropagation());
        form.addEventListener("submit", (ev) => {
          ev.preventDefault();
          if (!date.value) {
            date.setCustomValidity("Give the date of the review");
            date.reportValidity();
            return;
          }
          saveMark(row, reason, note.value.trim(), date.value);
        });
        button.replaceWith(form);
        note.focus();
      });
      line.append(el("div", { class: "attention-actions" }, button));
    }
    return line;
  };

  const render = (state: AppState) => {
    root.replaceChildren();
    root.append(el("h2", {}, "Needs attention"));
    if (!list) {
      root.append(el("p", { class: "attention-error", role: "alert" }, error));
      return;
    }
    const shown = list.rows.filter((r) => passes(r, filters));
    const share = list.present ? Math.round((100 * list.rows.length) / list.present) : 0;
    root.append(
      el(
        "p",
        { class: "attention-summary", "data-testid": "attention-summary" },
        `${list.rows.length} of ${list.present} clients present on ${list.at} need attention (${share}%)` +
          (shown.length !== list.rows.length ? `; ${shown.length} shown with the filters` : "") +
          (list.previous ? `. Changes are since the last review, ${list.previous.wave?.includes(list.previous.date) ? list.previous.wave : `${list.previous.wave ?? ""} (${list.previous.date})`}.` : "."),
      ),
      el(
        "p",
        { class: "attention-advisory" },
        "Flags are advisory: they point at what the recorded network shows, and a worker who knows the client decides. " +
          "Reviewed marks and settings are kept in the project: saved with it when it is kept on this device, and in its JSON export.",
      ),
    );

    // Filters: hub, keyworker, reason.
    const hubs = [...new Set(list.rows.map((r) => r.hub).filter((h): h is string => h !== undefined))].sort();
    const keyworkers = new Map<string, string>();
    for (const r of list.rows) for (const k of r.keyworkers) keyworkers.set(k.id, k.label);
    const reasons = list.ruleCounts.filter((c) => c.count > 0);
    const select = (label: string, key: keyof ListFilters, offered: [string, string][]) => {
      // A choice kept from before (another date or project) that nobody on the list has now is
      // still shown as chosen, rather than the menu claiming "Every …" over an empty list.
      const options: [string, string][] = filters[key] === "" || offered.some(([v]) => v === filters[key]) ? offered : [...offered, [filters[key], `${filters[key]} (nobody listed)`]];
      const s = el("select", { "aria-label": label, "data-testid": `attention-filter-${key}` }, option("", `Every ${label.toLowerCase()}`, filters[key] === ""), ...options.map(([v, t]) => option(v, t, filters[key] === v)));
      s.addEventListener("change", () => {
        filters[key] = s.value;
        keepViewState(store, "attention", { ...filters });
        render(store.get());
      });
      return el("label", {}, `${label} `, s);
    };
    root.append(
      el(
        "div",
        { class: "attention-filters" },
        select("Hub", "hub", hubs.map((h) => [h, h])),
        select("Keyworker", "keyworker", [...keyworkers].sort((a, b) => a[1].localeCompare(b[1])).map(([id, label]) => [id, state.hideNames ? id : label])),
        select("Reason", "reason", reasons.map((c) => [c.flag, `${c.label} (${c.count} flagged${c.listed ? "" : ", not listed on its own"})`])),
      ),
    );
    // The list is for the team's work and prints as shown: say so where exports are pseudonymised.
    if (state.pseudonymise && !state.hideNames) {
      root.append(el("p", { class: "export-names-note no-print", "data-testid": "attention-print-names" }, "Printing this list shows clients' names: “Pseudonymise exports” covers files and pictures, not this list. Tick “Hide names” to print ids."));
    }
    const settings = settingsForm(list, state.project, (next) => {
      if (!commitEditOrSay(store, "Change the needs-attention settings", withAttention(store.get().project, { settings: next }))) render(store.get());
    }, settingsOpen);
    if (state.readOnly !== undefined) {
      // Read-only here: the settings are shown, not changed, and the form says why.
      for (const control of settings.querySelectorAll<HTMLInputElement | HTMLButtonElement>("input, button, select")) lockedHere(control);
      settings.querySelector("summary")?.after(el("p", { class: "attention-read-only", "data-testid": "attention-settings-read-only" }, `These cannot be changed here: ${state.readOnly}`));
    }
    root.append(settings);

    const table = el("table", { class: "attention-table", "data-testid": "attention-table" });
    table.append(
      el("thead", {}, el("tr", {}, ...["#", "Client, hub, keyworker", "Why (headline reason, then the others)", "Headline holds", "Trend at the last reviews"].map((h) => el("th", { scope: "col" }, h)))),
    );
    const body = el("tbody");
    shown.forEach((row) => {
      const why = el("td", {}, reasonLine(row, row.headline, true), ...row.others.map((o) => reasonLine(row, o, false)));
      if (row.context.length > 0) why.append(el("div", { class: "attention-context" }, `Also: ${row.context.map((c) => c.words).join("; ")}`));
      const trend = el(
        "td",
        { class: "attention-trend", title: row.trend.map((t) => `${t.wave ?? t.date}: ${t.people} people, ${t.supportive} supportive ties`).join("\n") },
        el("div", {}, el("span", { class: "attention-series" }, "people "), series(row, "people")),
        el("div", {}, el("span", { class: "attention-series" }, "supportive ties "), series(row, "supportive")),
        el("div", { class: "attention-id" }, row.trend.map((t) => t.wave ?? t.date).join(" → ")),
      );
      const name = state.hideNames ? row.client : row.label;
      const tr = el(
        "tr",
        { "data-client": row.client, class: `${row.reviewed ? "reviewed " : ""}${state.selectedNode === row.client ? "selected" : ""}`.trim(), tabindex: "0" },
        el("td", {}, String(list!.rows.indexOf(row) + 1)),
        el(
          "td",
          { class: "attention-who" },
          el("button", { type: "button", class: "attention-name", title: "Open this client's journey: their network now and at the last review, and their indicators over the reviews" }, name),
          ...(state.hideNames ? [] : [el("div", { class: "attention-id" }, row.client)]),
          startReviewButton(store, row.client, "Review with them", { "aria-label": `Review with ${name}` }),
          el("div", { class: "attention-hub" }, row.hub ?? "no hub"),
          el(
            "div",
            { class: "attention-keyworker" },
            row.keyworkers.length === 0
              ? "no keyworker"
              : `keyworker ${row.keyworkers.map((k) => `${state.hideNames ? k.id : k.label}${k.ended ? ` (tie ended ${k.ended})` : ""}`).join(", ")}`,
          ),
        ),
        why,
        el("td", {}, row.headline.held),
        trend,
      );
      // A click on the row selects the client (details on the right); the name opens their journey.
      const open = () => store.set({ selectedNode: row.client });
      tr.addEventListener("click", open);
      tr.querySelector(".attention-name")!.addEventListener("click", (e) => {
        e.stopPropagation();
        store.set({ selectedNode: row.client, view: "journey" });
      });
      tr.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && e.target === tr) open();
      });
      body.append(tr);
    });
    table.append(body);
    root.append(shown.length > 0 ? table : el("p", { class: "attention-empty" }, "Nobody on the list with these filters and settings."));
  };

  compute(store.get());
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project || state.at !== previous.at) {
      compute(state);
      render(state);
    } else if (state.selectedNode !== previous.selectedNode || state.hideNames !== previous.hideNames || state.pseudonymise !== previous.pseudonymise || state.readOnly !== previous.readOnly) render(state);
  });
  return () => {
    unsubscribe();
    root.remove();
  };
}
