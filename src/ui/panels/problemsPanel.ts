// Every problem of a failed open (or the warnings of a successful one), each with where it
// is and what to do, in a panel the user can dismiss. The current network stays open.
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
    container.append(
      el("div", { class: "problems", role: "alert" },
        el("div", { class: "problems-head" }, el("strong", {}, state.status.message || `${problems.length} problems`), close),
        el("p", {}, "The network already open stays as it was. Fix these in the files and open them again."),
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
