// Filters: kinds, tie types, valences, minimum strength, community, component and a metric
// range, with the live count of what is shown.
import { NODE_KINDS, TIE_TYPES, VALENCES } from "../../core/model/vocabulary.ts";
import { el } from "../dom.ts";
import { valueKeys } from "../map/nodeValues.ts";
import { showingText, visibility } from "../map/visibility.ts";
import { attentionKeep } from "../map/attentionOnMap.ts";
import { defaultFilters, type AppState, type Filters, type Store } from "../store.ts";

/** Mounts the filters in `container`. */
export function mountFiltersPanel(container: HTMLElement, store: Store): () => void {
  const setFilters = (patch: Partial<Filters>) => store.set({ filters: { ...store.get().filters, ...patch } });
  const checkboxes = <T extends string>(legend: string, values: readonly T[], field: "kinds" | "tieTypes" | "valences") => {
    const boxes = values.map((value) => {
      const box = el("input", { type: "checkbox", value, "data-filter": field });
      box.addEventListener("change", () => {
        const chosen = boxes.filter((b) => b.checked).map((b) => b.value as T);
        setFilters({ [field]: chosen } as Partial<Filters>);
      });
      return box;
    });
    const fieldset = el("fieldset", {}, el("legend", {}, legend), ...boxes.map((b) => el("label", {}, b, ` ${b.value.replace(/_/g, " ")}`)));
    return { fieldset, boxes };
  };
  const kinds = checkboxes("Kinds", NODE_KINDS, "kinds");
  const types = checkboxes("Tie types", TIE_TYPES, "tieTypes");
  const valences = checkboxes("Valence", VALENCES, "valences");
  const strength = el("input", { type: "range", min: "1", max: "5", step: "1", id: "min-strength" });
  const strengthValue = el("output", { for: "min-strength" });
  strength.addEventListener("input", () => setFilters({ minStrength: Number(strength.value) }));
  const community = el("select", { id: "community-filter" });
  const component = el("select", { id: "component-filter" });
  community.addEventListener("change", () => setFilters({ communities: community.value === "" ? undefined : [Number(community.value)] }));
  component.addEventListener("change", () => setFilters({ components: component.value === "" ? undefined : [Number(component.value)] }));
  const rangeKey = el("select", { id: "range-key", "aria-label": "Metric to filter on" });
  const rangeMin = el("input", { type: "number", step: "any", "aria-label": "Minimum", placeholder: "min" });
  const rangeMax = el("input", { type: "number", step: "any", "aria-label": "Maximum", placeholder: "max" });
  const applyRange = () => {
    if (!rangeKey.value) return setFilters({ metricRange: undefined });
    const min = rangeMin.value === "" ? -Infinity : Number(rangeMin.value);
    const max = rangeMax.value === "" ? Infinity : Number(rangeMax.value);
    setFilters({ metricRange: { key: rangeKey.value, min, max } });
  };
  rangeKey.addEventListener("change", applyRange);
  rangeMin.addEventListener("change", applyRange);
  rangeMax.addEventListener("change", applyRange);
  const reset = el("button", { type: "button" }, "Show everything");
  reset.addEventListener("click", () => {
    rangeMin.value = "";
    rangeMax.value = "";
    store.set({ filters: defaultFilters() });
  });
  const showing = el("p", { class: "showing", "aria-live": "polite" });
  const attentionOnly = el("input", { type: "checkbox", id: "attention-only", "data-filter": "attentionOnly" });
  attentionOnly.addEventListener("change", () => setFilters({ attentionOnly: attentionOnly.checked }));
  container.append(
    el("h2", {}, "Filters"), showing,
    el("label", { for: "attention-only", class: "attention-only" }, attentionOnly, " Only clients who need attention (and their ties)"),
    kinds.fieldset, types.fieldset, valences.fieldset,
    el("label", { for: "min-strength" }, "Minimum tie strength "), strengthValue, strength,
    el("label", { for: "community-filter" }, "Community"), community,
    el("label", { for: "component-filter" }, "Component"), component,
    el("label", { for: "range-key" }, "Metric range"), rangeKey, el("div", { class: "range-inputs" }, rangeMin, rangeMax),
    reset,
  );

  const options = (select: HTMLSelectElement, values: number[], all: string, chosen: readonly number[] | undefined, name: string) => {
    select.replaceChildren(el("option", { value: "" }, all), ...values.map((v) => el("option", { value: String(v) }, `${name} ${v}`)));
    select.value = chosen && chosen.length === 1 ? String(chosen[0]) : "";
  };
  const distinct = (state: AppState, key: string) =>
    [...new Set(Object.values(state.metrics?.nodes ?? {}).map((v) => v[key]).filter((v) => v !== undefined && !Number.isNaN(v)))].sort((a, b) => a - b);
  const render = (state: AppState, previous?: AppState) => {
    const f = state.filters;
    for (const [group, chosen] of [[kinds, f.kinds], [types, f.tieTypes], [valences, f.valences]] as const) {
      const set = new Set<string>(chosen);
      group.boxes.forEach((b) => (b.checked = set.has(b.value)));
    }
    attentionOnly.checked = f.attentionOnly;
    strength.value = String(f.minStrength);
    strengthValue.textContent = String(f.minStrength);
    if (!previous || state.metrics !== previous.metrics || state.filters !== previous.filters) {
      options(community, distinct(state, "community"), "All communities", f.communities, "Community");
      options(component, distinct(state, "component"), "All components", f.components, "Component");
      const numeric = valueKeys(state.project, state.metrics?.nodes).filter((k) => k.numeric);
      rangeKey.replaceChildren(el("option", { value: "" }, "No range"), ...numeric.map((k) => el("option", { value: k.key }, k.label)));
      rangeKey.value = f.metricRange?.key ?? "";
    }
    showing.textContent = showingText(visibility(state.project, state.at, f, state.metrics?.nodes, f.attentionOnly ? attentionKeep(state.project, state.at) : undefined));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.metrics !== previous.metrics || state.at !== previous.at || state.project !== previous.project) render(state, previous);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
