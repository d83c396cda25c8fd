// The import cases from the field (tests/fixtures/cases/import, copied from the case
// folder): each opened through the command line's reading (readInputs, as `validate` and every
// command do) and through the page's (File objects through openFileObjects), which must give the
// same project, with the right values the case's README states.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../../../src/cli/readInputs.ts";
import { loadProject, exportProject } from "../../../../src/core/io/load.ts";
import type { ImportResult } from "../../../../src/core/io/problems.ts";
import type { Project } from "../../../../src/core/model/schema.ts";
import { openAsPage } from "./pagePath.ts";
import { runCli } from "../../../cli/runCli.ts";

const CASES = fileURLToPath(new URL("../../../fixtures/cases/import/", import.meta.url));

/** The command line's way: paths read from disk, decoded by readInputs, loaded by loadProject. */
async function viaCli(paths: string[]): Promise<ImportResult> {
  const read = await readInputs(paths);
  expect(read.problems).toEqual([]);
  return loadProject(read.files);
}

/** The page's way (pagePath.ts), with a folder given as its files. */
function viaPage(paths: string[]): Promise<ImportResult> {
  return openAsPage(paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((n) => join(p, n)) : [p])));
}

/** Both ways, which must agree; returns the project and the warnings' messages. */
async function both(...names: string[]): Promise<{ project: Project; warnings: string[] }> {
  const paths = names.map((n) => join(CASES, n));
  const cli = await viaCli(paths);
  const page = await viaPage(paths);
  if (!cli.ok) throw new Error(JSON.stringify(cli.problems));
  if (!page.ok) throw new Error(JSON.stringify(page.problems));
  expect(page.project).toEqual(cli.project);
  expect(page.warnings.map((w) => w.message)).toEqual(cli.warnings.map((w) => w.message));
  return { project: cli.project, warnings: cli.warnings.map((w) => w.message) };
}

const labels = (p: Project) => p.nodes.map((n) => n.label);

