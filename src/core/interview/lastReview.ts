// Where a repeat review starts: the client's ties as they stand on the day of the review (those
// recorded at the last review, unless edited since), with their rings and answers; a client with no ties starts a first interview.
import type { IsoDate } from "../model/dates.ts";
import type { Project, Tie } from "../model/schema.ts";
import { isActiveAt } from "../model/snapshot.ts";
import type { InterviewAlter, InterviewState } from "./state.ts";

/** The client's ties present on `date`, grouped by the other end (present too), in project order. */
export function egoTiesAt(project: Project, client: string, date: IsoDate): Map<string, Tie[]> {
  const present = new Set(project.nodes.filter((n) => isActiveAt(n, date)).map((n) => n.id));
  const out = new Map<string, Tie[]>();
  for (const tie of project.ties) {
    if (!isActiveAt(tie, date) || (tie.source !== client && tie.target !== client)) continue;
    const other = tie.source === client ? tie.target : tie.source;
    if (other === client || !present.has(other)) continue;
    out.set(other, [...(out.get(other) ?? []), tie]);
  }
  return out;
}

/** The strongest of a person's ties (the first of equals): the one the interview shows and asks about. */
export function strongestTie(ties: readonly Tie[]): Tie {
  return ties.reduce((best, t) => (t.strength > best.strength ? t : best));
}

/**
 * The interview of `client` on `date`, rebuilt from the last review: each person tied to the
 * client on `date` (names, ring from the strongest tie's strength, its valence as the answer),
 * and `previous`, the last wave date before `date` on which
 * the client was present. With such people it is a `repeat` interview, else a `first` one.
 * @throws Error when `client` is not in the project or not present on `date` (it says when they are).
 */
export function startFromLastReview(project: Project, client: string, date: IsoDate): InterviewState {
  const node = project.nodes.find((n) => n.id === client);
  if (!node) throw new Error(`core/interview: no client "${client}" in the project; choose a client from the list`);
  if (!isActiveAt(node, date)) {
    const span = `${node.start ? `from ${node.start}` : ""}${node.end ? ` until ${node.end}` : ""}`.trim();
    throw new Error(`core/interview: ${node.label} is not in the service on ${date}${span ? ` (they are there ${span})` : ""}; choose a date when they are`);
  }
  const previous = project.waves.map((w) => w.date).filter((d) => d < date && isActiveAt(node, d)).sort().pop();
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  const alters: InterviewAlter[] = [];
  for (const [id, ties] of egoTiesAt(project, client, date)) {
    const tie = strongestTie(ties);
    const other = byId.get(id)!;
    alters.push({ key: id, nodeId: id, label: other.label, kind: other.kind, named: [], strength: tie.strength, valence: tie.valence, before: { strength: tie.strength, valence: tie.valence } });
  }
  return {
    client, date, mode: alters.length > 0 ? "repeat" : "first", ...(previous !== undefined ? { previous } : {}),
    alters, pairs: [], step: 0,
  };
}
