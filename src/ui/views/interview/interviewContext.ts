// What every screen of the interview is given: the interview's state, the way to change it (kept
// as a draft after every answer), and the project it will be recorded in.
import type { InterviewState } from "../../../core/interview/index.ts";
import type { Project } from "../../../core/model/schema.ts";
import { el } from "../../dom.ts";

/** A screen's view of the interview. */
export interface InterviewContext {
  state: InterviewState;
  project: Project;
  /** The client's name as the screens say it. */
  clientName: string;
  /** Replaces the state (stored in the drafts at once) and draws the screen again. */
  update(next: InterviewState): void;
  /** What a screen holds between its redraws that is not an answer (the name being typed); emptied on each new screen. `kind` is a `KIND_CHOICES` id. */
  scratch: { text?: string; kind?: string; picked?: string };
}

/** A big button with `text`; `pressed` makes it a toggle (aria-pressed). */
export function bigButton(text: string, attrs: Record<string, string> = {}, onClick?: () => void): HTMLButtonElement {
  const button = el("button", { type: "button", class: "iv-button", ...attrs }, text);
  if (onClick) button.addEventListener("click", onClick);
  return button;
}

/** A toggle button of a choice: pressed when chosen. */
export function choiceButton(text: string, pressed: boolean, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const extra = attrs.class ? ` ${attrs.class}` : "";
  return bigButton(text, { ...attrs, class: `iv-button iv-choice${extra}${pressed ? " chosen" : ""}`, "aria-pressed": String(pressed) }, onClick);
}

/** A screen's heading (focused when the screen opens) and its plain-words hint. */
export function screenHead(title: string, hint?: string): HTMLElement[] {
  return [el("h2", { class: "iv-question", tabindex: "-1", "data-focus": "heading" }, title), ...(hint ? [el("p", { class: "iv-hint" }, hint)] : [])];
}
