// Every command the CLI knows, in the order `--help` lists them. Add a command: one file, one line here.
import type { Command } from "../command.ts";
import { benchCommand } from "./bench.ts";
import { convertCommand } from "./convert.ts";
import { docsCommand } from "./docs.ts";
import { generateCommand } from "./generate.ts";
import { metricsCommand } from "./metrics.ts";
import { summaryCommand } from "./summary.ts";
import { timelineCommand } from "./timeline.ts";
import { validateCommand } from "./validate.ts";

export const COMMANDS: Command[] = [
  validateCommand,
  summaryCommand,
  convertCommand,
  metricsCommand,
  timelineCommand,
  docsCommand,
  benchCommand,
  generateCommand,
];
