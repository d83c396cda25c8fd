// `npx recovery-networks timeline <files…>`: the network indicators at every wave, month or
// quarter, as JSON or CSV.
import { UsageError } from "../arguments.ts";
import { defineCommand } from "../command.ts";
import { computeTimeline, TIMELINE_STEPS, timelineCsv, type TimelineColumns, type TimelineEvery } from "../../core/timeline/index.ts";
import { importOptions, INPUT_OPTIONS, INPUT_USAGE, inputPaths, loadInputs } from "../readInputs.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";
import { emit, OUTPUT_OPTIONS, outputFormat, timelineJson } from "./metricsOutput.ts";

export const timelineCommand = defineCommand({
  usage: [
    "Usage: npx recovery-networks timeline <files or folder…> [--every wave|month|quarter] [--format json|csv] [--columns all|dashboard] [--out FILE] [--weight ATTR] [--default-kind KIND] [--map FILE] [--self-loops drop|refuse] [--graph ID|N]",
    "",
    "  --every    wave (default): each wave date; month / quarter: from the first date in the data to the last",
    "  --format   json (default): [{date, nodes, ties, density, …}]; csv: one row per step with",
    "             readable headers (Date, Wave, Nodes, …, the same as the page's Indicators ⤓ export)",
    "  --columns  with csv: all (default): every network value at full precision; dashboard: the",
    "             dashboard's indicators, shares in % to one decimal (its Numbers ⤓ CSV)",
    "  --out      write to FILE instead of printing",
    WEIGHT_USAGE,
    "  --default-kind KIND   the kind of nodes without one (default community_member)",
    INPUT_USAGE,
    "",
    "Definitions: docs/metrics.md.",
  ].join("\n"),
  options: { every: { type: "string" }, columns: { type: "string" }, ...OUTPUT_OPTIONS, weight: { type: "string" }, ...INPUT_OPTIONS },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    const paths = inputPaths(positionals);
    const format = outputFormat(values);
    const every = (values.every ?? "wave") as TimelineEvery;
    if (!TIMELINE_STEPS.includes(every)) throw new UsageError(`--every must be wave, month or quarter, not "${every}"`);
    const columns = (values.columns ?? "all") as TimelineColumns;
    if (columns !== "all" && columns !== "dashboard") throw new UsageError(`--columns must be all or dashboard, not "${columns}"`);
    if (values.columns !== undefined && format === "json") throw new UsageError("--columns goes with --format csv; JSON always has every value");
    const imports = importOptions(values);
    const loaded = await loadInputs(paths, io, imports);
    const project = loaded && applyWeightOption(loaded, values.weight, "timeline", io);
    if (project === undefined) return 1;
    const { steps } = computeTimeline(project, { every });
    if (steps.length === 0) {
      io.err(
        every === "wave"
          ? `${paths.join(", ")}: the project has no waves. Use --every month or --every quarter, or add waves.`
          : `${paths.join(", ")}: the project has no dates, so it has no timeline.`,
      );
      return 1;
    }
    await emit(format === "json" ? timelineJson(steps) : timelineCsv(project, steps, undefined, columns), values.out, io);
    return 0;
  },
});
