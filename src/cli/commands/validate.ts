// `npx recovery-networks validate <files…>`: checks that files load as projects and lists every
// problem with its file, row or element, and what to do.
import { defineCommand } from "../command.ts";
import { loadProject } from "../../core/io/load.ts";
import { formatProblem } from "../../core/io/problems.ts";
import { groupProjects, importOptions, projectKey, INPUT_OPTIONS, INPUT_USAGE, inputPaths, readInputs } from "../readInputs.ts";

const USAGE = [
  "Usage: npx recovery-networks validate <files or folders…> [--default-kind KIND] [--map FILE] [--self-loops drop|refuse] [--graph ID|N]",
  "",
  "  Each .json, .gexf or .graphml file is checked as a project; the CSV files of a project are",
  "  given as the files (nodes.csv, ties.csv, observations.csv, waves.csv) or the folder holding them.",
  "",
  "  --default-kind KIND   the kind of nodes without one (default community_member)",
  INPUT_USAGE,
  "",
  "Exit code: 0 when every project loads (warnings, written as \"warning: …\", do not change it),",
  "1 when any has a problem, 2 on a usage error.",
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
    // A project with a file that could not be read is already reported: checking the rest of
    // it would add a second message saying that file is missing.
    const unread = new Set(read.failed.map(projectKey));
    for (const files of groupProjects(read.files)) {
      if (unread.has(projectKey(files[0].name))) continue;
      const names = files.map((f) => f.name).join(", ");
      const result = loadProject(files, imports);
      const warnings = result.warnings ?? [];
      if (warnings.length > 0) io.err(warnings.map((w) => `warning: ${formatProblem(w)}`).join("\n"));
      if (result.ok) {
        io.out(`ok: ${result.project.nodes.length} nodes, ${result.project.ties.length} ties${warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""} (${names})`);
      } else {
        failed = true;
        io.err(result.problems.map(formatProblem).join("\n"));
      }
    }
    return failed ? 1 : 0;
  },
});
