// Every problem of a failed open (the current network stays open), or the warnings of a
// successful one (beside the newly opened map), each with where it is and what to do, in a
// panel the user can dismiss.
import { formatProblem } from "../../core/io/problems.ts";
import { el } from "../dom.ts";
import type { AppState, Store } from "../store.ts";

/** Mounts the problems panel in `container`. */
export function mountProblemsPanel(container: HTMLElement, store: Store): () => void {
  const render = (state: AppState) => {
    container.replaceChildren();
    const problems = state.status.problems;
    if (problems.length === 0) return;
    const close = el("button", { type: "button", class: "dismiss", "aria-label": "Dismiss" }, "Dismiss");
    close.addEventListener("click", () => store.set({ status: { ...store.get().status, problems: [] } }));
    const list = el("ol", {}, ...problems.map((p) => el("li", {}, formatProblem(p))));
    // Warnings of a successful open sit beside the map; problems of a failed one say the old network stays.
    const warnings = state.status.warnings === true;
    container.append(
      el("div", { class: warnings ? "problems warnings" : "problems", role: warnings ? "status" : "alert" },
        el("div", { class: "problems-head" }, el("strong", {}, state.status.message || `${problems.length} problems`), close),
        el("p", {}, warnings ? "The network is open. Check these points, which say what was assumed or left out:" : "The network already open stays as it was. Fix these in the files and open them again."),
        list),
    );
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.status.problems !== previous.status.problems) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
