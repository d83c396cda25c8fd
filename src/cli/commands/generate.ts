// `npx recovery-networks generate programme|scale|pa`: writes a generated project as JSON, for
// the sample data (datasets/programme.json), benchmarks and tests.
import { writeFile } from "node:fs/promises";
import { UsageError } from "../arguments.ts";
import { defineCommand } from "../command.ts";
import { preferentialAttachment } from "../../core/generate/preferentialAttachment.ts";
import { generateProgramme, PROGRAMME_DEFAULTS } from "../../core/generate/programme.ts";
import { generateScaled } from "../../core/generate/scale.ts";
import type { Project } from "../../core/model/schema.ts";

const USAGE = [
  "Usage: npx recovery-networks generate programme|scale|pa [--seed N] [--nodes N] [--out FILE]",
  "",
  "  programme   the synthetic three-hub recovery programme (fictional people, 2012–15, quarterly waves)",
  "  scale       the same programme scaled to about --nodes nodes (more hubs), for benchmarks",
  "  pa          a Barabási–Albert preferential-attachment graph, generic kinds, undated",
  "",
  "  --seed N             the same seed gives the same file (default 1)",
  `  --service-users N    programme only: service users over the period (default ${PROGRAMME_DEFAULTS.serviceUsers})`,
  "  --nodes N            scale and pa: node count (default 1000)",
  "  --edges-per-node M   pa only: ties from each new node (default 3)",
  "  --out FILE           write the project JSON to FILE instead of printing it",
  "",
  "Example: npx recovery-networks generate programme --seed 2012 --out datasets/programme.json",
].join("\n");

const KINDS = ["programme", "scale", "pa"] as const;
type Kind = (typeof KINDS)[number];

const OPTIONS = {
  seed: { type: "string" },
  "service-users": { type: "string" },
  nodes: { type: "string" },
  "edges-per-node": { type: "string" },
  out: { type: "string" },
} as const;

type NumberOption = Exclude<keyof typeof OPTIONS, "out">;

/** Which numeric options each generator accepts. */
const ALLOWED: Record<Kind, NumberOption[]> = {
  programme: ["seed", "service-users"],
  scale: ["seed", "nodes"],
  pa: ["seed", "nodes", "edges-per-node"],
};

interface GenerateArgs {
  kind: Kind;
  numbers: Partial<Record<NumberOption, number>>;
}

/** The generator and its numbers from the parsed arguments; throws `UsageError` for what is wrong with them. */
function generateArgs(values: Partial<Record<keyof typeof OPTIONS, string>>, positionals: string[]): GenerateArgs {
  const [kind, ...extra] = positionals;
  if (kind === undefined) throw new UsageError("say what to generate: programme, scale or pa");
  if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown generator "${kind}": use programme, scale or pa`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (generate makes one project at a time)`);
  const parsed: GenerateArgs = { kind: kind as Kind, numbers: {} };
  for (const name of Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]) {
    const value = values[name];
    if (value === undefined || name === "out") continue;
    if (!ALLOWED[parsed.kind].includes(name)) {
      throw new UsageError(`unknown option "--${name}" for generate ${kind} (it takes ${[...ALLOWED[parsed.kind], "out"].map((o) => `--${o}`).join(", ")})`);
    }
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError(`--${name} needs a whole number (got "${value}")`);
    parsed.numbers[name] = number;
  }
  return parsed;
}

function build({ kind, numbers }: GenerateArgs): Project {
  const seed = numbers.seed ?? 1;
  switch (kind) {
    case "programme":
      return generateProgramme({ seed, serviceUsers: numbers["service-users"] });
    case "scale":
      return generateScaled({ seed, nodes: numbers.nodes ?? 1000 });
    case "pa":
      return preferentialAttachment({ seed, nodes: numbers.nodes ?? 1000, edgesPerNode: numbers["edges-per-node"] ?? 3 });
  }
}

export const generateCommand = defineCommand({
  usage: USAGE,
  options: OPTIONS,
  positionals: true,
  run: async ({ values, positionals }, io) => {
    const parsed = generateArgs(values, positionals);
    let project: Project;
    try {
      project = build(parsed);
    } catch (error) {
      // The generators' own checks (e.g. nodes above edgesPerNode) are usage errors here.
      if (!(error instanceof RangeError)) throw error;
      throw new UsageError(error.message);
    }
    const text = `${JSON.stringify(project)}\n`;
    if (values.out === undefined) io.out(text);
    else {
      await writeFile(values.out, text);
      io.err(`Wrote ${values.out}: ${project.nodes.length} nodes, ${project.ties.length} ties, ${project.observations.length} observations, ${project.waves.length} waves.`);
    }
    return 0;
  },
});
