// What the page's mapping dialog shows for each CSV table: its columns, its first rows, the
// distinct values of each column (for mapping kind values) and the mapping the importer would
// use on its own (exact names, then aliases), which the dialog starts from.
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";
import { roleOf } from "../csv/columns.ts";
import { isBlankRecord, parseDsv } from "../csv/dsv.ts";
import { ALIASES, columnSetKey, mappingTargets, squash, type ColumnMapping, type MappedRole } from "./mapping.ts";

/** One table as the mapping dialog shows it. */
export interface TablePreview {
  file: string;
  role: MappedRole;
  headers: string[];
  /** The first data rows (at most `rows`), each as wide as the header. */
  rows: string[][];
  /** Per column, its distinct non-empty values in order of appearance (at most 30). */
  values: string[][];
  /** target → header, as the importer reads the table without a mapping. */
  suggested: Record<string, string>;
}

/** The nodes and ties files among `files` (a single file of another name is the ties), as previews. */
export function previewTables(files: readonly InputFile[], rows = 5): TablePreview[] {
  const out: TablePreview[] = [];
  for (const file of files) {
    const role = roleOf(file.name) ?? (files.length === 1 ? "ties" : undefined);
    if (role !== "nodes" && role !== "ties") continue;
    const records = parseDsv(file.text).records.filter((r) => !isBlankRecord(r));
    const headers = (records[0]?.cells ?? []).map((h) => h.trim());
    const data = records.slice(1).map((r) => headers.map((_, k) => r.cells[k] ?? ""));
    const values = headers.map((_, k) => [...new Set(data.map((r) => r[k].trim()).filter((v) => v !== ""))].slice(0, 30));
    out.push({ file: file.name, role, headers, rows: data.slice(0, rows), values, suggested: suggestMapping(role, headers) });
  }
  return out;
}

/** target → header as the importer reads `headers` on its own: a target's own name (any case), else its first alias. */
export function suggestMapping(role: MappedRole, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const taken = new Set<string>();
  for (const target of mappingTargets(role)) {
    const own = headers.find((h) => h.toLowerCase() === target.name && !taken.has(h));
    if (own !== undefined) {
      out[target.name] = own;
      taken.add(own);
    }
  }
  for (const target of mappingTargets(role)) {
    if (out[target.name] !== undefined) continue;
    const alias = headers.find((h) => !taken.has(h) && (ALIASES[role][target.name] ?? []).includes(squash(h)));
    if (alias !== undefined) {
      out[target.name] = alias;
      taken.add(alias);
    }
  }
  return out;
}

/** The key a mapping for these tables is remembered by: every column header of the nodes and ties files. */
export function mappingKey(previews: readonly TablePreview[]): string | undefined {
  if (previews.length === 0) return undefined;
  return previews.map((p) => `${p.role}:${columnSetKey(p.headers)}`).sort().join("\u001e");
}

/**
 * True when an import failed because a nodes or ties file lacks a column the mapping can name,
 * or its kind column holds values that are not kinds (which the mapping can map).
 */
export function needsMapping(problems: readonly Problem[]): boolean {
  return problems.some((p) => (p.where === "row 1" && /^no "[a-z_]+"( or "[a-z_]+")* column/.test(p.message)) || /^"kind" is ".*", which is not one of /.test(p.message));
}

/** A mapping with only the targets and kinds that say something (empty choices left out). */
export function cleanMapping(mapping: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = {};
  for (const role of ["nodes", "ties"] as const) {
    const entries = Object.entries(mapping[role] ?? {}).filter(([, header]) => header !== "");
    if (entries.length > 0) out[role] = Object.fromEntries(entries);
  }
  if (mapping.kinds !== undefined && Object.keys(mapping.kinds).length > 0) out.kinds = mapping.kinds;
  return out;
}
