// Finding a node from what the user typed: an exact id first, then an exact name, then the
// first name that contains the text. With names hidden, only ids match (names stay private).
import type { Node } from "../../core/model/schema.ts";

/** The id of the best match among `visible` nodes, or undefined. Case-insensitive. */
export function findNode(nodes: readonly Node[], query: string, visible: ReadonlySet<string>, idsOnly: boolean): string | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const candidates = nodes.filter((n) => visible.has(n.id));
  const byId = candidates.find((n) => n.id.toLowerCase() === q);
  if (byId || idsOnly) return byId?.id ?? candidates.find((n) => n.id.toLowerCase().includes(q))?.id;
  return (
    candidates.find((n) => n.label.toLowerCase() === q) ??
    candidates.find((n) => n.label.toLowerCase().includes(q)) ??
    candidates.find((n) => n.id.toLowerCase().includes(q))
  )?.id;
}
