// `--weight ATTR`, taken by the commands that load a project (metrics, summary, timeline,
// convert): which tie value is the weight (docs/data-format.md, "Tie weight"), over what the
// file says. One option, one helper, so each command adds two lines.
import type { CommandIO } from "./command.ts";
import type { Project } from "../core/model/schema.ts";
import { parseWeightChoice, weightWarning, withWeight } from "../core/model/weight.ts";

/** The help text line of `--weight`, the same in every command. */
export const WEIGHT_USAGE = [
  "  --weight ATTR  the tie weight strength sums and exports write: strength (a recovery project's",
  "             1-5), a tie attribute such as weight (networkx, Gephi), or none (every tie counts 1);",
  "             default: what the file says (docs/data-format.md, \"Tie weight\")",
].join("\n");

/**
 * The project weighed by `--weight` when given (else as loaded). An attribute no tie has is an
 * error written to `io.err` (undefined returned); ties without a numeric value are a warning.
 */
export function applyWeightOption(project: Project, text: string | undefined, command: string, io: CommandIO): Project | undefined {
  if (text === undefined) return project;
  const choice = parseWeightChoice(text, project.ties);
  if ("error" in choice) {
    io.err(`recovery-networks ${command}: --weight: ${choice.error}.`);
    return undefined;
  }
  const weighed = withWeight(project, choice.weight);
  const warning = weightWarning(weighed);
  if (warning !== undefined) io.err(`warning: ${warning.message}. ${warning.fix}`);
  return weighed;
}
