import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FIELDS, readField } from "../../../src/core/io/csv/columns.ts";
import { exportCsv } from "../../../src/core/io/csv/export.ts";
import { exportGraphml } from "../../../src/core/io/graphml/export.ts";
import { fieldFix, fieldNames, fieldsOf, MODEL_FIELDS, modelField } from "../../../src/core/model/fields.ts";
import { fieldMeta, idSchema, isoDateSchema, nodeSchema, observationSchema, projectSchema, tieSchema, waveSchema } from "../../../src/core/model/schema.ts";
import { jsonLocator, validateProject } from "../../../src/core/model/validate.ts";
import { GROUP_TYPES, NODE_KINDS, TIE_TYPES, USE_STATUSES, VALENCES } from "../../../src/core/model/vocabulary.ts";

/** A made-up collection with one field of every kind, and a vocabulary that gains a word. */
function sample(statuses: readonly [string, ...string[]]) {
  return z.object({
    id: idSchema.clone().register(fieldMeta, { title: "Id", description: "The id." }),
    status: z.enum(statuses).optional().register(fieldMeta, { title: "Status", description: "A status." }),
    level: z.number().int().min(0).max(9).default(4).register(fieldMeta, { title: "Level", description: "A level.", ends: ["low", "high"] }),
    when: isoDateSchema.clone(),
    note: z.string(),
    flag: z.boolean().optional(),
    value: z.union([z.string(), z.number(), z.boolean()]),
    attributes: z.record(z.string(), z.string()).default({}),
  });
}

describe("fieldsOf(schema)", () => {
  it("lists the fields in the schema's order, without attributes, with kind, label and description", () => {
    const fields = fieldsOf(sample(["a", "b"]));
    expect(fields.map((f) => [f.name, f.kind, f.label])).toEqual([
      ["id", "id", "Id"],
      ["status", "enum", "Status"],
      ["level", "number", "Level"],
      ["when", "date", "when"],
      ["note", "text", "note"],
      ["flag", "boolean", "flag"],
      ["value", "value", "value"],
    ]);
    expect(fields[1]).toMatchObject({ values: ["a", "b"], optional: true, present: false, description: "A status." });
    expect(fields[2]).toMatchObject({ min: 0, max: 9, integer: true, default: 4, optional: true, present: true, ends: ["low", "high"] });
    expect(fields[0]).toMatchObject({ optional: false, present: true, internal: false });
  });

  it("carries a word added to a vocabulary into the allowed values, the advice and the CSV reader, with no other edit", () => {
    const before = fieldsOf(sample(["a", "b"]))[1];
    const after = fieldsOf(sample(["a", "b", "c"]))[1];
    expect(fieldFix(before)).toBe("Use one of a, b, or leave it empty");
    expect(fieldFix(after)).toBe("Use one of a, b, c, or leave it empty");
    expect(readField("status", before, "C", false)).toEqual({ error: '"status" is "C", which is not one of a, b', fix: "Use one of a, b (any case; spaces for underscores are fine)" });
    expect(readField("status", after, "C", false)).toEqual({ value: "c" });
  });

  it("builds the advice for numbers from their bounds, ends and default", () => {
    const [, , level] = fieldsOf(sample(["a"]));
    expect(fieldFix(level)).toBe("Give a whole number from 0 (low) to 9 (high), or leave it empty for 4");
    expect(fieldFix(modelField("nodes", "x")!)).toBe("Give a number, or leave it empty");
    expect(fieldFix(modelField("ties", "directed")!)).toBe("Write true or false, or leave it empty");
    expect(fieldFix(modelField("waves", "date")!)).toBe("Write the date as YYYY-MM-DD or dd/mm/yyyy");
    expect(fieldFix(modelField("nodes", "label")!)).toBeUndefined();
  });

  it("throws, naming the field, on a zod type the model does not use", () => {
    expect(() => fieldsOf(z.object({ tags: z.array(z.string()) }))).toThrow(/field "tags" has a zod type \(array\)/);
  });
});

