// The "needs attention" list on the map: a colour for each listed client by their headline
// reason's tier, and the set a filter keeps (the listed clients and whom they are tied to).
// Computed once per project and date (the list reads every review up to the date).
import { attentionSettingsOf, needsAttention, type AttentionList } from "../../core/attention/index.ts";
import type { IsoDate } from "../../core/model/dates.ts";
import type { Project } from "../../core/model/schema.ts";
import { isActiveAt } from "../../core/model/snapshot.ts";

/** The appearance key of "Colour by: needs attention". */
export const ATTENTION_KEY = "attention";

/** Colours by headline tier (1 most urgent), then for clients not listed and for everyone else. */
export const ATTENTION_COLOURS = {
  1: "#c0392b",
  2: "#e67e22",
  other: "#d4a017",
  notListed: "#7fa7c9",
  rest: "#d9d9d9",
} as const;

/**
 * The smallest size (pixels at the default zoom) of a listed client under "Colour by: needs
 * attention": sized by degree, the most urgent (no ties at all) would be the smallest dots, so a
 * listed client is drawn at least this large whatever the size encodes.
 */
export const ATTENTION_MIN_SIZE = 6;

/** The legend of "Colour by: needs attention". */
export const ATTENTION_LEGEND: { colour: string; label: string }[] = [
  { colour: ATTENTION_COLOURS[1], label: "needs attention: no ties at all" },
  { colour: ATTENTION_COLOURS[2], label: "needs attention: lost supportive or new risk ties" },
  { colour: ATTENTION_COLOURS.other, label: "needs attention: another reason" },
  { colour: ATTENTION_COLOURS.notListed, label: "client not on the list" },
  { colour: ATTENTION_COLOURS.rest, label: "everyone else" },
];

const lists = new WeakMap<Project, Map<string, AttentionList | undefined>>();

/**
 * The needs-attention list of `project` at `at`, or undefined for undated data or a project whose
 * saved settings are wrong (the Needs attention view says why). Memoised per project and date, so
 * the map, its legend and the details panel share one computation.
 */
export function attentionListAt(project: Project, at: IsoDate | undefined): AttentionList | undefined {
  if (at === undefined) return undefined;
  let byDate = lists.get(project);
  if (!byDate) lists.set(project, (byDate = new Map()));
  if (!byDate.has(at)) {
    let list: AttentionList | undefined;
    try {
      list = needsAttention(project, at);
    } catch {
      list = undefined;
    }
    byDate.set(at, list);
  }
  return byDate.get(at);
}

const tierCache = new WeakMap<AttentionList, Map<string, number>>();

/** The headline tier of each client on the list at `at`, by node id (empty when there is no list). Memoised. */
export function attentionTiers(project: Project, at: IsoDate | undefined): Map<string, number> {
  const list = attentionListAt(project, at);
  if (!list) return new Map();
  let tiers = tierCache.get(list);
  if (!tiers) tierCache.set(list, (tiers = new Map(list.rows.map((row) => [row.client, row.headline.tier]))));
  return tiers;
}

/** The colour of `node` under "Colour by: needs attention". */
export function attentionColour(tiers: ReadonlyMap<string, number>, id: string, kinds: ReadonlySet<string>, kind: string): string {
  const tier = tiers.get(id);
  if (tier === 1) return ATTENTION_COLOURS[1];
  if (tier === 2) return ATTENTION_COLOURS[2];
  if (tier !== undefined) return ATTENTION_COLOURS.other;
  return kinds.has(kind) ? ATTENTION_COLOURS.notListed : ATTENTION_COLOURS.rest;
}

/** The listed clients at `at` and the nodes they have a tie with then: what "only clients who need attention" keeps. */
export function attentionKeep(project: Project, at: IsoDate | undefined): Set<string> {
  const tiers = attentionTiers(project, at);
  const keep = new Set(tiers.keys());
  if (at === undefined) return keep;
  for (const t of project.ties) {
    if (!isActiveAt(t, at)) continue;
    if (tiers.has(t.source)) keep.add(t.target);
    if (tiers.has(t.target)) keep.add(t.source);
  }
  return keep;
}

/** What "Colour by: needs attention" needs: the tiers at the date and which kinds are clients. */
export interface AttentionColouring {
  tiers: ReadonlyMap<string, number>;
  kinds: ReadonlySet<string>;
}

/** The colouring at `at`, when the colour key asks for it (undefined otherwise, at no cost). */
export function attentionColouring(project: Project, at: IsoDate | undefined, colourBy: string): AttentionColouring | undefined {
  if (colourBy !== ATTENTION_KEY) return undefined;
  let kinds: ReadonlySet<string>;
  try {
    kinds = new Set(attentionSettingsOf(project).kinds);
  } catch {
    kinds = new Set(["service_user"]);
  }
  return { tiers: attentionTiers(project, at), kinds };
}
