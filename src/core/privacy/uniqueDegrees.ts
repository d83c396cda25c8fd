// k-anonymity on degree: in a pseudonymised network a person whose number of ties nobody else of
// their kind shares can still be picked out by anyone who knows that number ("the only mentor
// with 14 ties"). Sweeney's k-anonymity (2002) with the degree as the quasi-identifier, as in
// Liu & Terzi, "Towards identity anonymization on graphs" (SIGMOD 2008): such a node has k = 1.
import type { NodeKind } from "../model/vocabulary.ts";
import { isPersonKind } from "../model/vocabulary.ts";
import type { Project } from "../model/schema.ts";

/** People unique by their degree within their kind. */
export interface UniqueDegrees {
  /** Ids of the people whose degree no one else of their kind has, in project order. */
  nodes: string[];
  /** How many of them, by kind (only kinds with at least one). */
  byKind: Partial<Record<NodeKind, number>>;
}

/**
 * The people (groups are not people and are left out) whose degree — the number of ties of the
 * project touching them, at any time, as a reader of the exported file would count them; a
 * self-loop counts twice — is held by no other node of their kind.
 */
export function uniqueDegrees(project: Project): UniqueDegrees {
  const degree = new Map<string, number>(project.nodes.map((n) => [n.id, 0]));
  for (const t of project.ties) {
    if (degree.has(t.source)) degree.set(t.source, degree.get(t.source)! + 1);
    if (degree.has(t.target)) degree.set(t.target, degree.get(t.target)! + 1);
  }
  const holders = new Map<string, number>();
  const key = (kind: string, d: number) => `${kind}\u0000${d}`;
  for (const n of project.nodes) holders.set(key(n.kind, degree.get(n.id)!), (holders.get(key(n.kind, degree.get(n.id)!)) ?? 0) + 1);
  const out: UniqueDegrees = { nodes: [], byKind: {} };
  for (const n of project.nodes) {
    if (!isPersonKind(n.kind) || holders.get(key(n.kind, degree.get(n.id)!)) !== 1) continue;
    out.nodes.push(n.id);
    out.byKind[n.kind] = (out.byKind[n.kind] ?? 0) + 1;
  }
  return out;
}

/**
 * The warning to show before an export and in its list of what it leaves out, or undefined when
 * no one is unique: "3 people have a number of ties no one else of their kind has (service user 2,
 * worker 1): someone who knows how many ties one of them has can pick them out."
 */
export function describeUniqueDegrees(unique: UniqueDegrees): string | undefined {
  const n = unique.nodes.length;
  if (n === 0) return undefined;
  const kinds = Object.entries(unique.byKind).map(([kind, count]) => `${kind.replace(/_/g, " ")} ${count}`).join(", ");
  return `${n} ${n === 1 ? "person has" : "people have"} a number of ties no one else of their kind has (${kinds}): someone who knows how many ties ${n === 1 ? "they have" : "one of them has"} can pick them out.`;
}
