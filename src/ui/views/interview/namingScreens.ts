// The screens that name people: one question a screen (a first interview), or "Is Sam still
// someone you see?" and "Anyone new?" (a repeat review). Each name is typed once, with a kind
// picked by big buttons, and people already in the project are suggested while typing.
import {
  foldName, KIND_CHOICES, kindWord, NAME_GENERATORS, RECOVERY_GROUP_QUESTION, suggestPeople, withAlter, withName, withoutName, withoutPerson,
  type GeneratorId, type InterviewAlter,
} from "../../../core/interview/index.ts";
import type { NodeKind, TieType } from "../../../core/model/vocabulary.ts";
import { el } from "../../dom.ts";
import { bigButton, choiceButton, screenHead, type InterviewContext } from "./interviewContext.ts";

/** The name box, its suggestions and the kind buttons; adds a name for `generator` (none: "Anyone new?"). */
function nameForm(ctx: InterviewContext, generator: GeneratorId | undefined, defaultKind: NodeKind): HTMLElement {
  // Typing is not an answer: the name box and the kind chosen (a KIND_CHOICES id) are kept in the screen's scratch.
  const held = ctx.scratch;
  const defaultChoice = KIND_CHOICES.find((c) => c.kind === defaultKind)!.id;
  held.kind ??= defaultChoice;
  const { state, project } = ctx;
  const input = el("input", { type: "text", id: "iv-name", class: "iv-name", autocomplete: "off", "data-focus": "name", "aria-describedby": "iv-suggest-note" });
  input.value = held.text ?? "";
  const suggestions = el("ul", { class: "iv-suggestions", "aria-label": "Already in the project" });
  const note = el("p", { id: "iv-suggest-note", class: "iv-hint", "aria-live": "polite" });
  const named = new Set([state.client, ...state.alters.flatMap((a) => (a.nodeId ? [a.nodeId] : []))]);
  const message = el("p", { class: "iv-error", role: "alert" });
  const add = (name: { label: string; kind: NodeKind; nodeId?: string; tieType?: TieType }) => {
    // A name already on this list is said so, not silently ignored.
    const existing = state.alters.find((a) => (name.nodeId !== undefined ? a.nodeId === name.nodeId : a.nodeId === undefined && foldName(a.label) === foldName(name.label)));
    if (existing && (generator === undefined ? existing.before === undefined : existing.named.includes(generator))) {
      message.textContent = `${existing.label} is already on your list.`;
      input.focus();
      return;
    }
    held.text = "";
    held.kind = defaultChoice;
    ctx.update(withName(state, name, generator));
  };
  const showSuggestions = () => {
    const found = suggestPeople(project, input.value, state.date, named, 4);
    suggestions.replaceChildren(...found.map((s) => el("li", {}, bigButton(`${s.label} (${kindWord(s.kind)}), already in the project`, { class: "iv-button iv-suggestion", "data-focus": `suggest-${s.id}` },
      () => add({ label: s.label, kind: s.kind, nodeId: s.id })))));
    note.textContent = found.length > 0 ? `Is it someone already in the project? Tap them, or add “${input.value.trim()}” as new.` : "";
  };
  input.addEventListener("input", () => {
    held.text = input.value;
    showSuggestions();
  });
  showSuggestions();
  const kinds = el("div", { class: "iv-kinds", role: "group", "aria-label": "Who are they?" },
    ...KIND_CHOICES.map((c) => choiceButton(c.word, held.kind === c.id, { "data-focus": `kind-${c.id}`, "data-kind": c.kind }, () => {
      held.kind = c.id;
      ctx.update(state);
    })));
  // The Tab order is name → kind → Add (Enter in the name box adds with the kind chosen).
  const form = el("form", { class: "iv-name-form" },
    el("label", { for: "iv-name", class: "iv-label" }, "Name"),
    input, note, suggestions,
    el("p", { class: "iv-label", id: "iv-kind-label" }, "Who are they?"), kinds,
    el("button", { type: "submit", class: "iv-button iv-primary iv-add", "data-focus": "add" }, "Add"), message);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.value.trim() === "") {
      message.textContent = "Type a name first, then press Add.";
      input.focus();
      return;
    }
    const choice = KIND_CHOICES.find((c) => c.id === held.kind) ?? KIND_CHOICES.find((c) => c.id === defaultChoice)!;
    add({ label: input.value, kind: choice.kind, ...(choice.tieType !== undefined ? { tieType: choice.tieType } : {}) });
  });
  return form;
}

