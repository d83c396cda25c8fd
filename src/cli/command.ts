// The shape of one command-line command; each lives in its own file under src/cli/commands/.

/** Where a command writes; the tests pass their own to read what was printed. */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  /** The word after `recovery-networks`. */
  name: string;
  /** One line for the help listing. */
  summary: string;
  /** Usage text shown by `--help` and on a usage error. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run: (args: string[], io: CommandIO) => Promise<number>;
}
