// `npx recovery-networks attention <files…>`: the "needs attention" list at a date, ranked by the
// documented priority (docs/metrics.md "Needs attention"), with each client's headline reason in
// plain words, as text, JSON or CSV.
import { UsageError } from "../arguments.ts";
import { defineCommand } from "../command.ts";
import { needsAttention, type AttentionList, type AttentionRow } from "../../core/attention/index.ts";
import { parseDate, type IsoDate } from "../../core/model/dates.ts";
import { importOptions, INPUT_OPTIONS, inputPaths, loadInputs } from "../readInputs.ts";
import { emit, toCsv } from "./metricsOutput.ts";

const FORMATS = ["text", "json", "csv"] as const;
type AttentionFormat = (typeof FORMATS)[number];

function keyworkerText(row: AttentionRow): string {
  return row.keyworkers.map((k) => (k.ended ? `${k.label} (until ${k.ended})` : k.label)).join(", ");
}

function trendText(row: AttentionRow): string {
  return row.trend.map((t) => `${t.people}/${t.supportive}`).join(" → ");
}

/** The list as lines a worker reads: one block per client, then the per-rule counts. */
export function attentionText(list: AttentionList): string {
  const lines = [
    `Needs attention at ${list.at}: ${list.rows.length} of ${list.present} clients (${list.present ? Math.round((100 * list.rows.length) / list.present) : 0}%).`,
    "Flags are advisory: a worker reviews each one. Trend: people / supportive ties at the last reviews.",
    "",
  ];
  list.rows.forEach((row, i) => {
    lines.push(`${i + 1}. ${row.label} (${row.client})${row.hub ? ` · ${row.hub}` : ""}${row.keyworkers.length ? ` · keyworker ${keyworkerText(row)}` : ""}${row.reviewed ? " · reviewed" : ""}`);
    lines.push(`   ${row.headline.label}: ${row.headline.words} (${row.headline.held})`);
    if (row.headline.restates.length) lines.push(`   (also: ${row.headline.restates.map((r) => r.label.toLowerCase()).join(", ")})`);
    for (const o of row.others) lines.push(`   also ${o.label.toLowerCase()}: ${o.words} (${o.held})`);
    if (row.trend.length) lines.push(`   trend ${trendText(row)}`);
  });
  lines.push("", "Clients each rule flags (* lists a client on its own):");
  for (const c of list.ruleCounts) lines.push(`  ${c.listed ? "*" : " "} ${c.label}: ${c.count}`);
  return lines.join("\n");
}

/** The list as JSON: `{at, present, previous, rows: [...], ruleCounts: [...]}`. */
export function attentionJson(list: AttentionList): string {
  const rows = list.rows.map((row, i) => ({
    rank: i + 1,
    client: row.client,
    label: row.label,
    hub: row.hub ?? null,
    keyworkers: row.keyworkers,
    headline: { reason: row.headline.flag, label: row.headline.label, words: row.headline.words, since: row.headline.since ?? null, reviews: row.headline.reviews, evidence: row.headline.evidence, restates: row.headline.restates.map((r) => r.flag) },
    others: row.others.map((o) => ({ reason: o.flag, label: o.label, words: o.words, since: o.since ?? null, evidence: o.evidence })),
    context: row.context.map((o) => ({ reason: o.flag, label: o.label, words: o.words })),
    trend: row.trend,
    reviewed: row.reviewed,
  }));
  return JSON.stringify({ at: list.at, present: list.present, previous: list.previous ?? null, rows, ruleCounts: list.ruleCounts }, null, 2);
}

/** The list as CSV: one row per client, readable headers. */
export function attentionCsv(list: AttentionList): string {
  return toCsv(
    list.rows.map((row, i) => ({
      Rank: i + 1,
      Client: row.client,
      Name: row.label,
      Hub: row.hub,
      Keyworker: keyworkerText(row),
      "Headline reason": row.headline.label,
      Evidence: row.headline.words,
      Since: row.headline.since?.date,
      "Other reasons": row.others.map((o) => o.words).join("; "),
      "Trend (people/supportive)": trendText(row),
      Reviewed: row.reviewed ? "yes" : "",
    })),
    ["Rank", "Client", "Name", "Hub", "Keyworker", "Headline reason", "Evidence", "Since", "Other reasons", "Trend (people/supportive)", "Reviewed"],
  );
}

export const attentionCommand = defineCommand({
  usage: [
    "Usage: npx recovery-networks attention <files or folder…> [--at YYYY-MM-DD] [--format text|json|csv] [--out FILE] [--default-kind KIND]",
    "",
    "  --at       the date (default: the latest date in the data)",
    "  --format   text (default): the ranked list with headline reasons; json; csv: one row per client",
    "  --out      write to FILE instead of printing",
    "  --default-kind KIND   the kind of nodes without one (default community_member)",
    "",
    "The list's settings and reviewed marks are the project's own (meta.attention). Priority: docs/metrics.md.",
  ].join("\n"),
  options: { at: { type: "string" }, format: { type: "string" }, out: { type: "string" }, ...INPUT_OPTIONS },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    const paths = inputPaths(positionals);
    const format = (values.format ?? "text") as AttentionFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json or csv, not "${values.format}"`);
    let at: IsoDate | undefined;
    if (values.at !== undefined) {
      at = parseDate(values.at);
      if (at === undefined) throw new UsageError(`--at "${values.at}" is not a date: write it as YYYY-MM-DD`);
    }
    const project = await loadInputs(paths, io, importOptions(values));
    if (project === undefined) return 1;
    let list: AttentionList;
    try {
      list = needsAttention(project, at);
    } catch (error) {
      io.err(`${paths.join(", ")}: ${(error as Error).message}`);
      return 1;
    }
    await emit(format === "json" ? attentionJson(list) : format === "csv" ? attentionCsv(list) : attentionText(list), values.out, io);
    return 0;
  },
});
