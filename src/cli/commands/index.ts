// Every command the CLI knows, in the order `--help` lists them, each loaded only when it runs
// (a dynamic import, so the build puts each in its own chunk). Add a command: one file, one entry here.
import type { CommandEntry } from "../command.ts";

export const COMMANDS: CommandEntry[] = [
  { name: "validate", summary: "Check project files (JSON, CSV, GEXF, GraphML) and list every problem", load: async () => (await import("./validate.ts")).validateCommand },
  { name: "summary", summary: "Nodes, ties, density, components and counts by kind and type of a snapshot", load: async () => (await import("./summary.ts")).summaryCommand },
  { name: "convert", summary: "Convert a project between JSON, CSV, GEXF and GraphML", load: async () => (await import("./convert.ts")).convertCommand },
  { name: "metrics", summary: "Metrics, recovery indicators and isolation flags of a snapshot (JSON or CSV)", load: async () => (await import("./metrics.ts")).metricsCommand },
  { name: "timeline", summary: "Network indicators at every wave, month or quarter (JSON or CSV)", load: async () => (await import("./timeline.ts")).timelineCommand },
  { name: "attention", summary: "Who needs a worker's attention at a date and why, ranked (text, JSON or CSV)", load: async () => (await import("./attention.ts")).attentionCommand },
  { name: "docs", summary: "Write docs/metrics.md from the metric, indicator and flag descriptors", load: async () => (await import("./docs.ts")).docsCommand },
  { name: "bench", summary: "Time the structural metrics against graphology-metrics on generated graphs", load: async () => (await import("./bench.ts")).benchCommand },
  {
    name: "generate",
    summary: "Generate a synthetic programme, a scaled benchmark network or a preferential-attachment graph (project JSON)",
    load: async () => (await import("./generate.ts")).generateCommand,
  },
];
