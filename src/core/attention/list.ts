// The "needs attention" list: the clients present at a date who need a worker's attention,
// ranked by the documented priority (priority.ts), each with a headline reason in plain words,
// the other reasons, how long the headline has held, the trend over the last reviews, their hub
// and keyworker, and any reviewed marks that still hold.
import type { IsoDate } from "../model/dates.ts";
import type { Project, ReviewMark } from "../model/schema.ts";
import { isActiveAt, latestDate } from "../model/snapshot.ts";
import { FLAGS, type RaisedFlag } from "../metrics/flags/index.ts";
import { flagsByReview, heldSince, trendOf, type ReviewPoint, type TrendPoint } from "./history.ts";
import { factsFingerprint, standingMark } from "./marks.ts";
import { ROW_ORDER } from "./priority.ts";
import { flagLabel, mergeReasons, type MergedReason } from "./reasons.ts";
import { attentionSettingsSchema, type AttentionSettings } from "./settings.ts";
import { heldWords, reasonWords } from "./words.ts";

/** How many review points the trend shows (the date shown and the reviews before it). */
export const TREND_POINTS = 4;

/** One reason on a row, ready to show. */
export interface AttentionReason extends MergedReason {
  /** Plain words with the evidence: "lost 2 of 4 supportive ties since the last review, Q11 (2015-01-01)". */
  words: string;
  /** The review from which the reason has held at every review up to the date shown. */
  since?: ReviewPoint;
  /** How many review points in a row it has held (1: new at this review). */
  reviews: number;
  /** "since Q9 (2014-07-01), 3 reviews" or "new at this review". */
  held: string;
  /** The reason's facts (marks.ts); a mark with another fingerprint has lapsed. */
  fingerprint: string;
  /** The reviewed mark that still holds, if any. */
  mark?: ReviewMark;
}

/** A worker a client has a professional tie with. */
export interface Keyworker {
  id: string;
  label: string;
  /** The date the tie ended, when it is not current at the date shown (the last one known). */
  ended?: IsoDate;
}

/** One client on the list. */
export interface AttentionRow {
  client: string;
  label: string;
  /** The client's `hub` attribute, when they have one. */
  hub?: string;
  keyworkers: Keyworker[];
  /** The most urgent listed reason. */
  headline: AttentionReason;
  /** The other listed reasons, most urgent first. */
  others: AttentionReason[];
  /** Flags that do not list a client on their own (the `listOn` setting), shown as context. */
  context: AttentionReason[];
  /** Network size and supportive ties at the last reviews, oldest first. */
  trend: TrendPoint[];
  /** Every listed reason has a reviewed mark that still holds. */
  reviewed: boolean;
}

/** How many clients one flag fires for, and whether it lists them. */
export interface RuleCount {
  flag: string;
  label: string;
  /** Clients present at the date for whom the flag fires. */
  count: number;
  /** The flag is in `listOn`: it puts a client on the list. */
  listed: boolean;
}

/** The list at one date. */
export interface AttentionList {
  at: IsoDate;
  /** The review the change reasons compare with. */
  previous?: ReviewPoint;
  /** The clients (nodes of the `kinds` setting) present at `at`. */
  present: number;
  /** The ranked rows. */
  rows: AttentionRow[];
  /** Per flag, in FLAGS order. */
  ruleCounts: RuleCount[];
  /** The settings used, defaults filled in. */
  settings: AttentionSettings;
}

/** What `needsAttention` can be told. */
export interface AttentionOptions {
  /** Settings on top of the project's own (meta.attention.settings) and the defaults. */
  settings?: Partial<AttentionSettings>;
  /** Reviewed marks; default: the project's own (meta.attention.marks). */
  marks?: readonly ReviewMark[];
}

/**
 * The settings of the list for `project`: the defaults, then the project's saved settings, then
 * `overrides`. Errors: throws "meta.attention.settings.<name>: <problem>" for a saved setting
 * that is unknown or out of bounds, so the file can be corrected.
 */
export function attentionSettingsOf(project: Project, overrides: Partial<AttentionSettings> = {}): AttentionSettings {
  const saved = project.meta.attention?.settings ?? {};
  const parsed = attentionSettingsSchema.strict().safeParse({ ...saved, ...overrides });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".");
  throw new Error(
    `meta.attention.settings.${where}: ${issue.message}. Set it again in the "Needs attention" view, or remove it from the project file to use the default.`,
  );
}

