// Keeps the URL hash and the store in step: `#at=2014-03-31&node=su042&view=journey`.
import { formatHash, parseHash } from "./hash.ts";
import type { Store } from "./store.ts";
import { VIEWS } from "./views/index.ts";
import { dateRange } from "../core/model/snapshot.ts";
import type { Project } from "../core/model/schema.ts";

/** True when `at` lies within the project's dates (undated projects take no date). */
function isWithin(project: Project, at: string): boolean {
  const range = dateRange(project);
  return range !== undefined && at >= range.first && at <= range.last;
}

/** Applies the hash now and on every hashchange, and writes the hash on every change. */
export function mountHashSync(store: Store): () => void {
  const apply = () => {
    const { at, node, view } = parseHash(location.hash);
    const patch: Parameters<Store["set"]>[0] = {};
    // A date of another project (an address kept from before) is ignored: only one within this project's dates is used.
    if (at && isWithin(store.get().project, at)) patch.at = at;
    if (node && store.get().project.nodes.some((n) => n.id === node)) patch.selectedNode = node;
    if (view && VIEWS.some((v) => v.id === view)) patch.view = view;
    store.set(patch);
  };
  apply();
  window.addEventListener("hashchange", apply);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.at === previous.at && state.selectedNode === previous.selectedNode && state.view === previous.view) return;
    const hash = formatHash({ at: state.at, node: state.selectedNode, view: state.view });
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname + location.search);
  });
  return () => {
    window.removeEventListener("hashchange", apply);
    unsubscribe();
  };
}
