// Helpers for the generator tests: read the patterns back out of a generated project the way an
// analyst would, from snapshots and observations, not from the generator's internals.
import { isActiveAt } from "../../../src/core/model/snapshot.ts";
import type { Node, Project, Tie } from "../../../src/core/model/schema.ts";

/** Nodes by id. */
export function nodeIndex(project: Project): Map<string, Node> {
  return new Map(project.nodes.map((n) => [n.id, n]));
}

/** The ties of each node. */
export function tiesByNode(project: Project): Map<string, Tie[]> {
  const out = new Map<string, Tie[]>();
  for (const t of project.ties) {
    for (const id of [t.source, t.target]) {
      const list = out.get(id);
      if (list) list.push(t);
      else out.set(id, [t]);
    }
  }
  return out;
}

/** The other end of a tie. */
export function other(tie: Tie, id: string): string {
  return tie.source === id ? tie.target : tie.source;
}

/** Ties of `id` present at `date` (both ends present, as in a snapshot). */
export function tiesAt(byNode: Map<string, Tie[]>, nodes: Map<string, Node>, id: string, date: string): Tie[] {
  return (byNode.get(id) ?? []).filter((t) => isActiveAt(t, date) && isActiveAt(nodes.get(other(t, id))!, date));
}

/** Service users whose last recorded use_status is in_recovery or abstinent, and those never so. */
export function recoveryOutcome(project: Project): { recovered: Set<string>; never: Set<string> } {
  const statuses = new Map<string, string[]>();
  for (const o of project.observations) {
    if (o.measure !== "use_status") continue;
    statuses.set(o.subject, [...(statuses.get(o.subject) ?? []), String(o.value)]);
  }
  const recovered = new Set<string>();
  const never = new Set<string>();
  for (const [id, list] of statuses) {
    const good = (s: string) => s === "in_recovery" || s === "abstinent";
    if (good(list[list.length - 1])) recovered.add(id);
    else if (!list.some(good)) never.add(id);
  }
  return { recovered, never };
}

/** Count of each value. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