/** The keyworkers of `client` at `at`: workers with a current professional tie, else the last one that ended. */
function keyworkersOf(project: Project, workers: Map<string, string>, client: string, at: IsoDate): Keyworker[] {
  const current: Keyworker[] = [];
  let last: Keyworker | undefined;
  for (const t of project.ties) {
    if (t.type !== "professional" || (t.source !== client && t.target !== client)) continue;
    const other = t.source === client ? t.target : t.source;
    const label = workers.get(other);
    if (label === undefined || (t.start !== undefined && t.start > at)) continue;
    if (isActiveAt(t, at)) {
      if (!current.some((k) => k.id === other)) current.push({ id: other, label });
    } else if (t.end !== undefined && (last === undefined || t.end > (last.ended ?? ""))) last = { id: other, label, ended: t.end };
  }
  return current.length > 0 ? current : last ? [last] : [];
}

/**
 * The "needs attention" list of `project` at `at` (default: the latest date in the data).
 * Clients are the nodes of the `kinds` setting present at `at`; a client is listed when a flag
 * in `listOn` fires for them. Ordering: see ROW_ORDER (docs/metrics.md "Needs attention").
 * Errors: throws for undated data (no date to rank at) and for wrong saved settings
 * (attentionSettingsOf).
 */
export function needsAttention(project: Project, at?: IsoDate, options: AttentionOptions = {}): AttentionList {
  const date = at ?? latestDate(project);
  if (date === undefined) throw new Error("needsAttention: the project has no dates, so there is no date to list clients at; add waves or start dates");
  const settings = attentionSettingsOf(project, options.settings);
  const marks = options.marks ?? project.meta.attention?.marks ?? [];
  const listOn = new Set(settings.listOn);
  const history = flagsByReview(project, date, settings);
  const now = history[history.length - 1];
  const previous = history.findLast((h) => h.point.wave !== undefined && h.point.date < date)?.point;
  const kinds = new Set<string>(settings.kinds);
  const workers = new Map(project.nodes.filter((n) => n.kind === "worker").map((n) => [n.id, n.label]));

  // The evidence at `at`, by client (the history keeps ids only).
  const raisedBy = new Map<string, RaisedFlag[]>();
  const counts = new Map(FLAGS.map((f) => [f.id, 0]));
  let present = 0;
  now.graph.forEachNode((_id, a) => {
    if (kinds.has(a.kind)) present++;
  });
  for (const r of now.raised) {
    counts.set(r.flag, (counts.get(r.flag) ?? 0) + 1);
    let list = raisedBy.get(r.node);
    if (!list) raisedBy.set(r.node, (list = []));
    list.push(r);
  }

  const rows: AttentionRow[] = [];
  for (const [client, raised] of raisedBy) {
    const reasons = mergeReasons(raised, listOn, settings).map((m): AttentionReason => {
      const held = heldSince(history, client, m.flag);
      const fingerprint = factsFingerprint(m.flag, m.evidence, previous?.date);
      return {
        ...m,
        words: reasonWords(m.flag, m.evidence, previous),
        since: held?.since,
        reviews: held?.reviews ?? 1,
        held: heldWords(held?.since, held?.reviews ?? 1),
        fingerprint,
        mark: standingMark(marks, client, m.flag, fingerprint),
      };
    });
    const listed = reasons.filter((r) => r.listed);
    if (listed.length === 0) continue;
    const node = now.graph.getNodeAttributes(client);
    const hub = node.attributes.hub;
    rows.push({
      client,
      label: node.label,
      hub: hub === undefined ? undefined : String(hub),
      keyworkers: keyworkersOf(project, workers, client, date),
      headline: listed[0],
      others: listed.slice(1),
      context: reasons.filter((r) => !r.listed),
      trend: trendOf(history, client, TREND_POINTS),
      reviewed: listed.every((r) => r.mark !== undefined),
    });
  }
  rows.sort(compareRows);
  return {
    at: date,
    previous,
    present,
    rows,
    ruleCounts: FLAGS.map((f) => ({ flag: f.id, label: flagLabel(f.id, settings), count: counts.get(f.id) ?? 0, listed: listOn.has(f.id) })),
    settings,
  };
}

/**
 * True when `row` has the reason `flag` anywhere: as its headline, another listed reason, a
 * context flag, or a flag merged into one of those (restated). What a filter by reason keeps.
 */
export function rowHasReason(row: AttentionRow, flag: string): boolean {
  return [row.headline, ...row.others, ...row.context].some((r) => r.flag === flag || r.restates.some((x) => x.flag === flag));
}

/** ROW_ORDER as a comparison. */
export function compareRows(a: AttentionRow, b: AttentionRow): number {
  const since = (r: AttentionRow) => r.headline.since?.date ?? "9999-12-31";
  return (
    Number(a.reviewed) - Number(b.reviewed) ||
    a.headline.rank - b.headline.rank ||
    b.headline.severity - a.headline.severity ||
    (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : 0) ||
    b.others.length - a.others.length ||
    a.label.localeCompare(b.label) ||
    (a.client < b.client ? -1 : a.client > b.client ? 1 : 0)
  );
}

export { ROW_ORDER };
