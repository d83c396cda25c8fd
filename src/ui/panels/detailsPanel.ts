// The selected node: its fields and attributes, its metrics each with a plain-language
// meaning (from the metric descriptors), any flags with their evidence, and its ties at the
// current date.
import { attentionSettingsOf, mergeReasons, reasonWords, type AttentionReason } from "../../core/attention/index.ts";
import { attentionListAt } from "../map/attentionOnMap.ts";
import { METRIC_INFO } from "../metricInfo.ts";
import { isPartialReport } from "../metricsLocal.ts";
import { MODEL_FIELDS, type FieldInfo } from "../../core/model/fields.ts";
import { describeSpells } from "../../core/model/spells.ts";
import type { Spell } from "../../core/model/schema.ts";
import { isActiveAt } from "../../core/model/snapshot.ts";
import { el } from "../dom.ts";
import { shownName, showsName } from "../names.ts";
import { formatNumber } from "../map/appearance.ts";
import type { AppState, Store } from "../store.ts";
import { describeWeight, weightGaps } from "../../core/model/weight.ts";
import { observedMeasures, valueAt, type ValueAt } from "../../core/model/valuesAt.ts";


/** The node's fields the panel lists: all but the id and name (in the heading) and the saved layout positions. */
const DETAIL_FIELDS = MODEL_FIELDS.nodes.filter((f) => !f.internal && f.kind !== "id" && f.name !== "label");

/** A field's value in words: vocabulary codes with spaces, yes/no, spells as periods. */
function shownValue(value: unknown, field: FieldInfo): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (field.kind === "intervals") return describeSpells(value as Spell[]);
  return field.kind === "enum" ? String(value).replace(/_/g, " ") : String(value);
}

/**
 * Says that only degree and strength were computed for this large snapshot, and offers to compute
 * the rest in the background (or names the command that does).
 */
function partialHint(state: AppState, store: Store): HTMLElement {
  const { nodes, ties } = state.metrics!.network;
  const computing = state.status.phase === "computing";
  const button = el("button", { type: "button", "data-testid": "compute-all" }, computing ? "Computing…" : "Compute them all for this date");
  if (computing) button.setAttribute("disabled", "");
  button.addEventListener("click", () => store.set({ fullReportAsked: store.get().fullReportAsked + 1 }));
  return el("div", { class: "hint", "data-testid": "partial-metrics" },
    el("p", {},
      `Degree and strength only: the other metrics of a network this large (${nodes.toLocaleString("en-GB")} nodes, ${ties.toLocaleString("en-GB")} ties) take a while, so they are not computed at every date. ` +
      "Compute them here (in the background; the map stays usable), or with the command line: " +
      `npx recovery-networks metrics FILE${state.at ? ` --at ${state.at}` : ""}.`),
    button);
}

/** "Strength = sum of `weight`": which tie value strength adds up (set under Appearance), and the ties without one. */
function weightLine(state: AppState): HTMLElement {
  const weight = state.project.meta.weight;
  const gaps = weightGaps(state.project.ties, weight);
  const without = gaps.missing + gaps.notNumeric;
  const note = without > 0 ? ` ${without} of ${state.project.ties.length} ties have no numeric \`${weight}\` and count 1.` : "";
  return el("p", { class: "hint", "data-testid": "weight-line" }, `Strength = ${describeWeight(weight)}.${note} Change it with "Tie weight" under Appearance.`);
}

/** "(recorded 2014-06-07)" for an observation; "(as entered)" for the node's own field. */
function recorded(v: ValueAt): string {
  return v.date === undefined ? "(as entered)" : `(recorded ${v.date})`;
}

