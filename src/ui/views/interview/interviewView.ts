// The Interview view (issue 12): a worker and a client draw the client's network together, a
// question a screen, with a mouse, a finger or the keyboard. The answers are kept in the store's
// drafts after each one (`interview:<client id>`), so the interview can be paused and resumed;
// nothing is recorded in the project until Save on the last screen, as one undoable change.
// While it is shown the side panels and the timeline step aside (interview.css), so the
// screens have the room a client needs on a laptop or a tablet. Names are always shown here:
// the client is saying them. Another project opened into the store (a file) ends the interview
// shown: it belonged to the project left.
import {
  draftKey, interviewLabel, interviewSchema, interviewSteps, startFromLastReview, unansweredStill, withSuggestedValences, type InterviewState,
} from "../../../core/interview/index.ts";
import { today } from "../../../core/model/dates.ts";
import type { Project } from "../../../core/model/schema.ts";
import { isActiveAt } from "../../../core/model/snapshot.ts";
import { el } from "../../dom.ts";
import { commitEdit } from "../../edits.ts";
import { openNodeForm } from "../../edit/editForms.ts";
import type { AppState, Store } from "../../store.ts";
import { openedAnotherProject } from "../../storage/session.ts";
import { pairsScreen, valenceScreen } from "./answerScreens.ts";
import { bigButton, type InterviewContext } from "./interviewContext.ts";
import { nameScreen, newScreen, stillScreen } from "./namingScreens.ts";
import { reviewScreen } from "./reviewScreen.ts";
import { ringsScreen } from "./ringsScreen.ts";
import "./interview.css";

/** A client's paused interview from the drafts, or undefined (none, or a draft that no longer reads). */
export function pausedInterview(state: AppState, client: string): InterviewState | undefined {
  const parsed = interviewSchema.safeParse(state.drafts[draftKey(client)]);
  return parsed.success && parsed.data.client === client ? parsed.data : undefined;
}

function clientLabel(project: Project, id: string): string {
  return project.nodes.find((n) => n.id === id)?.label ?? id;
}

