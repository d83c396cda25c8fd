// Expected values for the browser tests, counted straight from a project with nothing but the
// time rule of the data model (a node or tie exists from `start`, inclusive, to `end`,
// exclusive), so they do not share code with what the page draws.
import type { IsoDate } from "../../src/core/model/dates.ts";
import type { Node, Project } from "../../src/core/model/schema.ts";

/** True when `item` exists at `at`: from `start` (inclusive) to `end` (exclusive), open ends unbounded. */
export const activeAt = (item: { start?: string; end?: string }, at: IsoDate) =>
  (item.start === undefined || item.start <= at) && (item.end === undefined || at < item.end);

/** Nodes and ties in the snapshot at `at`, and the part left when the `hidden` kinds are unticked. */
export function snapshotCounts(project: Project, at: IsoDate, hidden: readonly string[] = []) {
  const present = new Set(project.nodes.filter((n) => activeAt(n, at)).map((n) => n.id));
  const kept = new Set(project.nodes.filter((n) => present.has(n.id) && !hidden.includes(n.kind)).map((n) => n.id));
  const ties = project.ties.filter((t) => activeAt(t, at) && present.has(t.source) && present.has(t.target));
  const shownTies = ties.filter((t) => kept.has(t.source) && kept.has(t.target));
  return { nodes: present.size, ties: ties.length, shownNodes: kept.size, shownTies: shownTies.length };
}

/** "Showing N of M nodes, K of L ties" as the page writes it. */
export function showing(c: { nodes: number; ties: number; shownNodes: number; shownTies: number }): string {
  return `Showing ${c.shownNodes} of ${c.nodes} nodes, ${c.shownTies} of ${c.ties} ties`;
}

/** The ties of `id` at `at` (both ends present), and the distinct people and groups they reach. */
export function egoAt(project: Project, id: string, at: IsoDate): { degree: number; alters: number } {
  const present = new Set(project.nodes.filter((n) => activeAt(n, at)).map((n) => n.id));
  const ties = project.ties.filter((t) => activeAt(t, at) && present.has(t.source) && present.has(t.target) && (t.source === id || t.target === id));
  return { degree: ties.length, alters: new Set(ties.map((t) => (t.source === id ? t.target : t.source))).size };
}

/** The latest date anywhere in the project ("now" in DESIGN.md). */
export function latest(project: Project): IsoDate {
  const dates = [...project.nodes, ...project.ties].flatMap((x) => [x.start, x.end])
    .concat(project.observations.map((o) => o.date), project.waves.map((w) => w.date))
    .filter((d): d is string => d !== undefined);
  return dates.sort().at(-1)!;
}

/** A person present at `at` with at least `minTies` ties: the first such service user. */
export function personWithTies(project: Project, at: IsoDate, minTies: number): Node {
  const node = project.nodes.find((n) => n.kind === "service_user" && activeAt(n, at) && egoAt(project, n.id, at).degree >= minTies);
  if (!node) throw new Error(`no service user with ${minTies} ties on ${at}`);
  return node;
}
