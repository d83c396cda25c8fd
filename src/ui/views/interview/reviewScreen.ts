// The last screen: what Save will record, in plain words, with the picture of the network as it
// will be (the ego view's drawing); nothing is recorded before Save.
import { kindWord, planInterview, RING_WORDS, strengthOfRing, valenceWord, type InterviewPlan } from "../../../core/interview/index.ts";
import type { Project } from "../../../core/model/schema.ts";
import { el } from "../../dom.ts";
import { egoSvg } from "../ego/egoDrawing.ts";
import { egoLayout } from "../ego/egoLayout.ts";
import { screenHead, type InterviewContext } from "./interviewContext.ts";

const closeness = (strength: number) => RING_WORDS[strengthOfRing(strength) - 1].toLowerCase();

function section(title: string, testId: string, items: (string | Node)[][]): HTMLElement[] {
  if (items.length === 0) return [];
  return [el("h3", {}, title), el("ul", { class: "iv-plan", "data-testid": testId }, ...items.map((parts) => el("li", {}, ...parts)))];
}

/** The plan's lists, in the order a worker reads them back to the client. */
export function planList(plan: InterviewPlan, date: string): HTMLElement[] {
  const lists = [
    ...section("New people", "iv-plan-people", plan.newPeople.map((p) => [`${p.label} (${kindWord(p.kind, p.tieType)}${p.kind !== "group" ? "" : p.recovery === true ? ", a recovery group" : p.recovery === false ? ", not a recovery group" : ", recovery group? not answered"})`])),
    ...section(`New in your network from ${date}`, "iv-plan-new", plan.newTies.map((t) => [`${t.label}: ${closeness(t.strength)}, ${t.unanswered ? "not answered — recorded as neither" : valenceWord(t.valence)}`])),
    ...section(`Changed from ${date}`, "iv-plan-changed", plan.changedTies.map((t) => [`${t.label}: was ${closeness(t.before.strength)}, ${valenceWord(t.before.valence)}; now ${closeness(t.after.strength)}, ${valenceWord(t.after.valence)}`])),
    ...section(`No longer seen: ended on ${date}`, "iv-plan-ended", plan.endedTies.map((t) => [t.label])),
    ...section("The same as before", "iv-plan-kept", plan.keptTies.map((t) => [`${t.label}: ${closeness(t.strength)}, ${valenceWord(t.valence)}`])),
    ...section("Know each other", "iv-plan-pairs", plan.newPairs.map(([a, b]) => [`${a} and ${b}`])),
  ];
  return lists.length > 0 ? lists : [el("p", { class: "iv-hint" }, "Nothing to record but the review itself.")];
}

/** The review screen's body; `plan` and the recorded project come from `planInterview`, or its error is shown. */
export function reviewScreen(ctx: InterviewContext, hideNames: boolean): { body: HTMLElement[]; recorded: Project | undefined } {
  let planned: { project: Project; plan: InterviewPlan };
  try {
    planned = planInterview(ctx.project, ctx.state);
  } catch (e) {
    return { body: [...screenHead("Check what will be recorded"), el("p", { class: "iv-error", role: "alert" }, (e as Error).message.replace(/^core\/interview: /, ""))], recorded: undefined };
  }
  const { plan, project } = planned;
  const layout = egoLayout(project, ctx.state.client, ctx.state.date, ctx.state.previous);
  const picture = layout ? [el("figure", { class: "iv-preview" }, el("figcaption", {}, "Your network after this review"),
    egoSvg(layout, { hideNames, side: "now", sectorLabels: false, shortNames: true, fontScale: 1.4, testId: "iv-preview" }))] : [];
  const wave = plan.wave ? `It is recorded as a new review on ${ctx.state.date}.` : `It is recorded in the review of ${ctx.state.date}.`;
  return {
    body: [...screenHead("Check what will be recorded", `${wave} Nothing is saved until you press Save.`),
      el("div", { class: "iv-columns" }, el("div", { class: "iv-plan-lists" }, ...planList(plan, ctx.state.date)), el("div", {}, ...picture))],
    recorded: project,
  };
}
