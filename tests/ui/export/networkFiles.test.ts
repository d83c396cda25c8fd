import { describe, expect, it } from "vitest";
import { exportProject } from "../../../src/core/io/load.ts";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { fileStem, networkFiles } from "../../../src/ui/export/networkFiles.ts";

const project = projectSchema.parse({
  format: "recovery-networks",
  version: 1,
  meta: { title: "Kent pilot" },
  nodes: [
    { id: "su-1", label: "Ann Lee", kind: "service_user", attributes: { carer_name: "Mo Lee" } },
    { id: "g-1", label: "AA Tuesday", kind: "group" },
  ],
  ties: [{ id: "t-a", source: "su-1", target: "g-1", type: "membership", valence: "supportive" }],
  waves: [{ id: "w0", label: "Baseline", date: "2014-01-01" }],
});

describe("networkFiles", () => {
  it("names one file after the title and keeps the exporter's text", () => {
    const { files, message } = networkFiles(project, "json", false, exportProject);
    expect(files.map((f) => [f.name, f.type])).toEqual([["kent-pilot.json", "application/json"]]);
    expect(JSON.parse(files[0].text).nodes[0].label).toBe("Ann Lee");
    expect(message).toBe("Saved kent-pilot.json");
  });

  it("gives CSV as one file per table, each named after the title", () => {
    const { files, message } = networkFiles(project, "csv", false, exportProject);
    expect(files.map((f) => f.name)).toEqual(["kent-pilot-nodes.csv", "kent-pilot-ties.csv", "kent-pilot-waves.csv"]);
    expect(files[1].text).toBe("id,source,target,type,valence,strength\r\nt-a,su-1,g-1,membership,supportive,3\r\n");
    expect(message).toBe("Saved 3 files (nodes.csv, ties.csv, waves.csv)");
  });

  it("pseudonymises before exporting, says so, and names what it left out", () => {
    const { files, message } = networkFiles(project, "csv", true, exportProject);
    expect(files[0].name).toBe("kent-pilot-pseudonymised-nodes.csv");
    expect(files[0].text).toBe("id,label,kind\r\nservice_user-1,service user 1,service_user\r\ngroup-1,group 1,group\r\n");
    expect(files.some((f) => f.text.includes("Ann") || f.text.includes("su-1"))).toBe(false);
    expect(files.map((f) => f.name).at(-1)).toBe("kent-pilot-pseudonymised-notice.txt");
    expect(files.at(-1)!.text).toBe(
      "Pseudonymised — still personal data under UK GDPR; keep it as securely as the original\r\n\r\n" +
        "Left out: node attribute carer_name (its name says it holds names, contact details or identifiers).\r\n" +
        "Warning: 1 person has a number of ties no one else of their kind has (service user 1): someone who knows how many ties they have can pick them out.\r\n",
    );
    expect(message).toBe(
      "Saved 4 files (nodes.csv, ties.csv, waves.csv, notice.txt), names replaced by pseudonyms; " +
        "left out node attribute carer_name (its name says it holds names, contact details or identifiers). " +
        "Warning: 1 person has a number of ties no one else of their kind has (service user 1): someone who knows how many ties they have can pick them out",
    );
  });

  it("says a pseudonymised file is still personal data in the file itself", () => {
    const json = JSON.parse(networkFiles(project, "json", true, exportProject).files[0].text);
    expect(json.meta.attributes.privacy).toBe("Pseudonymised — still personal data under UK GDPR; keep it as securely as the original");
    const pajek = networkFiles(project, "pajek", true, exportProject).files[0].text;
    expect(pajek.split("\r\n")[0]).toBe("% Pseudonymised — still personal data under UK GDPR; keep it as securely as the original");
  });

  it("adds the warning of people unique by their number of ties to the message", () => {
    const withWorker = { ...project, nodes: [...project.nodes, { id: "w-1", label: "Jo Day", kind: "worker" as const, attributes: {} }] };
    // su-1 (1 tie) and w-1 (0 ties) are each the only one of their kind.
    expect(networkFiles(withWorker, "json", true, exportProject).message).toBe(
      "Saved kent-pilot-pseudonymised.json, names replaced by pseudonyms; left out node attribute carer_name (its name says it holds names, contact details or identifiers). " +
        "Warning: 2 people have a number of ties no one else of their kind has (service user 1, worker 1): someone who knows how many ties one of them has can pick them out",
    );
  });

  it("saves nothing and says why when the exporter throws", () => {
    const failing = () => {
      throw new Error("GEXF export is not supported yet: export as json or csv");
    };
    expect(networkFiles(project, "gexf", false, failing)).toEqual({
      files: [],
      message: "Could not export as GEXF (Gephi): GEXF export is not supported yet: export as json or csv. Nothing was saved.",
    });
  });

  it("fileStem makes a safe lower-case stem, with a fallback for an empty title", () => {
    expect(fileStem("Kent pilot (pseudonymised)")).toBe("kent-pilot-pseudonymised");
    expect(fileStem("***")).toBe("network");
  });
});