describe("MODEL_FIELDS", () => {
  it("holds every field of each collection's schema, in its order, each with a label and a description", () => {
    const schemas = { nodes: nodeSchema, ties: tieSchema, observations: observationSchema, waves: waveSchema };
    for (const [collection, schema] of Object.entries(schemas)) {
      const names = Object.keys(schema.shape).filter((k) => k !== "attributes");
      expect(fieldNames(collection as keyof typeof schemas)).toEqual(names);
      for (const field of MODEL_FIELDS[collection as keyof typeof schemas]) {
        // Saved positions are named x and y; every other field has a plain label of its own.
        if (!field.internal) expect(field.label, `${collection}.${field.name}`).not.toBe(field.name);
        expect(field.description, `${collection}.${field.name}`).not.toBe("");
      }
    }
  });

  it("gives each vocabulary field its vocabulary, and the strength its bounds and default", () => {
    expect(modelField("nodes", "kind")!.values).toEqual(NODE_KINDS);
    expect(modelField("nodes", "use_status")!.values).toEqual(USE_STATUSES);
    expect(modelField("nodes", "group_type")!.values).toEqual(GROUP_TYPES);
    expect(modelField("ties", "type")!.values).toEqual(TIE_TYPES);
    expect(modelField("ties", "valence")!.values).toEqual(VALENCES);
    expect(modelField("ties", "strength")).toMatchObject({ kind: "number", min: 1, max: 5, integer: true, default: 3 });
    expect(MODEL_FIELDS.nodes.filter((f) => f.internal).map((f) => f.name)).toEqual(["x", "y"]);
    expect(MODEL_FIELDS.ties.filter((f) => f.present).map((f) => f.name)).toEqual(["id", "source", "target", "type", "valence", "strength"]);
  });
});

describe("what is built from the fields", () => {
  const project = projectSchema.parse({
    format: "recovery-networks",
    version: 1,
    nodes: [
      { id: "a", label: "A", kind: "service_user", use_status: "abstinent" },
      { id: "b", label: "B", kind: "group", group_type: "sport", recovery_oriented: false },
    ],
    ties: [{ id: "t", source: "a", target: "b", type: "membership", valence: "supportive" }],
  });

  it("CSV: the columns of each file are the schema's fields, in its order", () => {
    expect(Object.keys(FIELDS.nodes)).toEqual(fieldNames("nodes"));
    expect(Object.keys(FIELDS.observations)).toEqual([...fieldNames("observations"), "value_type"]);
    const [nodes, ties] = exportCsv(project);
    expect(nodes.text.split("\r\n")[0]).toBe("id,label,kind,use_status,group_type,recovery_oriented");
    expect(ties.text.split("\r\n")[0]).toBe("id,source,target,type,valence,strength");
  });

  it("GraphML: a typed key for each field in use, the strength as a whole number, and the weight networkx reads", () => {
    const keys = [...exportGraphml(project).text.matchAll(/<key id="([ne]_\w+)" for="\w+" attr.name="\w+" attr.type="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(keys).toEqual(["n_label:string", "n_kind:string", "n_use_status:string", "n_group_type:string", "n_recovery_oriented:boolean", "e_type:string", "e_valence:string", "e_strength:long", "e_weight:long"]);
  });

  it("validation: a word outside a vocabulary is answered with every word of it", () => {
    const bad = { ...project, nodes: [{ ...project.nodes[0], use_status: "sober" }, project.nodes[1]] };
    const result = validateProject(bad, jsonLocator("p.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: "p.json",
        where: "nodes[0].use_status",
        message: `"use_status" is "sober", which is not one of ${USE_STATUSES.join(", ")}`,
        fix: `Use one of ${USE_STATUSES.join(", ")}, or leave it empty`,
      },
    ]);
  });
});

describe("docs/data-format.md", () => {
  it("lists every word of each vocabulary in its field's row", () => {
    const doc = readFileSync(new URL("../../../docs/data-format.md", import.meta.url), "utf8");
    for (const collection of ["nodes", "ties"] as const) {
      for (const field of MODEL_FIELDS[collection].filter((f) => f.kind === "enum")) {
        const row = doc.split("\n").find((line) => line.startsWith(`| \`${field.name}\` |`));
        expect(row, `${collection}.${field.name}`).toBeDefined();
        for (const value of field.values!) expect(row, `${collection}.${field.name}`).toContain(`\`${value}\``);
      }
    }
  });
});
