// The screens that name people: one question a screen (a first interview), or "Is Sam still
// someone you see?" and "Anyone new?" (a repeat review). Each name is typed once, with a kind
// picked by big buttons, and people already in the project are suggested while typing.
import {
  KIND_CHOICES, kindWord, NAME_GENERATORS, suggestPeople, withAlter, withName, withoutName, withoutPerson,
  type GeneratorId, type InterviewAlter,
} from "../../../core/interview/index.ts";
import type { NodeKind } from "../../../core/model/vocabulary.ts";
import { el } from "../../dom.ts";
import { bigButton, choiceButton, screenHead, type InterviewContext } from "./interviewContext.ts";

/** The name box, its suggestions and the kind buttons; adds a name for `generator` (none: "Anyone new?"). */
function nameForm(ctx: InterviewContext, generator: GeneratorId | undefined, defaultKind: NodeKind): HTMLElement {
  // Typing is not an answer: the name box and the kind chosen are kept in the screen's scratch.
  const held = ctx.scratch;
  held.kind ??= defaultKind;
  const { state, project } = ctx;
  const input = el("input", { type: "text", id: "iv-name", class: "iv-name", autocomplete: "off", "data-focus": "name", "aria-describedby": "iv-suggest-note" });
  input.value = held.text ?? "";
  const suggestions = el("ul", { class: "iv-suggestions", "aria-label": "Already in the project" });
  const note = el("p", { id: "iv-suggest-note", class: "iv-hint", "aria-live": "polite" });
  const named = new Set([state.client, ...state.alters.flatMap((a) => (a.nodeId ? [a.nodeId] : []))]);
  const add = (name: { label: string; kind: NodeKind; nodeId?: string }) => {
    held.text = "";
    held.kind = defaultKind;
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
    ...KIND_CHOICES.map((c) => choiceButton(c.word, held.kind === c.kind, { "data-focus": `kind-${c.kind}`, "data-kind": c.kind }, () => {
      held.kind = c.kind;
      ctx.update(state);
    })));
  const message = el("p", { class: "iv-error", role: "alert" });
  const form = el("form", { class: "iv-name-form" },
    el("label", { for: "iv-name", class: "iv-label" }, "Name"),
    el("div", { class: "iv-name-row" }, input, el("button", { type: "submit", class: "iv-button iv-primary", "data-focus": "add" }, "Add")),
    note, suggestions,
    el("p", { class: "iv-label", id: "iv-kind-label" }, "Who are they?"), kinds, message);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.value.trim() === "") {
      message.textContent = "Type a name first, then press Add.";
      input.focus();
      return;
    }
    add({ label: input.value, kind: held.kind ?? defaultKind });
  });
  return form;
}

/** The names given to one question (or the new names of a repeat review), each with a Remove button. */
function namedList(ctx: InterviewContext, people: InterviewAlter[], generator: GeneratorId | undefined): HTMLElement {
  if (people.length === 0) return el("p", { class: "iv-hint iv-none" }, "Nobody yet. It is fine to say nobody: press Next.");
  return el("ul", { class: "iv-named", "aria-label": "Named" }, ...people.map((a) =>
    el("li", {}, el("span", { class: "iv-person" }, `${a.label} `, el("span", { class: "iv-kind" }, `(${kindWord(a.kind)})`)),
      bigButton("Remove", { "aria-label": `Remove ${a.label}`, "data-focus": `remove-${a.key}`, class: "iv-button iv-small" },
        () => ctx.update(generator ? withoutName(ctx.state, a.key, generator) : withoutPerson(ctx.state, a.key))))));
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

/** Repeat review: "Is <name> still someone you see?" for each person of the last review. */
export function stillScreen(ctx: InterviewContext): HTMLElement[] {
  const before = ctx.state.alters.filter((a) => a.before !== undefined);
  const since = ctx.state.previous ? ` at your last review (${ctx.state.previous})` : "";
  return [...screenHead("Who do you still see?", `These are the people you named${since}. Tap Yes or No for each one.`),
    el("ul", { class: "iv-rows" }, ...before.map((a) => {
      const question = `Is ${a.label} still someone you see?`;
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
