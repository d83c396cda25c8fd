// Command-line arguments read with node:util parseArgs, checked the same way for every command:
// an unknown option, a missing value, an option given twice or an unexpected argument is a
// `UsageError` naming the option, which the dispatcher (main.ts) prints with the command's usage.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A usage mistake: the message names the option or argument (no final full stop). Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Options that each take one value (`--at 2024-01-01` or `--at=2024-01-01`), keyed by name without `--`. */
export type StringOptions<K extends string> = Record<K, { type: "string" }>;

/** Parsed arguments: the options given (absent when not given) and the positional arguments. */
export interface ParsedArgs<K extends string> {
  values: Partial<Record<K, string>>;
  positionals: string[];
}

/**
 * Reads `args` against `options`. Returns `"help"` when `--help` or `-h` is among them (before
 * any `--`). Throws `UsageError` for an unknown option, a value missing or empty (`--at` last, or
 * followed by another option: write `--at=-x` for a value that starts with a dash), an option
 * given twice, or a positional argument when `positionals` is false.
 */
export function parseCommandArgs<K extends string>(args: readonly string[], options: StringOptions<K>, positionals: boolean): ParsedArgs<K> | "help" {
  const known = new Set<string>(Object.keys(options));
  const list = Object.keys(options).map((o) => `--${o}`).join(", ");
  const withHelp: ParseArgsConfig["options"] = { ...options, help: { type: "boolean", short: "h" } };
  const { tokens } = parseArgs({ args: [...args], options: withHelp, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) return "help";
  const values: Partial<Record<K, string>> = {};
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (!positionals) throw new UsageError(`unexpected argument "${token.value}" (this command takes ${list ? `only the options ${list}` : "no arguments"})`);
      rest.push(token.value);
    } else if (token.kind === "option") {
      if (!known.has(token.name)) throw new UsageError(`unknown option "${token.rawName}" (this command takes ${list || "no options"})`);
      const separate = token.inlineValue === false;
      if (token.value === undefined || token.value === "" || (separate && token.value.startsWith("-") && token.value !== "-")) {
        throw new UsageError(`"--${token.name}" needs a value`);
      }
      if (token.name in values) throw new UsageError(`"--${token.name}" is given twice`);
      values[token.name as K] = token.value;
    }
  }
  return { values, positionals: rest };
}