/** Mounts the details panel in `container`. */
export function mountDetailsPanel(container: HTMLElement, store: Store): () => void {
  const render = (state: AppState) => {
    container.replaceChildren(el("h2", {}, "Details"));
    const id = state.selectedNode;
    const node = id === undefined ? undefined : state.project.nodes.find((n) => n.id === id);
    if (!node) {
      container.append(el("p", { class: "hint" }, "Click a node on the map, or press / and type a name or id."));
      return;
    }
    const present = state.at === undefined || isActiveAt(node, state.at);
    container.append(el("h3", {}, showsName(node.kind, state) ? `${node.label} (${node.id})` : node.id));
    if (!present) container.append(el("p", { class: "hint" }, `Not in the network on ${state.at}.`));
    // Observed measures (use_status, BARC-10 …) read as of the date shown, with the date recorded.
    const measures = observedMeasures(state.project);
    const observed = new Set(measures.map((m) => m.measure));
    const fields: [string, string, string?][] = [];
    for (const field of DETAIL_FIELDS) {
      if (observed.has(field.name)) {
        const v = valueAt(state.project, node.id, field.name, state.at);
        if (v !== undefined) fields.push([field.label.toLowerCase(), shownValue(v.value, field), recorded(v)]);
        continue;
      }
      const value = (node as Record<string, unknown>)[field.name];
      if (value !== undefined) fields.push([field.label.toLowerCase(), shownValue(value, field)]);
    }
    for (const m of measures) {
      if (DETAIL_FIELDS.some((f) => f.name === m.measure)) continue;
      const v = valueAt(state.project, node.id, m.measure, state.at);
      if (v !== undefined) fields.push([m.label, typeof v.value === "number" ? formatNumber(v.value) : String(v.value).replace(/_/g, " "), recorded(v)]);
    }
    for (const [k, v] of Object.entries(node.attributes)) if (!observed.has(k)) fields.push([k, String(v)]);
    container.append(el("dl", { "data-testid": "node-fields" }, ...fields.flatMap(([k, v, when]) => [
      el("dt", {}, k),
      el("dd", { "data-field": k }, v, ...(when ? [" ", el("span", { class: "recorded" }, when)] : [])),
    ])));

    // The same reasons as the Needs attention list: merged, in priority order, in plain words.
    const list = attentionListAt(state.project, state.at);
    const row = list?.rows.find((r) => r.client === node.id);
    if (row) {
      const reason = (r: AttentionReason) => el("li", {}, el("strong", {}, r.label), `: ${r.words} (${r.held})`);
      container.append(el("h4", {}, "Needs attention (advisory)"),
        el("ul", { class: "flags", "data-testid": "attention-reasons" }, reason(row.headline), ...row.others.map(reason)));
      if (row.context.length > 0) container.append(el("p", { class: "hint" }, `Also: ${row.context.map((r) => r.words).join("; ")}`));
    } else {
      const flags = state.metrics?.flags.filter((f) => f.node === node.id) ?? [];
      if (flags.length > 0) {
        let settings;
        try {
          settings = attentionSettingsOf(state.project);
        } catch {
          settings = undefined; // the Needs attention view says what is wrong with the saved settings
        }
        container.append(el("h4", {}, "Noted (not on the Needs attention list)"),
          el("ul", { class: "flags" }, ...mergeReasons(flags, undefined, settings).map((m) => el("li", {}, el("strong", {}, m.label), `: ${reasonWords(m.flag, m.evidence, list?.previous)}`))));
      }
    }

    const values = state.metrics?.nodes[node.id];
    if (values) {
      const rows = Object.entries(values).map(([key, v]) => {
        const info = METRIC_INFO.get(key);
        return el("tr", { title: info?.meaning ?? "" },
          el("th", {}, info?.label ?? key),
          el("td", {}, Number.isNaN(v) ? "—" : formatNumber(v)),
          el("td", { class: "meaning" }, info?.meaning ?? ""));
      });
      container.append(el("h4", {}, `Metrics${state.at ? ` on ${state.at}` : ""}`), el("table", { class: "metrics" }, ...rows), weightLine(state));
      for (const warning of state.metrics?.warnings ?? []) container.append(el("p", { class: "hint", "data-testid": "metric-warning" }, warning.text));
      if (state.metrics && isPartialReport(state.metrics)) container.append(partialHint(state, store));
    } else if (present) {
      container.append(el("p", { class: "hint" }, "Metrics are being computed…"));
    }

    const names = new Map(state.project.nodes.map((n) => [n.id, shownName(n, state)]));
    const ties = state.project.ties.filter((t) => (t.source === node.id || t.target === node.id) && (state.at === undefined || isActiveAt(t, state.at)));
    container.append(el("h4", {}, `Ties (${ties.length})`),
      el("ul", { class: "ties" }, ...ties.map((t) => {
        const other = t.source === node.id ? t.target : t.source;
        const link = el("button", { type: "button", class: "link" }, names.get(other) ?? other);
        link.addEventListener("click", () => store.set({ selectedNode: other }));
        return el("li", { class: `valence-${t.valence}` }, link, ` — ${t.type.replace(/_/g, " ")}, ${t.valence}, strength ${t.strength}`);
      })));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedNode !== previous.selectedNode || state.at !== previous.at || state.metrics !== previous.metrics || state.status.phase !== previous.status.phase || state.hideNames !== previous.hideNames || state.showGroupNames !== previous.showGroupNames || state.project !== previous.project || state.project.meta.weight !== previous.project.meta.weight) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
