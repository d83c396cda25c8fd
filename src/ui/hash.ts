// The URL hash holds the date, the selected node and the view (`#at=2014-03-31&node=su042&view=journey`) so a view
// can be bookmarked and reopened. Validated here, at the edge.
import { isIsoDate, type IsoDate } from "../core/model/dates.ts";

/** What the hash can say. */
export interface HashState {
  at?: IsoDate;
  node?: string;
  /** The centre view (`journey`, `attention` …); absent for the map. */
  view?: string;
}

/** Reads `#at=…&node=…&view=…`; ignores anything malformed (an invalid date is dropped). */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const out: HashState = {};
  const at = params.get("at");
  if (at !== null && isIsoDate(at)) out.at = at;
  const node = params.get("node");
  if (node) out.node = node;
  const view = params.get("view");
  if (view) out.view = view;
  return out;
}

/** Writes the hash for a state: `#at=2014-03-31&node=su042`, or "" when there is nothing to say. */
export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.at) params.set("at", state.at);
  if (state.node) params.set("node", state.node);
  if (state.view && state.view !== "map") params.set("view", state.view);
  const text = params.toString();
  return text ? `#${text}` : "";
}
