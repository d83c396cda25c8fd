// Runs the command line in-process from its TypeScript source, as `npx recovery-networks ARGS…`
// would, and collects what it prints: each `io.out` / `io.err` call is one line. (bin.test.ts runs
// the built command itself.)
import { main } from "../../src/cli/main.ts";

/** The exit code and the printed lines of one run. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `recovery-networks ...args` and returns its exit code, standard output and standard error. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
