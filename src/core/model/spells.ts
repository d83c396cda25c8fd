// A node's spells (format version 4: several separate periods of presence) as text: Gephi's
// interval notation for files (CSV, GraphML), which the CSV importer reads back
// (src/core/io/csv/time.ts), and plain words for tables and the details panel.
import type { Spell } from "./schema.ts";

/**
 * Spells in Gephi's interval notation, each [start, end) with the model's exclusive end kept
 * open: `<[2018-02-25, 2018-02-26); [2018-03-02, 2018-03-03)>`; an unbounded end is `-Infinity`
 * or `Infinity`.
 */
export function formatSpells(spells: readonly Spell[]): string {
  return `<${spells.map((s) => `[${s.start ?? "-Infinity"}, ${s.end ?? "Infinity"})`).join("; ")}>`;
}

/**
 * Spells in words, with the fields' own words (From inclusive, Until exclusive):
 * `2018-02-25 until 2018-02-26; 2018-03-02 onwards`; a spell with no start is `until 2018-01-01`.
 */
export function describeSpells(spells: readonly Spell[]): string {
  return spells
    .map((s) => (s.start === undefined ? `until ${s.end ?? "always"}` : s.end === undefined ? `${s.start} onwards` : `${s.start} until ${s.end}`))
    .join("; ");
}
