// `npx recovery-networks convert <files…> --to json|csv|gexf|graphml --out PATH`: reads a project
// in any format and writes it in another (CSV: a folder of files; GEXF: 1.3, or 1.2 when asked).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "../command.ts";
import { type ExportOptions, FILE_FORMATS, type FileFormat } from "../../core/io/files.ts";
import { exportProject } from "../../core/io/load.ts";
import { importOptions, loadInputs, parseFileArgs } from "../readInputs.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";

const USAGE = [
  "Usage: npx recovery-networks convert <files or folders…> --to json|csv|gexf|graphml [--out PATH]",
  "         [--gexf-version 1.3|1.2] [--weight ATTR] [--default-kind KIND]",
  "",
  "  --to            the format to write",
  "  --out           the file to write; for csv, the folder to write nodes.csv, ties.csv (and",
  "                  observations.csv, waves.csv when there are any) into. Without --out a",
  "                  one-file format is printed.",
  "  --gexf-version  with --to gexf: 1.3 (the default; Gephi 0.10, networkx 3) or 1.2 (GEXF",
  "                  1.2draft, for networkx 2, which cannot read 1.3)",
  WEIGHT_USAGE,
  "",
  "Example: npx recovery-networks convert datasets/programme.json --to csv --out programme-csv",
].join("\n");

/** The GEXF version each `--gexf-version` value asks for. */
const GEXF_VERSIONS: Record<string, ExportOptions["gexfVersion"]> = { "1.3": "1.3", "1.2": "1.2draft" };

export const convertCommand: Command = {
  name: "convert",
  summary: "Convert a project between JSON, CSV, GEXF and GraphML",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseFileArgs(args, ["to", "out", "gexf-version", "weight"]);
    const fail = (message: string) => {
      io.err(`convert: ${message}\n\n${USAGE}`);
      return 2;
    };
    if (typeof parsed === "string") return fail(parsed);
    const to = parsed.options.to;
    if (to === undefined) return fail("say which format to write with --to json|csv|gexf|graphml");
    if (!(FILE_FORMATS as readonly string[]).includes(to)) return fail(`--to must be one of ${FILE_FORMATS.join(", ")}, not "${to}"`);
    const gexfVersion = parsed.options["gexf-version"];
    if (gexfVersion !== undefined && !Object.hasOwn(GEXF_VERSIONS, gexfVersion)) return fail(`--gexf-version must be 1.3 or 1.2, not "${gexfVersion}"`);
    if (gexfVersion !== undefined && to !== "gexf") return fail(`--gexf-version is for --to gexf, not --to ${to}`);
    const out = parsed.options.out;
    if (to === "csv" && out === undefined) return fail("CSV is several files: give the folder to write them into with --out");
    const loaded = await loadInputs(parsed.files, io, importOptions(parsed));
    const project = loaded && applyWeightOption(loaded, parsed.options.weight, "convert", io);
    if (project === undefined) return 1;
    const files = exportProject(project, to as FileFormat, { gexfVersion: gexfVersion === undefined ? undefined : GEXF_VERSIONS[gexfVersion] });
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
