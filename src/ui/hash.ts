// The URL hash holds the date and the selected node (`#at=2014-03-31&node=su042`) so a view
// can be bookmarked and reopened. Validated here, at the edge.
import { isIsoDate, type IsoDate } from "../core/model/dates.ts";

/** What the hash can say. */
export interface HashState {
  at?: IsoDate;
  node?: string;
}

/** Reads `#at=…&node=…`; ignores anything malformed (an invalid date is dropped). */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const out: HashState = {};
  const at = params.get("at");
  if (at !== null && isIsoDate(at)) out.at = at;
  const node = params.get("node");
  if (node) out.node = node;
  return out;
}

/** Writes the hash for a state: `#at=2014-03-31&node=su042`, or "" when there is nothing to say. */
export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.at) params.set("at", state.at);
  if (state.node) params.set("node", state.node);
  const text = params.toString();
  return text ? `#${text}` : "";
}
