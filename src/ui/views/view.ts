// The shape of a view in the centre tab bar (Map, Ego, Nodes table, Ties table).
import type { Store } from "../store.ts";

/** A centre view: `mount` draws it in `container` and returns the function that removes it. */
export interface View {
  /** Stable id, used in the URL and in tests: `map`, `ego`, `nodes`, `ties`. */
  id: string;
  /** The tab's text. */
  label: string;
  /** Draws the view and keeps it in step with the store; the returned function undoes it all. */
  mount(container: HTMLElement, store: Store): () => void;
}
