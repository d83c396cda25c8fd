// `npx recovery-networks convert <files…> --to json|csv|gexf|graphml --out PATH`: reads a project
// in any format and writes it in another (CSV: a folder of files; GEXF: 1.3, or 1.2 when asked).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../arguments.ts";
import { defineCommand } from "../command.ts";
import { type ExportOptions, FILE_FORMATS, type FileFormat } from "../../core/io/files.ts";
import { exportProject } from "../../core/io/load.ts";
import { importOptions, INPUT_OPTIONS, INPUT_USAGE, inputPaths, loadInputs } from "../readInputs.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";

const USAGE = [
  "Usage: npx recovery-networks convert <files or folders…> --to json|csv|gexf|graphml|pajek [--out PATH]",
  "         [--gexf-version 1.3|1.2] [--weight ATTR] [--default-kind KIND] [--map FILE] [--self-loops drop|refuse] [--graph ID|N]",
  "",
  "  --to            the format to write; pajek writes a .net file, and beside it a .clu",
  "                  (whole numbers) or .vec (numbers) file per numeric node attribute",
  "  --out           the file to write; for csv, the folder to write nodes.csv, ties.csv (and",
  "                  observations.csv, waves.csv when there are any) into. Without --out a",
  "                  one-file format is printed.",
  "  --gexf-version  with --to gexf: 1.3 (the default; Gephi 0.10, networkx 3) or 1.2 (GEXF",
  "                  1.2draft, for networkx 2, which cannot read 1.3)",
  WEIGHT_USAGE,
  "  --default-kind  the kind of nodes without one (default community_member)",
  INPUT_USAGE,
  "",
  "Example: npx recovery-networks convert datasets/programme.json --to csv --out programme-csv",
].join("\n");

/** The GEXF version each `--gexf-version` value asks for. */
const GEXF_VERSIONS: Record<string, ExportOptions["gexfVersion"]> = { "1.3": "1.3", "1.2": "1.2draft" };

export const convertCommand = defineCommand({
  usage: USAGE,
  options: { to: { type: "string" }, out: { type: "string" }, "gexf-version": { type: "string" }, weight: { type: "string" }, ...INPUT_OPTIONS },
  positionals: true,
  async run({ values, positionals }, io) {
    const paths = inputPaths(positionals);
    const to = values.to;
    if (to === undefined) throw new UsageError("say which format to write with --to json|csv|gexf|graphml|pajek");
    if (!(FILE_FORMATS as readonly string[]).includes(to)) throw new UsageError(`--to must be one of ${FILE_FORMATS.join(", ")}, not "${to}"`);
    const gexfVersion = values["gexf-version"];
    if (gexfVersion !== undefined && !Object.hasOwn(GEXF_VERSIONS, gexfVersion)) throw new UsageError(`--gexf-version must be 1.3 or 1.2, not "${gexfVersion}"`);
    if (gexfVersion !== undefined && to !== "gexf") throw new UsageError(`--gexf-version is for --to gexf, not --to ${to}`);
    const out = values.out;
    if (to === "csv" && out === undefined) throw new UsageError("CSV is several files: give the folder to write them into with --out");
    const imports = importOptions(values);
    const loaded = await loadInputs(paths, io, imports);
    const project = loaded && applyWeightOption(loaded, values.weight, "convert", io);
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
      // Pajek's partitions and vectors go beside the .net file: network.net, network-age.clu.
      const extra = files.slice(1).map((f) => ({ path: `${out.replace(/\.[^./\\]*$/, "")}${f.name.slice(f.name.indexOf("-"))}`, text: f.text }));
      for (const f of extra) await writeFile(f.path, f.text);
      io.err(`Wrote ${[out, ...extra.map((f) => f.path)].join(", ")}`);
    }
    return 0;
  },
});