describe("import cases, command line and page alike", () => {
  it("01: a Windows-1252 nodes.csv reads as Windows-1252 with one warning saying so, and no U+FFFD", async () => {
    const { project, warnings } = await both("01-cp1252-csv");
    expect(labels(project)).toEqual(["Zoë Ångström", "José Núñez", "Søren Ødegård"]);
    expect(project.nodes[0].attributes.notes).toBe("café group");
    expect(project.nodes[2].attributes.notes).toBe("fee £20");
    expect(JSON.stringify(project)).not.toContain("\uFFFD");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("is not UTF-8, so it was read as Windows-1252");
  });

  it("01: validate says ok with the encoding warning and exits 0, never that nodes.csv is missing", async () => {
    const run = await runCli("validate", join(CASES, "01-cp1252-csv"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("ok: 3 nodes, 2 ties, 1 warning");
    expect(run.err).toContain("warning: ");
    expect(run.err).not.toContain("missing");
  });

  it("02: Excel's Unicode Text (UTF-16 LE with BOM, tabs, CRLF) gives 3 nodes, 2 ties and Zoë", async () => {
    const { project, warnings } = await both("02-utf16-excel-unicode-text");
    expect(project.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["n1", "Zoë", "service_user"],
      ["n2", "José", "peer_mentor"],
      ["n3", "Kai", "worker"],
    ]);
    expect(project.ties.map((t) => [t.source, t.target, t.type])).toEqual([
      ["n1", "n2", "mentoring"],
      ["n1", "n3", "professional"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("03: Gephi's spreadsheet layout: Type is the direction, Weight the weight, kept exactly and exported as the weight", async () => {
    const { project, warnings } = await both("03-gephi-edges-table");
    expect(labels(project)).toEqual(["Alder", "Birch", "Cedar", "Dogwood", "Elm"]);
    expect(project.ties.map((t) => [t.id, t.source, t.target, t.directed, t.type, t.attributes.Weight])).toEqual([
      ["0", "A", "B", false, "other", 0.5],
      ["1", "A", "C", false, "other", 0.666666666666667],
      ["2", "A", "D", false, "other", 0.5],
      ["3", "A", "E", true, "other", 0.428571428571429],
    ]);
    expect(project.meta.weight).toBe("Weight");
    expect(warnings.some((w) => w.includes("Gephi's direction"))).toBe(true);
    const gexf = exportProject(project, "gexf")[0].text;
    expect(gexf).toContain('weight="0.666666666666667"');
    const graphml = exportProject(project, "graphml")[0].text;
    expect(graphml).toContain("0.666666666666667");
    const back = loadProject(exportProject(project, "csv"));
    expect(back.ok && back.project.ties.map((t) => t.attributes.Weight)).toEqual([0.5, 0.666666666666667, 0.5, 0.428571428571429]);
  });

  it("04: decimal commas in a semicolon file are numbers: score 12.5 / 7.25 / 10, weight 0.5 / 1.75 / 1", async () => {
    const { project, warnings } = await both("04-semicolon-decimal-comma");
    expect(project.nodes.map((n) => n.attributes.score)).toEqual([12.5, 7.25, 10]);
    expect(project.ties.map((t) => t.attributes.weight)).toEqual([0.5, 1.75, 1]);
    expect(project.ties.map((t) => t.strength)).toEqual([4, 3, 2]);
    expect(project.nodes[1].label).toBe("Björn");
    expect(warnings.filter((w) => w.includes("decimal commas"))).toHaveLength(2);
    // One numeric key each in GraphML, not a text key beside a number key.
    const graphml = exportProject(project, "graphml")[0].text;
    expect(graphml.match(/attr\.name="score"/g)).toHaveLength(1);
    expect(graphml.match(/attr\.name="weight"/g)).toHaveLength(1);
  });

  it("15: an edge list alone: nodes taken from the ties (4 nodes, 4 ties)", async () => {
    const { project, warnings } = await both("15-edge-list-only/edges.csv");
    expect(project.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["client01", "client01", "community_member"],
      ["mentor01", "mentor01", "community_member"],
      ["cafe", "cafe", "community_member"],
      ["client02", "client02", "community_member"],
    ]);
    expect(project.ties.map((t) => `${t.source}-${t.target}`)).toEqual(["client01-mentor01", "client01-cafe", "client02-mentor01", "client02-client01"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("the 4 nodes were taken from the ties");
  });

  it("15: a headerless edge list: 4 nodes, 3 ties, row 1 read as data with a warning", async () => {
    const { project, warnings } = await both("15-edge-list-only/headerless-edges.txt");
    expect(project.nodes.map((n) => n.id)).toEqual(["client01", "mentor01", "cafe", "client02"]);
    expect(project.ties.map((t) => `${t.source}-${t.target}`)).toEqual(["client01-mentor01", "client01-cafe", "client02-mentor01"]);
    expect(warnings[0]).toContain("has no header row");
  });

  it("20: a Gephi GEXF with weights 12.0, 0.5, 3.0 converts to GEXF 1.2 with those weights", async () => {
    const { project } = await both("20-gexf-weighted-roundtrip.gexf");
    const gexf = exportProject(project, "gexf", { gexfVersion: "1.2draft" })[0].text;
    expect(gexf).toContain('version="1.2"');
    expect([...gexf.matchAll(/<edge [^>]*weight="([^"]+)"/g)].map((m) => Number(m[1]))).toEqual([12, 0.5, 3]);
  });
});

/** Every case in the folder as the file paths a user would give (a case folder's own files; subfolders are cases of their own). */
function caseInputs(): { name: string; paths: string[] }[] {
  const out: { name: string; paths: string[] }[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (!statSync(path).isDirectory()) {
        if (prefix === "" && entry !== "README.md") out.push({ name: entry, paths: [path] });
        continue;
      }
      const files = readdirSync(path).sort().map((n) => join(path, n)).filter((p) => !statSync(p).isDirectory());
      if (files.length > 0) out.push({ name: `${prefix}${entry}`, paths: files });
      walk(path, `${prefix}${entry}/`);
    }
  };
  walk(CASES, "");
  return out;
}

describe("every case gives the same outcome in the page and the command line", () => {
  it.each(caseInputs())("$name", async ({ paths }) => {
    const cli = await viaCli(paths);
    const page = await viaPage(paths);
    // The command line names files by their path, the page by their name: compare without the folders.
    const folders = [...new Set(paths.map((p) => p.slice(0, p.lastIndexOf("/") + 1)))];
    const bare = (text: string) => folders.reduce((t, folder) => t.split(folder).join(""), text);
    const plain = (problems: readonly { where: string; message: string }[] = []) => problems.map((p) => bare(`${p.where}: ${p.message}`));
    expect(page.ok).toBe(cli.ok);
    if (cli.ok && page.ok) {
      expect(page.project).toEqual(cli.project);
      expect(plain(page.warnings)).toEqual(plain(cli.warnings));
    } else if (!cli.ok && !page.ok) {
      expect(plain(page.problems)).toEqual(plain(cli.problems));
    }
  });
});
