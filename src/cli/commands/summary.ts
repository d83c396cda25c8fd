// `npx recovery-networks summary <files…>`: nodes, ties, density, components, isolates and the
// counts by kind and tie type of one snapshot, as text or JSON.
import { UsageError } from "../arguments.ts";
import { defineCommand } from "../command.ts";
import { parseDate } from "../../core/model/dates.ts";
import { summarize, type Summary } from "../../core/summary.ts";
import { importOptions, INPUT_OPTIONS, INPUT_USAGE, inputPaths, loadInputs } from "../readInputs.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";
import { describeWeight } from "../../core/model/weight.ts";

const USAGE = [
  "Usage: npx recovery-networks summary <files or folders…> [--at YYYY-MM-DD] [--format text|json] [--weight ATTR] [--default-kind KIND] [--map FILE] [--self-loops drop|refuse] [--graph ID|N]",
  "",
  "  --at       the snapshot date (default: the latest date in the data)",
  '  --format   text (default) or json: {"at","nodes","ties","density","components","isolates","byKind","byType"}',
  WEIGHT_USAGE,
  "  --default-kind KIND   the kind of nodes without one (default community_member)",
  INPUT_USAGE,
  "",
  "Density counts distinct tied pairs, 2m/(n(n-1)); every isolate is a component of its own.",
].join("\n");

/** The summary as lines of text; kinds and types with no nodes or ties are left out. */
export function summaryText(s: Summary): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ") || "none";
  return [
    `at:         ${s.at ?? "(undated: everything)"}`,
    `nodes:      ${s.nodes}`,
    `ties:       ${s.ties}`,
    `density:    ${Number(s.density.toFixed(6))}`,
    `components: ${s.components}`,
    `isolates:   ${s.isolates}`,
    `by kind:    ${counts(s.byKind)}`,
    `by type:    ${counts(s.byType)}`,
  ].join("\n");
}

export const summaryCommand = defineCommand({
  usage: USAGE,
  options: { at: { type: "string" }, format: { type: "string" }, weight: { type: "string" }, ...INPUT_OPTIONS },
  positionals: true,
  async run({ values, positionals }, io) {
    const paths = inputPaths(positionals);
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not "${format}"`);
    let at: string | undefined;
    if (values.at !== undefined) {
      at = parseDate(values.at);
      if (at === undefined) throw new UsageError(`--at "${values.at}" is not a date: write YYYY-MM-DD`);
    }
    const imports = importOptions(values);
    const loaded = await loadInputs(paths, io, imports);
    const project = loaded && applyWeightOption(loaded, values.weight, "summary", io);
    if (project === undefined) return 1;
    const summary = summarize(project, at);
    const weight = project.meta.weight;
    io.out(format === "json" ? JSON.stringify(summary) : `${summaryText(summary)}\nweight:     ${weight ?? "none"} (strength is the ${describeWeight(weight)})`);
    return 0;
  },
});
