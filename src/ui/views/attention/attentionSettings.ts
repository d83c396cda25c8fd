// The thresholds of the "needs attention" list as a form, with how many clients each rule flags:
// a change is saved in the project (meta.attention.settings) and the list follows at once.
import { attentionSettingsSchema, attentionSettingsOf, type AttentionList, type AttentionSettings } from "../../../core/attention/index.ts";
import type { Project } from "../../../core/model/schema.ts";
import { el } from "../../dom.ts";

/** The numeric settings shown, with their bounds and step. */
const NUMBERS: { key: keyof AttentionSettings; label: string; step: string; min: string; max?: string }[] = [
  { key: "supportiveLostAtLeast", label: "Supportive ties lost: at least", step: "1", min: "1" },
  { key: "supportiveLostShareAtLeast", label: "…and at least this share of them (0–1)", step: "0.05", min: "0", max: "1" },
  { key: "newRiskAtLeast", label: "New risk ties: at least", step: "1", min: "1" },
  { key: "riskShareAtLeast", label: "Risk ties: share at least (0–1)", step: "0.05", min: "0", max: "1" },
  { key: "minPeople", label: "Fewer than this many people", step: "1", min: "1" },
  { key: "minGroups", label: "Fewer than this many groups", step: "1", min: "1" },
];

/**
 * The settings form: one checkbox per rule ("lists a client") with its count, and the
 * thresholds. `save` gets the whole new settings object once it is valid; `open` keeps whether
 * the form is unfolded across re-renders.
 */
export function settingsForm(list: AttentionList, project: Project, save: (settings: AttentionSettings) => void, open: { value: boolean }): HTMLElement {
  const settings = attentionSettingsOf(project);
  const details = el("details", { class: "attention-settings", "data-testid": "attention-settings" });
  details.open = open.value;
  details.addEventListener("toggle", () => {
    open.value = details.open;
  });
  details.append(el("summary", {}, "Rules and thresholds (kept with the project)"));

  const rules = el("table", { class: "attention-rules", "data-testid": "attention-rules" });
  rules.append(el("thead", {}, el("tr", {}, el("th", {}, "Lists a client"), el("th", {}, "Rule"), el("th", {}, "Clients it flags now"))));
  const rulesBody = el("tbody");
  for (const c of list.ruleCounts) {
    const box = el("input", { type: "checkbox", "aria-label": `List clients for: ${c.label}`, "data-flag": c.flag });
    box.checked = c.listed;
    box.addEventListener("change", () => {
      const listOn = box.checked ? [...settings.listOn, c.flag] : settings.listOn.filter((f) => f !== c.flag);
      save({ ...settings, listOn });
    });
    rulesBody.append(el("tr", { "data-flag": c.flag }, el("td", {}, box), el("td", {}, c.label), el("td", { class: "attention-count" }, `${c.count} of ${list.present}`)));
  }
  rules.append(rulesBody);
  details.append(rules);

  const numbers = el("div", { class: "attention-thresholds" });
  for (const n of NUMBERS) {
    const input = el("input", { type: "number", step: n.step, min: n.min, ...(n.max ? { max: n.max } : {}), value: String(settings[n.key]), "data-setting": n.key });
    input.addEventListener("change", () => {
      const candidate = { ...settings, [n.key]: Number(input.value) };
      const parsed = attentionSettingsSchema.safeParse(candidate);
      if (input.value === "" || !parsed.success) {
        input.setCustomValidity(`${n.label}: ${parsed.success ? "give a number" : parsed.error.issues[0].message}`);
        input.reportValidity();
        return;
      }
      input.setCustomValidity("");
      save(parsed.data);
    });
    numbers.append(el("label", {}, `${n.label} `, input));
  }
  const reset = el("button", { type: "button" }, "Back to the defaults");
  reset.addEventListener("click", () => save(attentionSettingsSchema.parse({})));
  numbers.append(reset);
  details.append(numbers);
  return details;
}
