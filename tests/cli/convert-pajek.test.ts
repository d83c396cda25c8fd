// `convert --to pajek`: the .net file at --out, and a .clu/.vec file beside it per numeric node
// attribute; the files read back to the same ids, weights and attributes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/core/io/load.ts";
import { unwrap } from "../../src/core/io/problems.ts";
import { runCli } from "./runCli.ts";

describe("recovery-networks convert --to pajek", () => {
  it("writes network.net and network-age.clu beside it, which load back with the ages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rn-pajek-"));
    writeFileSync(join(dir, "nodes.csv"), "id,label,kind,age\na,Ann,service_user,34\nb,Bob,peer_mentor,51\n");
    writeFileSync(join(dir, "ties.csv"), "source,target,type,valence,strength\na,b,mentoring,supportive,4\n");
    const out = join(dir, "out", "network.net");
    mkdirSync(join(dir, "out"));
    const run = await runCli("convert", join(dir, "nodes.csv"), join(dir, "ties.csv"), "--to", "pajek", "--out", out);
    expect(run.code).toBe(0);
    expect(run.err).toBe(`Wrote ${out}, ${join(dir, "out", "network-age.clu")}`);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["network-age.clu", "network.net"]);
    expect(readFileSync(out, "utf8")).toBe('*Network "Untitled project"\r\n*Vertices 2\r\n1 "a"\r\n2 "b"\r\n*Edges\r\n1 2 4\r\n');
    const back = unwrap(loadProject(["network.net", "network-age.clu"].map((n) => ({ name: n, text: readFileSync(join(dir, "out", n), "utf8") }))));
    // The partition is named by its *Partition line, not by its file.
    expect(back.nodes.map((n) => [n.id, n.attributes.age])).toEqual([["a", 34], ["b", 51]]);
  });

  it("validate checks a .net and its .clu/.vec files as one network, and a second network in the folder on its own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rn-pajek-validate-"));
    writeFileSync(join(dir, "network.net"), "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n");
    writeFileSync(join(dir, "network-age.clu"), "*Vertices 2\n34\n51\n");
    writeFileSync(join(dir, "other.net"), "*Vertices 3\n1 \"x\"\n2 \"y\"\n3 \"z\"\n*Edges\n1 2\n2 3\n");
    const run = await runCli("validate", ...["network.net", "network-age.clu", "other.net"].map((n) => join(dir, n)));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out.split("\n").filter(Boolean)).toEqual([
      `ok: 2 nodes, 1 ties (${join(dir, "network.net")}, ${join(dir, "network-age.clu")})`,
      `ok: 3 nodes, 2 ties (${join(dir, "other.net")})`,
    ]);
  });
});
