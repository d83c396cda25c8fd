// `npx recovery-networks <command>`: reads the arguments and runs one command, loading only that
// command's module (so `--help` loads none). Built to build/cli/main.js (scripts/build-cli.mjs).
import { pathToFileURL } from "node:url";
import { parseCommandArgs, UsageError } from "./arguments.ts";
import type { CommandIO } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";

const STD_IO: CommandIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  return [
    "Recovery Networks: social network analysis of recovery connectedness.",
    "",
    "Usage: npx recovery-networks <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `npx recovery-networks <command> --help` for a command's options.",
  ].join("\n");
}

/** A usage error's message as one sentence. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/**
 * Runs the command line with `args` (what follows `recovery-networks`); returns the exit code:
 * 0 ok, 1 invalid input or a failure, 2 a usage error (unknown command or option, missing or bad
 * value), reported as `recovery-networks COMMAND: message.` followed by the command's usage.
 */
export async function main(args: string[], io: CommandIO = STD_IO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  try {
    const parsed = parseCommandArgs(rest, command.options, command.positionals);
    if (parsed === "help") {
      io.out(command.usage);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`recovery-networks ${name}: ${sentence(error.message)}\n\n${command.usage}`);
      return 2;
    }
    io.err(`recovery-networks ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * Runs the command line from a shell. Output piped into a reader that stops early
 * (`… | head`) ends the command quietly, as other command-line tools do, instead of with an
 * EPIPE stack trace.
 */
export async function runFromShell(): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2));
}

// Run directly (`tsx src/cli/main.ts …`, `node build/cli/main.js …`) rather than imported by the bin or a test.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runFromShell();
