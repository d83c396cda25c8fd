// `npx recovery-networks docs`: writes docs/metrics.md from the descriptors themselves
// (structural metrics, recovery indicators, isolation flags), so the reference cannot drift
// from the code. A test fails when the committed file is stale.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { defineCommand } from "../command.ts";
import type { AnyDescriptor } from "../../core/metrics/descriptor.ts";
import { DEFAULT_LIST_ON, flagLabel, PRIORITY, ROW_ORDER } from "../../core/attention/index.ts";
import { FLAGS, flagSettingsSchema } from "../../core/metrics/flags/index.ts";
import { RECOVERY_NETWORK_INDICATORS, RECOVERY_NODE_INDICATORS } from "../../core/metrics/recovery/index.ts";
import { outputKey } from "../../core/metrics/report.ts";
import { STRUCTURAL_NETWORK_METRICS, STRUCTURAL_NODE_METRICS } from "../../core/metrics/structural/index.ts";

/** Where the docs go, relative to the working directory, unless `--out` says otherwise. */
export const METRICS_DOCS_PATH = "docs/metrics.md";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The fields of a zod object schema with their defaults and descriptions, as table rows. */
function parameterRows(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  const defaults = schema.safeParse({});
  const values = defaults.success ? (defaults.data as Record<string, unknown>) : {};
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const value = name in values ? `\`${JSON.stringify(values[name])}\`` : "(required)";
    return `| \`${name}\` | ${value} | ${cell(field.description ?? "")} |`;
  });
}

function section(d: AnyDescriptor, withKey: boolean): string {
  const lines = [`### ${d.label}`, ""];
  lines.push(withKey ? `id \`${d.id}\` · output key \`${outputKey(d.id)}\`` : `id \`${d.id}\``, "");
  lines.push(`**Meaning.** ${d.meaning}`, "", `**Definition.** ${d.definition}`, "");
  const rows = parameterRows(d.params);
  if (rows.length > 0) lines.push("| parameter | default | meaning |", "|---|---|---|", ...rows, "");
  return lines.join("\n");
}

/** The "Needs attention" section: the priority, the merges and the row order, from src/core/attention. */
function attentionSection(): string[] {
  return [
    "## Needs attention: priority and merged reasons",
    "",
    "The \"Needs attention\" view and the `attention` command list the clients present at a date for whom",
    "a flag in the `listOn` setting fires (by default: " +
      DEFAULT_LIST_ON.map((f) => flagLabel(f).toLowerCase()).join(", ") +
      "). The other flags are shown beneath a listed client's reasons. Flags that restate one fact merge into",
    "one reason: the reason in the first column takes in the flags in the \"merges\" column when both fire.",
    "A client's headline reason is their most urgent listed reason. The priority is this order, not a count of flags:",
    "",
    "| order | tier | reason | merges | why here |",
    "|---|---|---|---|---|",
    ...PRIORITY.map(
      (r, i) =>
        `| ${i + 1} | ${r.tier} | ${flagLabel(r.flag)} | ${r.absorbs.map((f) => flagLabel(f)).join(", ") || "—"} | ${cell(r.why)} |`,
    ),
    "",
    `${ROW_ORDER} \"Since\" is the earliest review (wave) from which the headline reason has held at every review up to`,
    "the date shown, flags computed at each wave against the wave before. The trend gives network size (people) and",
    "supportive ties at the last four reviews. A reviewed mark is kept with the project (`meta.attention.marks`) and",
    "shown while the reason's facts (its evidence numbers, and for a change the review compared with) stay the same.",
    "",
    "| setting | default | meaning |",
    "|---|---|---|",
    "| `listOn` | `" + JSON.stringify(DEFAULT_LIST_ON) + "` | Which reasons put a client on the list |",
    "",
  ];
}

/** The whole of docs/metrics.md. */
export function renderMetricsDocs(): string {
  const parts = [
    "# Metrics, indicators and flags",
    "",
    "Generated from the descriptors in `src/core/metrics` by `npx recovery-networks docs`; do not edit by hand.",
    "Every value is a function of one snapshot (the nodes and ties present on a date). Ties are",
    "undirected. Values that are undefined (a share of zero ties) are `null` in JSON and empty in CSV.",
    "Output keys are the ids in camelCase, as the `metrics` and `timeline` commands print them.",
    "",
    "## Structural metrics per node",
    "",
    ...STRUCTURAL_NODE_METRICS.map((d) => section(d, true)),
    "## Structural metrics per network",
    "",
    ...STRUCTURAL_NETWORK_METRICS.map((d) => section(d, true)),
    "## Recovery indicators per person",
    "",
    "Given for people only (every kind but group). Tie counts count every tie, so two ties between",
    "the same pair (a friend who is also someone they use with) count twice; people and group counts,",
    "ego density, effective size, constraint and diversity count distinct alters.",
    "",
    ...RECOVERY_NODE_INDICATORS.map((d) => section(d, true)),
    "## Recovery indicators per network",
    "",
    ...RECOVERY_NETWORK_INDICATORS.map((d) => section(d, true)),
    "## Isolation flags",
    "",
    "Advisory: a worker reviews each one, and each shows its evidence. Checked for the node kinds in",
    "the `kinds` setting (service users by default). Settings and their defaults:",
    "",
    "| setting | default | meaning |",
    "|---|---|---|",
    ...parameterRows(flagSettingsSchema),
    "",
    ...FLAGS.map((d) => section(d, false)),
    ...attentionSection(),
  ];
  return `${parts.join("\n").trimEnd()}\n`;
}

export const docsCommand = defineCommand({
  usage: [
    "Usage: npx recovery-networks docs [--out FILE]",
    "",
    `Writes the reference of every metric, indicator and flag to ${METRICS_DOCS_PATH} (or FILE).`,
  ].join("\n"),
  options: { out: { type: "string" } },
  positionals: false,
  run: async ({ values }, io) => {
    const out = values.out ?? METRICS_DOCS_PATH;
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, renderMetricsDocs());
    io.out(`Wrote ${out}`);
    return 0;
  },
});
