// The page's import settings remembered in the browser's localStorage, like the column mappings:
// what to do with self-loops (a tie from a node to itself). Only the choice is stored, never data.
import type { ImportOptions } from "../../core/io/files.ts";
import type { MappingStorage } from "./rememberedMappings.ts";

const KEY = "recovery-networks:self-loops";

/** The choices for self-loops, in the order the page offers them, with the words it shows. */
export const SELF_LOOP_CHOICES: readonly { value: NonNullable<ImportOptions["selfLoops"]>; label: string }[] = [
  { value: "drop", label: "drop with a warning" },
  { value: "refuse", label: "refuse the file" },
];

/** The self-loop choice remembered in this browser: `drop` (the default) or `refuse`; anything else stored reads as `drop`. */
export function recallSelfLoops(storage: MappingStorage | undefined = globalThis.localStorage): "drop" | "refuse" {
  try {
    return storage?.getItem(KEY) === "refuse" ? "refuse" : "drop";
  } catch {
    return "drop";
  }
}

/** Remembers the self-loop choice; a full or blocked storage is ignored (the default applies next time). */
export function rememberSelfLoops(value: "drop" | "refuse", storage: MappingStorage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, value);
  } catch {
    // Storage full or disabled: the choice holds for this page only.
  }
}
