// "Does <name> help your recovery, neither, or put it at risk?" for each person (three big
// buttons), and "Who among these know each other?": tap one person, then another, to join or
// part them.
import { hasPair, keptAlters, knownPairs, toggledPair, VALENCE_ANSWERS, withAlter } from "../../../core/interview/index.ts";
import { el } from "../../dom.ts";
import { bigButton, choiceButton, screenHead, type InterviewContext } from "./interviewContext.ts";

/** The answers screen: one row a person. */
export function valenceScreen(ctx: InterviewContext): HTMLElement[] {
  const people = keptAlters(ctx.state);
  return [...screenHead("Do they help your recovery?", "For each person: do they help your recovery, neither, or put it at risk?"),
    el("ul", { class: "iv-rows" }, ...people.map((a) => {
      const question = `Does ${a.label} help your recovery, neither, or put it at risk?`;
      return el("li", { class: "iv-row" },
        el("div", { role: "group", "aria-label": question, class: "iv-row-group" },
          el("span", { class: "iv-row-text" }, `Does ${a.label} help your recovery?`),
          el("span", { class: "iv-row-buttons" }, ...VALENCE_ANSWERS.map((v) =>
            choiceButton(v.word, a.valence === v.valence, { "data-focus": `valence-${a.key}-${v.valence}`, "data-valence": v.valence, class: `iv-valence-${v.valence}` },
              () => ctx.update(withAlter(ctx.state, a.key, { valence: v.valence })))))));
    }))];
}

/** The pairs screen: people as big buttons; the pairs told, and those already known, listed below. */
export function pairsScreen(ctx: InterviewContext): HTMLElement[] {
  const people = keptAlters(ctx.state);
  const byKey = new Map(people.map((a) => [a.key, a]));
  const picked = ctx.scratch.picked !== undefined && byKey.has(ctx.scratch.picked) ? ctx.scratch.picked : undefined;
  const known = knownPairs(ctx.project, ctx.state).filter(([a, b]) => byKey.has(a) && byKey.has(b));
  const isKnown = (a: string, b: string) => known.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  const status = el("p", { class: "iv-hint iv-pick-status", "aria-live": "polite", "data-testid": "iv-pick-status" },
    picked ? `Now tap someone ${byKey.get(picked)!.label} knows, or tap ${byKey.get(picked)!.label} again to stop.` : "Tap a person, then tap someone they know.");
  const tap = (key: string) => {
    if (picked === undefined) ctx.scratch.picked = key;
    else {
      ctx.scratch.picked = undefined;
      if (picked !== key && !isKnown(picked, key)) {
        ctx.update(toggledPair(ctx.state, picked, key));
        return;
      }
    }
    ctx.update(ctx.state);
  };
  const grid = el("div", { class: "iv-people", role: "group", "aria-label": "People" }, ...people.map((a) => {
    const joined = picked !== undefined && picked !== a.key && (hasPair(ctx.state, picked, a.key) || isKnown(picked, a.key));
    return choiceButton(joined ? `${a.label} ✓` : a.label, picked === a.key, { "data-focus": `pick-${a.key}`, "data-key": a.key, ...(joined ? { class: "joined" } : {}) }, () => tap(a.key));
  }));
  const told = ctx.state.pairs.filter(([a, b]) => byKey.has(a) && byKey.has(b));
  const lines = [
    ...told.map(([a, b]) => el("li", {}, `${byKey.get(a)!.label} and ${byKey.get(b)!.label} know each other `,
      bigButton("Remove", { "aria-label": `Remove: ${byKey.get(a)!.label} and ${byKey.get(b)!.label}`, "data-focus": `unpair-${a}-${b}`, class: "iv-button iv-small" }, () => ctx.update(toggledPair(ctx.state, a, b))))),
    ...known.map(([a, b]) => el("li", { class: "iv-known" }, `${byKey.get(a)!.label} and ${byKey.get(b)!.label} know each other (already recorded)`)),
  ];
  return [...screenHead("Who among these know each other?", people.length < 2 ? "This needs two people or more: press Next." : undefined),
    ...(people.length < 2 ? [] : [status, grid, el("h3", {}, "Who knows who"),
      lines.length > 0 ? el("ul", { class: "iv-pairs", "data-testid": "iv-pairs" }, ...lines) : el("p", { class: "iv-hint" }, "Nobody joined yet.")])];
}