/** Mounts the Interview view in `container`; returns the function that removes it. */
export function mountInterview(container: HTMLElement, store: Store): () => void {
  const root = el("div", { class: "interview-view", "data-testid": "interview-view" });
  container.append(root);
  let current: InterviewState | undefined;
  let scratch: InterviewContext["scratch"] = {};
  let notice = "";

  const keep = (next: InterviewState | undefined, client: string) => {
    const drafts = { ...store.get().drafts };
    if (next) drafts[draftKey(client)] = next;
    else delete drafts[draftKey(client)];
    store.set({ drafts });
  };

  /** Draws again, keeping the focus on the control that had it (by its data-focus), or on the heading of a new screen. */
  const redraw = (newScreen: boolean) => {
    const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.dataset.focus : undefined;
    if (current) drawInterview(current);
    else drawStart();
    const target = (!newScreen && focused ? root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`) : null) ?? (newScreen ? root.querySelector<HTMLElement>('[data-focus="heading"]') : null);
    target?.focus({ preventScroll: !newScreen });
  };

  const goTo = (step: number) => {
    if (!current) return;
    scratch = {};
    current = { ...current, step };
    // The answers to "Who helps you stay well?" and "Who do you use or drink with?" are carried
    // into "Does <name> help your recovery?" as pre-selected answers the client confirms or changes.
    if (interviewSteps(current)[step]?.id === "valence") current = withSuggestedValences(current);
    keep(current, current.client);
    redraw(true);
    root.scrollTop = 0;
  };

  const drawStart = () => {
    const state = store.get();
    const { project } = state;
    const selected = state.selectedNode === undefined ? undefined : project.nodes.find((n) => n.id === state.selectedNode && n.kind === "service_user");
    const date = el("input", { type: "date", id: "iv-date", class: "iv-date", value: today(), "data-focus": "date" });
    const error = el("p", { class: "iv-error", role: "alert", "data-testid": "iv-start-error" });
    const clients = project.nodes.filter((n) => n.kind === "service_user").sort((a, b) => a.label.localeCompare(b.label));
    const chooser = el("select", { id: "iv-client", class: "iv-select", "data-focus": "client" },
      el("option", { value: "" }, "Choose a client"), ...clients.map((n) => el("option", { value: n.id }, `${n.label} (${n.id})`)));
    if (selected) chooser.value = selected.id;
    const chosen = () => chooser.value || undefined;
    const start = (client: string, fresh: boolean) => {
      const paused = fresh ? undefined : pausedInterview(store.get(), client);
      try {
        current = paused ?? startFromLastReview(store.get().project, client, date.value);
      } catch (e) {
        error.textContent = (e as Error).message.replace(/^core\/interview: /, "");
        return;
      }
      notice = "";
      scratch = {};
      keep(current, client);
      // The client is the one selected: the Journey and the details follow them after Save or Pause.
      store.set({ selectedNode: client });
      redraw(true);
    };
    const actions = el("div", { class: "iv-start-actions" });
    const showActions = () => {
      const client = chosen();
      const paused = client ? pausedInterview(store.get(), client) : undefined;
      error.textContent = "";
      if (paused) {
        const steps = interviewSteps(paused).length;
        actions.replaceChildren(
          el("p", { class: "iv-hint", "data-testid": "iv-paused" }, `You paused a review with ${clientLabel(project, paused.client)} on ${paused.date}, at step ${paused.step + 1} of ${steps}.`),
          bigButton("Continue", { class: "iv-button iv-primary", "data-focus": "continue" }, () => start(paused.client, false)),
          bigButton("Start again", { "data-focus": "restart" }, () => start(paused.client, true)));
      } else {
        actions.replaceChildren(bigButton("Start the interview", { class: "iv-button iv-primary", "data-focus": "start" }, () => {
          const client = chosen();
          if (!client) {
            error.textContent = "Choose the client first.";
            chooser.focus();
            return;
          }
          if (!date.value) {
            error.textContent = "Give the date of the review.";
            date.focus();
            return;
          }
          start(client, true);
        }));
      }
    };
    const heading = el("h2", { class: "iv-question", tabindex: "-1", "data-focus": "heading" }, selected ? `A review with ${selected.label}` : "Mapping interview");
    chooser.addEventListener("change", () => {
      const client = chosen();
      heading.textContent = client ? `A review with ${clientLabel(project, client)}` : "Mapping interview";
      showActions();
    });
    showActions();
    // How many clients are in the service on the date chosen, so a wrong date shows before Start.
    const count = el("p", { class: "iv-hint", "aria-live": "polite" });
    const showCount = () => {
      const on = date.value || today();
      const future = on > today() ? ` ${on} is a date still to come: check it is the day of the review.` : "";
      count.textContent = `${clients.length} clients in the project, ${clients.filter((n) => isActiveAt(n, on)).length} in the service on ${on}.${future}`;
      count.classList.toggle("iv-warning", future !== "");
    };
    date.addEventListener("input", showCount);
    showCount();
    root.replaceChildren(el("section", { class: "iv-start" },
      heading,
      el("p", { class: "iv-hint" }, "Draw the client’s network together: who is in their life, how close they are, and who helps. It takes a few minutes. Nothing is recorded until the last screen."),
      ...(notice ? [el("p", { class: "iv-notice", role: "status", "data-testid": "iv-notice" }, notice)] : []),
      el("div", { class: "iv-field" }, el("label", { for: "iv-client", class: "iv-label" }, "Who is the review with?"), chooser),
      // No client yet (a new project): say so, with the button that adds one.
      ...(clients.length === 0 ? [el("p", { class: "iv-hint", "data-testid": "iv-no-client" }, "There is no client in this project yet: add them first, then choose them here."),
        bigButton("Add a client…", { "data-focus": "add-client", ...(state.readOnly !== undefined ? { disabled: "", title: state.readOnly } : {}) }, () => openNodeForm(store, { kind: "service_user" }))] : []),
      el("div", { class: "iv-field" }, el("label", { for: "iv-date", class: "iv-label" }, "Date of the review"), date, count),
      actions, error));
  };

  const drawInterview = (interview: InterviewState) => {
    const state = store.get();
    const steps = interviewSteps(interview);
    const index = Math.min(interview.step, steps.length - 1);
    const step = steps[index];
    const ctx: InterviewContext = {
      state: interview,
      project: state.project,
      clientName: clientLabel(state.project, interview.client),
      scratch,
      update(next) {
        current = next;
        keep(next, next.client);
        redraw(false);
      },
    };
    let body: HTMLElement[];
    let recorded: Project | undefined;
    switch (step.id) {
      case "name": body = nameScreen(ctx, step.generator); break;
      case "still": body = stillScreen(ctx); break;
      case "new": body = newScreen(ctx); break;
      case "rings": body = ringsScreen(ctx); break;
      case "valence": body = valenceScreen(ctx); break;
      case "pairs": body = pairsScreen(ctx); break;
      case "review": ({ body, recorded } = reviewScreen(ctx, false)); break;
    }
    const last = index === steps.length - 1;
    // A Back with nowhere to go is disabled, so it is not in the Tab order.
    const back = bigButton("Back", { "data-focus": "back", ...(index === 0 ? { disabled: "" } : {}) }, () => {
      if (index > 0) goTo(index - 1);
    });
    const pause = bigButton("Pause", { "data-focus": "pause", title: "Stop for now: the answers are kept, and you can continue later" }, () => {
      notice = `Paused. The answers so far are kept with the project: press Continue to go on.`;
      current = undefined;
      redraw(true);
    });
    const readOnly = state.readOnly;
    const next = last
      ? bigButton("Save", { class: "iv-button iv-primary", "data-focus": "save", ...(recorded === undefined || readOnly !== undefined ? { "aria-disabled": "true" } : {}) }, () => {
          if (recorded === undefined || store.get().readOnly !== undefined) return;
          const label = interviewLabel(store.get().project, interview);
          commitEdit(store, label, recorded);
          current = undefined;
          keep(undefined, interview.client);
          notice = "";
          store.set({ at: interview.date, selectedNode: interview.client, view: "journey", status: { ...store.get().status, message: `Recorded: ${label}.` } });
        })
      : bigButton("Next", { class: "iv-button iv-primary", "data-focus": "next" }, () => {
          // "Who do you still see?" needs an answer for everyone: a tie ends only on an explicit No.
          const left = step.id === "still" ? unansweredStill(interview) : [];
          if (left.length > 0) {
            refusal.textContent = `${left.length === 1 ? "1 person has" : `${left.length} people have`} no answer yet: tap Yes or No for each one before Next.`;
            root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(`still-${left[0].key}-yes`)}"]`)?.focus();
            return;
          }
          goTo(index + 1);
        });
    const refusal = el("p", { class: "iv-error", role: "alert", "data-testid": "iv-refusal" });
    root.replaceChildren(el("div", { class: "iv-frame" },
      el("div", { class: "iv-top" },
        el("p", { class: "iv-who" }, `Review with ${ctx.clientName} on ${interview.date}`),
        el("p", { class: "iv-progress", "data-testid": "iv-progress" }, `Step ${index + 1} of ${steps.length}`),
        el("progress", { value: String(index + 1), max: String(steps.length), "aria-label": `Step ${index + 1} of ${steps.length}` })),
      el("section", { class: "iv-screen", "data-step": step.id === "name" ? `name-${step.generator}` : step.id, "data-testid": "iv-screen" }, ...body),
      ...(last && readOnly !== undefined ? [el("p", { class: "iv-error", role: "alert" }, `Cannot save here: ${readOnly}`)] : []),
      refusal,
      el("nav", { class: "iv-nav", "aria-label": "Interview steps" }, back, pause, next)));
  };

  redraw(false);
  const unsubscribe = store.subscribe((state, previous) => {
    if (openedAnotherProject(state, previous)) {
      // The interview under way belongs to the project left: stepping on would save its answers
      // into the drafts of the one opened (and keep that one on the device).
      current = undefined;
      scratch = {};
      notice = "";
      redraw(false);
      return;
    }
    if (current ? state.project !== previous.project || state.readOnly !== previous.readOnly : state.project !== previous.project || state.selectedNode !== previous.selectedNode || state.drafts !== previous.drafts && !root.contains(document.activeElement)) redraw(false);
  });
  return () => {
    unsubscribe();
    root.remove();
  };
}
