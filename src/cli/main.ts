// `npx recovery-networks <command>`: dispatches to the commands in src/cli/commands/.
import { pathToFileURL } from "node:url";
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

/** Runs the command line; returns the exit code (0 ok, 1 invalid input, 2 usage error). */
export async function main(args: string[], io: CommandIO = STD_IO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runFromShell();
