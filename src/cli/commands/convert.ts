// `npx recovery-networks convert <files…> --to json|csv|gexf|graphml --out PATH`: reads a project
// in any format and writes it in another (CSV: a folder of files).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "../command.ts";
import { FILE_FORMATS, type FileFormat } from "../../core/io/files.ts";
import { exportProject } from "../../core/io/load.ts";
import { importOptions, loadInputs, parseFileArgs } from "../readInputs.ts";

const USAGE = [
  "Usage: npx recovery-networks convert <files or folders…> --to json|csv|gexf|graphml [--out PATH] [--default-kind KIND]",
  "",
  "  --to    the format to write",
  "  --out   the file to write; for csv, the folder to write nodes.csv, ties.csv (and",
  "          observations.csv, waves.csv when there are any) into. Without --out a one-file",
  "          format is printed.",
  "",
  "Example: npx recovery-networks convert datasets/programme.json --to csv --out programme-csv",
].join("\n");

export const convertCommand: Command = {
  name: "convert",
  summary: "Convert a project between JSON, CSV, GEXF and GraphML",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseFileArgs(args, ["to", "out"]);
    const fail = (message: string) => {
      io.err(`convert: ${message}\n\n${USAGE}`);
      return 2;
    };
    if (typeof parsed === "string") return fail(parsed);
    const to = parsed.options.to;
    if (to === undefined) return fail("say which format to write with --to json|csv|gexf|graphml");
    if (!(FILE_FORMATS as readonly string[]).includes(to)) return fail(`--to must be one of ${FILE_FORMATS.join(", ")}, not "${to}"`);
    const out = parsed.options.out;
    if (to === "csv" && out === undefined) return fail("CSV is several files: give the folder to write them into with --out");
    const project = await loadInputs(parsed.files, io, importOptions(parsed));
    if (project === undefined) return 1;
    const files = exportProject(project, to as FileFormat);
    if (out === undefined) {
      io.out(files[0].text);
      return 0;
    }
    if (to === "csv") {
      await mkdir(out, { recursive: true });
      for (const file of files) await writeFile(join(out, file.name), file.text);
      io.err(`Wrote ${files.map((f) => join(out, f.name)).join(", ")}`);
    } else {
      await writeFile(out, files[0].text);
      io.err(`Wrote ${out}`);
    }
    return 0;
  },
};
