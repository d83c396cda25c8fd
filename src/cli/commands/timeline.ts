// `npx recovery-networks timeline <files…>`: the network indicators at every wave, month or
// quarter, as JSON or CSV.
import type { Command } from "../command.ts";
import { computeTimeline, TIMELINE_STEPS, type TimelineEvery } from "../../core/timeline/index.ts";
import { importOptions, loadInputs } from "../readInputs.ts";
import { emit, parseOutputArgs } from "./metrics.ts";
import { timelineCsv, timelineJson } from "./metricsOutput.ts";
import { applyWeightOption, WEIGHT_USAGE } from "../weightOption.ts";

export const timelineCommand: Command = {
  name: "timeline",
  summary: "Network indicators at every wave, month or quarter (JSON or CSV)",
  usage: [
    "Usage: npx recovery-networks timeline <files or folder…> [--every wave|month|quarter] [--format json|csv] [--out FILE] [--weight ATTR] [--default-kind KIND]",
    "",
    "  --every    wave (default): each wave date; month / quarter: from the first date in the data to the last",
    "  --format   json (default): [{date, nodes, ties, density, …}]; csv: one row per step",
    "  --out      write to FILE instead of printing",
    WEIGHT_USAGE,
    "",
    "Definitions: docs/metrics.md.",
  ].join("\n"),
  run: async (args, io) => {
    const parsed = parseOutputArgs(args, ["every", "weight"]);
    if (typeof parsed === "string") {
      io.err(`recovery-networks timeline: ${parsed}.\n\n${timelineCommand.usage}`);
      return 2;
    }
    const every = (parsed.options.every ?? "wave") as TimelineEvery;
    if (!TIMELINE_STEPS.includes(every)) {
      io.err(`recovery-networks timeline: --every must be wave, month or quarter, not "${every}".`);
      return 2;
    }
    const loaded = await loadInputs(parsed.files, io, importOptions(parsed));
    const project = loaded && applyWeightOption(loaded, parsed.options.weight, "timeline", io);
    if (project === undefined) return 1;
    const { steps } = computeTimeline(project, { every });
    if (steps.length === 0) {
      io.err(
        every === "wave"
          ? `${parsed.files.join(", ")}: the project has no waves. Use --every month or --every quarter, or add waves.`
          : `${parsed.files.join(", ")}: the project has no dates, so it has no timeline.`,
      );
      return 1;
    }
    await emit(parsed.format === "json" ? timelineJson(steps) : timelineCsv(steps), parsed.out, io);
    return 0;
  },
};
