// `npx recovery-networks validate <files…>`: checks that files load as projects and lists every
// problem with its file, row or element, and what to do.
import { defineCommand } from "../command.ts";
import { loadProject } from "../../core/io/load.ts";
import { formatProblem } from "../../core/io/problems.ts";
import { groupProjects, importOptions, INPUT_OPTIONS, inputPaths, readInputs } from "../readInputs.ts";

const USAGE = [
  "Usage: npx recovery-networks validate <files or folders…> [--default-kind KIND]",
  "",
  "  Each .json, .gexf or .graphml file is checked as a project; the CSV files of a project are",
  "  given as the files (nodes.csv, ties.csv, observations.csv, waves.csv) or the folder holding them.",
  "",
  "  --default-kind KIND   the kind of nodes without one (default community_member)",
  "",
  "Exit code: 0 when every project is valid, 1 when any has a problem, 2 on a usage error.",
  "The data format: docs/data-format.md.",
].join("\n");

export const validateCommand = defineCommand({
  usage: USAGE,
  options: INPUT_OPTIONS,
  positionals: true,
  async run({ values, positionals }, io) {
    const paths = inputPaths(positionals);
    const imports = importOptions(values);
    const read = await readInputs(paths);
    let failed = read.problems.length > 0;
    if (failed) io.err(read.problems.map(formatProblem).join("\n"));
    for (const files of groupProjects(read.files)) {
      const names = files.map((f) => f.name).join(", ");
      const result = loadProject(files, imports);
      if (result.ok) {
        io.out(`ok: ${result.project.nodes.length} nodes, ${result.project.ties.length} ties (${names})`);
        if (result.warnings.length > 0) io.err(result.warnings.map((w) => `warning: ${formatProblem(w)}`).join("\n"));
      } else {
        failed = true;
        io.err(result.problems.map(formatProblem).join("\n"));
      }
    }
    return failed ? 1 : 0;
  },
});