/** The names given to one question (or the new names of a repeat review), each with a Remove button. */
function namedList(ctx: InterviewContext, people: InterviewAlter[], generator: GeneratorId | undefined): HTMLElement {
  if (people.length === 0) return el("p", { class: "iv-hint iv-none" }, "Nobody yet. It is fine to say nobody: press Next.");
  return el("ul", { class: "iv-named", "aria-label": "Named" }, ...people.map((a) =>
    el("li", {}, el("span", { class: "iv-person" }, `${a.label} `, el("span", { class: "iv-kind" }, `(${kindWord(a.kind, a.tieType)})`)),
      bigButton("Remove", { "aria-label": `Remove ${a.label}`, "data-focus": `remove-${a.key}`, class: "iv-button iv-small" },
        () => ctx.update(generator ? withoutName(ctx.state, a.key, generator) : withoutPerson(ctx.state, a.key))),
      ...(a.kind === "group" && a.nodeId === undefined ? [recoveryQuestion(ctx, a)] : []))));
}

/** For a new group: "Is it a recovery group — like AA, NA, SMART, a recovery café?" Yes / No. */
function recoveryQuestion(ctx: InterviewContext, a: InterviewAlter): HTMLElement {
  const question = `${a.label}: ${RECOVERY_GROUP_QUESTION}`;
  return el("div", { role: "group", "aria-label": question, class: "iv-row-group iv-recovery" },
    el("span", { class: "iv-row-text" }, RECOVERY_GROUP_QUESTION),
    el("span", { class: "iv-row-buttons" },
      choiceButton("Yes", a.recovery === true, { "data-focus": `recovery-${a.key}-yes`, "data-answer": "yes" }, () => ctx.update(withAlter(ctx.state, a.key, { recovery: true }))),
      choiceButton("No", a.recovery === false, { "data-focus": `recovery-${a.key}-no`, "data-answer": "no" }, () => ctx.update(withAlter(ctx.state, a.key, { recovery: false })))));
}

/** One name generator's screen. */
export function nameScreen(ctx: InterviewContext, generator: GeneratorId): HTMLElement[] {
  const g = NAME_GENERATORS.find((x) => x.id === generator)!;
  const here = ctx.state.alters.filter((a) => a.named.includes(generator));
  const earlier = ctx.state.alters.filter((a) => !a.named.includes(generator));
  const again = earlier.length === 0 ? [] : [
    el("p", { class: "iv-label" }, "Someone you named already?"),
    el("div", { class: "iv-again" }, ...earlier.map((a) => bigButton(`+ ${a.label}`, { "aria-label": `Add ${a.label} here too`, "data-focus": `again-${a.key}` },
      () => ctx.update(withName(ctx.state, { label: a.label, kind: a.kind, ...(a.nodeId ? { nodeId: a.nodeId } : {}) }, generator))))),
  ];
  return [...screenHead(g.question, g.hint), el("div", { class: "iv-columns" },
    el("div", {}, nameForm(ctx, generator, g.kind), ...again),
    el("div", {}, el("h3", {}, "You named"), namedList(ctx, here, generator)))];
}

/** Repeat review: "Is <name> still someone you see?" (a group: "Do you still go to <name>?") for each one of the last review. */
export function stillScreen(ctx: InterviewContext): HTMLElement[] {
  const before = ctx.state.alters.filter((a) => a.before !== undefined);
  const since = ctx.state.previous ? ` at your last review (${ctx.state.previous})` : "";
  return [...screenHead("Who do you still see?", `These are the people you named${since}. Tap Yes or No for each one.`),
    el("ul", { class: "iv-rows" }, ...before.map((a) => {
      // A group is a place the client goes to, not someone they see.
      const question = a.kind === "group" ? `Do you still go to ${a.label}?` : `Is ${a.label} still someone you see?`;
      return el("li", { class: "iv-row" },
        el("div", { role: "group", "aria-label": question, class: "iv-row-group" },
          el("span", { class: "iv-row-text" }, question),
          el("span", { class: "iv-row-buttons" },
            choiceButton("Yes", a.still === true, { "data-focus": `still-${a.key}-yes`, "data-answer": "yes" }, () => ctx.update(withAlter(ctx.state, a.key, { still: true }))),
            choiceButton("No", a.still === false, { "data-focus": `still-${a.key}-no`, "data-answer": "no" }, () => ctx.update(withAlter(ctx.state, a.key, { still: false }))))));
    }))];
}

/** Repeat review: "Anyone new?", one name box, with the five questions as reminders. */
export function newScreen(ctx: InterviewContext): HTMLElement[] {
  const added = ctx.state.alters.filter((a) => a.before === undefined);
  return [...screenHead("Anyone new?", "Is there someone new in your life since last time? Think about these questions:"),
    el("ul", { class: "iv-reminders" }, ...NAME_GENERATORS.map((g) => el("li", {}, g.question))),
    el("div", { class: "iv-columns" }, el("div", {}, nameForm(ctx, undefined, "friend")), el("div", {}, el("h3", {}, "New people"), namedList(ctx, added, undefined)))];
}
