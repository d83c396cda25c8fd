// The free attributes of nodes or ties as table columns: one per attribute name, in name order,
// numeric when every value is a number.
import type { Attributes } from "../../../core/model/schema.ts";
import type { Column } from "./tableData.ts";

/** One column per attribute name found in `records`, sorted by name. */
export function attributeColumns(records: readonly { attributes: Attributes }[], what: "node" | "tie"): Column[] {
  const numeric = new Map<string, boolean>();
  for (const r of records) {
    for (const [name, value] of Object.entries(r.attributes)) numeric.set(name, (numeric.get(name) ?? true) && typeof value === "number");
  }
  return [...numeric]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, isNumber]) => ({
      key: `attr:${name}`,
      header: name.replace(/_/g, " "),
      csvHeader: name,
      meaning: `The ${what} attribute "${name}", as recorded in the data.`,
      numeric: isNumber,
    }));
}

/** The cells of `attributes` under `columns` (made by `attributeColumns`). */
export function attributeCells(attributes: Attributes, columns: readonly Column[]): (string | number | boolean | undefined)[] {
  return columns.map((c) => (Object.hasOwn(attributes, c.key.slice(5)) ? attributes[c.key.slice(5)] : undefined));
}
