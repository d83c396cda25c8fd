// `npx recovery-networks generate programme|scale|pa`: writes a generated project as JSON, for
// the sample data (datasets/programme.json), benchmarks and tests.
import { writeFile } from "node:fs/promises";
import type { Command } from "../command.ts";
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

/** Which numeric options each generator accepts. */
const ALLOWED: Record<Kind, string[]> = {
  programme: ["seed", "service-users"],
  scale: ["seed", "nodes"],
  pa: ["seed", "nodes", "edges-per-node"],
};

interface GenerateArgs {
  kind: Kind;
  numbers: Record<string, number>;
  out?: string;
}

/** Reads the arguments, or says what is wrong with them. */
export function parseGenerateArgs(args: string[]): GenerateArgs | string {
  const [kind, ...rest] = args;
  if (kind === undefined) return "say what to generate: programme, scale or pa";
  if (!(KINDS as readonly string[]).includes(kind)) return `unknown generator "${kind}": use programme, scale or pa`;
  const parsed: GenerateArgs = { kind: kind as Kind, numbers: {} };
  for (let i = 0; i < rest.length; i += 2) {
    const arg = rest[i];
    const value = rest[i + 1];
    const name = arg.replace(/^--/, "");
    if (!arg.startsWith("--") || (name !== "out" && !ALLOWED[parsed.kind].includes(name))) {
      return `unknown option "${arg}" for generate ${kind} (it takes ${[...ALLOWED[parsed.kind], "out"].map((o) => `--${o}`).join(", ")})`;
    }
    if (value === undefined || value.startsWith("--")) return `"${arg}" needs a value`;
    if (name === "out") {
      parsed.out = value;
      continue;
    }
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) return `--${name} needs a whole number (got "${value}")`;
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

export const generateCommand: Command = {
  name: "generate",
  summary: "Generate a synthetic programme, a scaled benchmark network or a preferential-attachment graph (project JSON)",
  usage: USAGE,
  run: async (args, io) => {
    const parsed = parseGenerateArgs(args);
    if (typeof parsed === "string") {
      io.err(`recovery-networks generate: ${parsed}.\n\n${USAGE}`);
      return 2;
    }
    let project: Project;
    try {
      project = build(parsed);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      io.err(`recovery-networks generate: ${error.message}.`);
      return 2;
    }
    const text = `${JSON.stringify(project)}\n`;
    if (parsed.out === undefined) io.out(text);
    else {
      await writeFile(parsed.out, text);
      io.err(`Wrote ${parsed.out}: ${project.nodes.length} nodes, ${project.ties.length} ties, ${project.observations.length} observations, ${project.waves.length} waves.`);
    }
    return 0;
  },
};
