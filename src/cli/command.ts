// The shape of one command-line command; each lives in its own file under src/cli/commands/ and
// is loaded only when it runs (src/cli/commands/index.ts lists them).
import type { ParsedArgs, StringOptions } from "./arguments.ts";

/** Where a command writes; the tests pass their own to read what was printed. */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A command, once loaded. `K` names its options. */
export interface Command<K extends string = string> {
  /** Usage text shown by `--help` and after a usage error. */
  usage: string;
  /**
   * Its options, as `node:util` parseArgs takes them (without the leading `--`); every option
   * takes a value. `--help` / `-h` is added for every command.
   */
  options: StringOptions<K>;
  /** Whether it takes positional arguments (input files, a generator's name). */
  positionals: boolean;
  /**
   * Runs with the parsed arguments; returns the exit code (0 ok, 1 invalid input). Throws
   * `UsageError` for a bad option value, which the dispatcher reports with the usage (exit 2).
   */
  run(args: ParsedArgs<K>, io: CommandIO): Promise<number>;
}

/** A command as `--help` lists it, before it is loaded. */
export interface CommandEntry {
  /** The word after `recovery-networks`. */
  name: string;
  /** One line for the help listing. */
  summary: string;
  /** Imports the command's module (so `--help` and other commands load none of it). */
  load: () => Promise<Command>;
}

/** Declares a command, inferring its option names from `options`. */
export function defineCommand<K extends string>(command: Command<K>): Command<K> {
  return command;
}
