import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";
import { generateProgramme } from "../../src/core/generate/programme.ts";

const run = runCli;

describe("recovery-networks generate", () => {
  it("writes the programme for a seed to --out, the same as generateProgramme", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "rn-generate-")), "programme.json");
    const { code, err } = await run("generate", "programme", "--seed", "5", "--service-users", "40", "--out", file);
    expect(code).toBe(0);
    const project = JSON.parse(readFileSync(file, "utf8"));
    expect(project).toEqual(generateProgramme({ seed: 5, serviceUsers: 40 }));
    expect(err).toBe(`Wrote ${file}: ${project.nodes.length} nodes, ${project.ties.length} ties, ${project.observations.length} observations, 13 waves.`);
  });

  it("prints a preferential-attachment graph with --nodes and --edges-per-node", async () => {
    const { code, out } = await run("generate", "pa", "--nodes", "12", "--edges-per-node", "2", "--seed", "3");
    expect(code).toBe(0);
    const project = JSON.parse(out);
    expect(project.format).toBe("recovery-networks");
    expect(project.version).toBe(4);
    // A generic graph: no tie weight, so strength counts ties (not their default strength 3).
    expect(project.meta.weight).toBeNull();
    expect(project.nodes).toHaveLength(12);
    expect(project.ties).toHaveLength(20);
  });

  it("prints a scaled programme of about --nodes nodes", async () => {
    const { code, out } = await run("generate", "scale", "--nodes", "1000");
    expect(code).toBe(0);
    expect(Math.abs(JSON.parse(out).nodes.length - 1000)).toBeLessThan(50);
  });

  it("refuses an unknown generator, an option the generator does not take, and a bad number (exit 2)", async () => {
    expect(await run("generate", "tree")).toMatchObject({ code: 2, err: expect.stringContaining('unknown generator "tree"') });
    expect(await run("generate", "programme", "--nodes", "5")).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--nodes" for generate programme') });
    expect(await run("generate", "pa", "--nodes", "ten")).toMatchObject({ code: 2, err: expect.stringContaining('--nodes needs a whole number (got "ten")') });
    expect(await run("generate", "pa", "--nodes", "3")).toMatchObject({ code: 2, err: expect.stringContaining("nodes must be a whole number above edgesPerNode") });
    expect(await run("generate")).toMatchObject({ code: 2, err: expect.stringContaining("say what to generate") });
  });
});
