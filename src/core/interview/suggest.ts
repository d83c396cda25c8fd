// Suggestions while a name is typed, so the same sister is not added twice by two clients: the
// people already in the project whose name matches what is typed, accents and case aside.
import type { IsoDate } from "../model/dates.ts";
import type { Project } from "../model/schema.ts";
import { isActiveAt } from "../model/snapshot.ts";
import type { NodeKind } from "../model/vocabulary.ts";
import { foldName } from "./state.ts";

/** Someone already in the project who may be the person being named. */
export interface Suggestion {
  id: string;
  label: string;
  kind: NodeKind;
}

/**
 * The people and groups of `project` present on `date` whose name matches `text`, best first, at
 * most `limit`: an exact name first, then names with a word starting with every typed word ("sam"
 * and "sam jo" find "Sam Jones"; "jones" too), then names containing the text; ties by name. Case
 * and accents do not count ("zoe" finds "Zoë"). Ids in `exclude` (the client, the people already
 * named) are left out; fewer than 2 letters typed gives none.
 */
export function suggestPeople(project: Project, text: string, date: IsoDate, exclude: ReadonlySet<string> = new Set(), limit = 5): Suggestion[] {
  const typed = foldName(text);
  if (typed.replace(/[^\p{L}\p{N}]/gu, "").length < 2) return [];
  const words = typed.split(" ");
  const scored: { rank: number; node: Suggestion }[] = [];
  for (const node of project.nodes) {
    if (exclude.has(node.id) || !isActiveAt(node, date)) continue;
    const name = foldName(node.label);
    const nameWords = name.split(/[\s\-()]+/).filter((w) => w !== "");
    const rank = name === typed ? 0
      : words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 1
      : name.includes(typed) ? 2 : -1;
    if (rank >= 0) scored.push({ rank, node: { id: node.id, label: node.label, kind: node.kind } });
  }
  scored.sort((a, b) => a.rank - b.rank || a.node.label.localeCompare(b.node.label) || (a.node.id < b.node.id ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.node);
}
