// Exports a project as CSV files a spreadsheet, R or pandas opens directly, written so that
// importCsv reads them back into the same project: typed headers where inference would change a
// value, quoted empty text, and formula-guarded text cells.
import type { AttributeValue, Project } from "../../model/schema.ts";
import { formatSpells } from "../../model/spells.ts";
import type { InputFile } from "../files.ts";
import { formatValue, guardFormula, inferredType, type ValueType } from "./cells.ts";
import { FIELDS, type CsvRole } from "./columns.ts";
import { isAlias } from "../mapping/mapping.ts";
import { formatCell, formatDsv } from "./dsv.ts";
import { DEFAULT_STRENGTH } from "../../model/vocabulary.ts";
import { STRENGTH_WEIGHT } from "../../model/weight.ts";

/** A cell to write: text, a number or boolean, or nothing (an empty cell). */
type Cell = AttributeValue | undefined;

/** Text is guarded against formulas; empty or blank text is quoted so it does not read as "no value". */
function writeCell(value: Cell): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return formatValue(value);
  return formatCell(guardFormula(value), ",", value.trim() === "");
}

/**
 * The header of an attribute column: its name, plus `:type` when the importer's inference would
 * otherwise read a value back differently, or when the name is also a model field or holds a colon.
 */
export function attributeHeader(name: string, values: readonly AttributeValue[], role: CsvRole): string {
  const types = new Set(values.map((v) => typeof v as ValueType));
  const clash = Object.hasOwn(FIELDS[role], name.toLowerCase()) || name.includes(":") || isAlias(role, name);
  if (types.size === 1) {
    const [type] = types;
    const inferenceHolds = type !== "string" || values.every((v) => v === "" || v.toString().trim() === "" || inferredType(v as string) === "string");
    return clash || !inferenceHolds ? `${name}:${type}` : name;
  }
  // Mixed types in one column are read back by inference (documented); a clashing name must still be an attribute.
  return clash ? `${name}:string` : name;
}

/**
 * Writes one file from its rows: the model fields every record has (required, or filled by a
 * default), and the others that any row uses, in the schema's order, less the `omitted` ones;
 * then attribute columns.
 */
function table(
  role: CsvRole,
  rows: readonly { fields: Record<string, Cell>; attributes?: Record<string, AttributeValue> }[],
  omitted: readonly string[] = [],
): string {
  const fields = Object.values(FIELDS[role])
    .filter((f) => !omitted.includes(f.name) && (f.present || rows.some((r) => r.fields[f.name] !== undefined)))
    .map((f) => f.name);
  const names: string[] = [];
  const valuesByName = new Map<string, AttributeValue[]>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.attributes ?? {})) {
      if (!valuesByName.has(name)) {
        valuesByName.set(name, []);
        names.push(name);
      }
      valuesByName.get(name)!.push(value);
    }
  }
  const header = [...fields, ...names.map((n) => attributeHeader(n, valuesByName.get(n)!, role))].map((h) => formatCell(guardFormula(h)));
  const body = rows.map((row) => [
    ...fields.map((f) => writeCell(row.fields[f])),
    ...names.map((n) => writeCell(row.attributes?.[n])),
  ]);
  return formatDsv([header, ...body]);
}

/**
 * The project as `nodes.csv` and `ties.csv`, plus `observations.csv` and `waves.csv` when it has
 * any. Node and tie attributes become extra columns. The project's title and meta are not
 * written (CSV has no place for them), but the tie weight is, by column name as the importer
 * reads it: a `weight` attribute column, or the `strength` column. So `strength` is left out
 * when the project is not weighed by it and every strength is the default (a generic graph).
 */
export function exportCsv(project: Project): InputFile[] {
  const strengthColumn = project.meta.weight === STRENGTH_WEIGHT || project.ties.some((t) => t.strength !== DEFAULT_STRENGTH);
  const files: InputFile[] = [
    {
      name: "nodes.csv",
      text: table(
        "nodes",
        project.nodes.map(({ attributes, spells, ...fields }) => ({ fields: spells ? { ...fields, spells: formatSpells(spells) } : fields, attributes })),
      ),
    },
    {
      name: "ties.csv",
      text: table(
        "ties",
        project.ties.map(({ attributes, ...fields }) => ({ fields, attributes })),
        strengthColumn ? [] : ["strength"],
      ),
    },
  ];
  if (project.observations.length > 0) {
    // value_type only when inference would change some value (a text value that reads as a number, say).
    const needsType = project.observations.some((o) => typeof o.value !== (typeof o.value === "string" && o.value.trim() === "" ? "string" : inferredType(String(o.value))));
    files.push({
      name: "observations.csv",
      text: table(
        "observations",
        project.observations.map((o) => ({ fields: { ...o, value_type: needsType ? typeof o.value : undefined } })),
      ),
    });
  }
  if (project.waves.length > 0) {
    files.push({ name: "waves.csv", text: table("waves", project.waves.map((w) => ({ fields: { ...w } }))) });
  }
  return files;
}
