// The page's column mapping without the dialog: what it previews and suggests, the remembered
// record (column names and kind values only), and the open flow asking once, then remembering.
import { describe, expect, it } from "vitest";
import type { InputFile } from "../../../src/core/io/files.ts";
import type { ColumnMapping } from "../../../src/core/io/mapping/mapping.ts";
import { mappingTargets } from "../../../src/core/io/mapping/mapping.ts";
import { mappingKey, previewTables, suggestMapping, type TablePreview } from "../../../src/core/io/mapping/preview.ts";
import { MODEL_FIELDS } from "../../../src/core/model/fields.ts";
import { importWithMapping } from "../../../src/ui/open/openInto.ts";
import type { MappingStorage } from "../../../src/ui/open/rememberedMappings.ts";

const f = (name: string, ...lines: string[]): InputFile => ({ name, text: lines.join("\n") + "\n" });
const survey = () => [f("nodes.csv", "respondent;role;age", "r1;client;31", "r2;mentor;45", "r3;client;"), f("ties.csv", "ego;alter;contacts", "r1;r2;3", "r3;r2;1")];

class MemoryStorage implements MappingStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe("mapping targets", () => {
  it("are the schema's fields (less the internal layout positions), then weight, year and interval", () => {
    expect(mappingTargets("ties").map((t) => t.name)).toEqual([...MODEL_FIELDS.ties.map((f) => f.name), "weight", "year", "interval"]);
    expect(mappingTargets("nodes").map((t) => t.name)).toEqual([...MODEL_FIELDS.nodes.filter((f) => !f.internal).map((f) => f.name), "interval"]);
    expect(mappingTargets("ties").filter((t) => t.required).map((t) => t.name)).toEqual(["source", "target"]);
  });
});

describe("previewTables", () => {
  it("gives the columns, the first rows, each column's values and what the importer reads on its own", () => {
    const [nodes, ties] = previewTables(survey(), 2);
    expect(nodes).toEqual({
      file: "nodes.csv",
      role: "nodes",
      headers: ["respondent", "role", "age"],
      rows: [["r1", "client", "31"], ["r2", "mentor", "45"]],
      values: [["r1", "r2", "r3"], ["client", "mentor"], ["31", "45"]],
      suggested: {},
    });
    expect(ties.suggested).toEqual({});
    expect(suggestMapping("ties", ["From", "To", "Weight", "Year"])).toEqual({ weight: "Weight", year: "Year", source: "From", target: "To" });
  });
});

describe("importWithMapping (the page's open)", () => {
  const mapping: ColumnMapping = { nodes: { id: "respondent", kind: "role" }, ties: { source: "ego", target: "alter", weight: "contacts" }, kinds: { client: "service_user", mentor: "peer_mentor" } };

  it("asks once when columns are missing, imports with the answer and remembers it; the next file with those columns opens without asking", async () => {
    const storage = new MemoryStorage();
    const asked: TablePreview[][] = [];
    const ask = async (previews: readonly TablePreview[]) => {
      asked.push([...previews]);
      return mapping;
    };
    const first = await importWithMapping(survey(), ask, {}, storage);
    expect(first.ok && first.project.nodes.map((n) => [n.id, n.kind])).toEqual([["r1", "service_user"], ["r2", "peer_mentor"], ["r3", "service_user"]]);
    expect(first.ok && first.project.ties.map((t) => t.attributes.weight)).toEqual([3, 1]);
    expect(asked.map((a) => a.map((p) => p.file))).toEqual([["nodes.csv", "ties.csv"]]);
    // Only column names and kind values are stored, never a cell of data.
    const stored = [...storage.items.values()].join("");
    expect(stored).not.toContain("r1");
    expect(stored).not.toContain("31");

    const second = await importWithMapping(survey(), async () => {
      throw new Error("asked again");
    }, {}, storage);
    expect(second.ok && second.warnings[0].message).toBe("was read with the column mapping chosen before for these columns");
    expect(second.ok && second.project).toEqual(first.ok && first.project);
  });

  it("keeps the problems when the user cancels, and remembers nothing", async () => {
    const storage = new MemoryStorage();
    const result = await importWithMapping(survey(), async () => undefined, {}, storage);
    expect(result.ok).toBe(false);
    expect(storage.items.size).toBe(0);
  });

  it("does not ask when the columns are known", async () => {
    const result = await importWithMapping([f("nodes.csv", "id", "a", "b"), f("ties.csv", "from,to", "a,b")], async () => {
      throw new Error("asked");
    }, {}, new MemoryStorage());
    expect(result.ok).toBe(true);
  });

  it("asks when the kind column holds values that are not kinds, and maps them", async () => {
    let asked = 0;
    const result = await importWithMapping([f("nodes.csv", "id,kind", "a,client", "b,Worker"), f("ties.csv", "source,target", "a,b")], async () => {
      asked++;
      return { kinds: { client: "service_user" } };
    }, {}, new MemoryStorage());
    expect(asked).toBe(1);
    expect(result.ok && result.project.nodes.map((n) => n.kind)).toEqual(["service_user", "worker"]);
  });

  it("keys the remembered mapping by the column set, any order and case", () => {
    const a = mappingKey(previewTables([f("ties.csv", "Ego,Alter")]));
    const b = mappingKey(previewTables([f("ties.csv", "alter,ego")]));
    expect(a).toBe(b);
    expect(mappingKey(previewTables([f("ties.csv", "alter,ego,w")]))).not.toBe(a);
  });
});
