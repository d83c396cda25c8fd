// Column mappings remembered in the browser's localStorage, so the next file with the same
// columns opens without asking again. Only column names and kind values are stored (a record of
// column set → mapping), never a cell of data (docs/data-format.md, "Column mapping").
import { parseMapping, type ColumnMapping } from "../../core/io/mapping/mapping.ts";

const KEY = "recovery-networks:column-mappings";

/** The part of `Storage` used here, so tests can pass a stand-in. */
export type MappingStorage = Pick<Storage, "getItem" | "setItem">;

function all(storage: MappingStorage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? "{}");
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The mapping remembered for a column set (see `mappingKey`), when there is a valid one. */
export function recallMapping(key: string, storage: MappingStorage | undefined = globalThis.localStorage): ColumnMapping | undefined {
  if (storage === undefined) return undefined;
  const entry = all(storage)[key];
  if (entry === undefined) return undefined;
  const parsed = parseMapping(entry);
  return "mapping" in parsed ? parsed.mapping : undefined;
}

/** Remembers a mapping for a column set; a full or blocked storage is ignored (the mapping is then asked again). */
export function rememberMapping(key: string, mapping: ColumnMapping, storage: MappingStorage | undefined = globalThis.localStorage): void {
  if (storage === undefined) return;
  try {
    storage.setItem(KEY, JSON.stringify({ ...all(storage), [key]: mapping }));
  } catch {
    // Storage full or disabled: nothing is lost but the convenience.
  }
}
