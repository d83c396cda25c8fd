// GEXF attribute declarations (`<attributes class="node|edge"><attribute id title type>`) with
// their types and `<default>`s: what each `<attvalue for="…">` of a node or edge means.
import type { Element } from "../xml.ts";
import { childElement, childElements, lineOf } from "../xml.ts";
import { readTyped, type GraphValueType } from "../graphRecords.ts";
import type { Problem } from "../problems.ts";
import { RN_NAMESPACE } from "./extension.ts";

/** One declared attribute. */
export interface Declaration {
  id: string;
  /** The name the values take (the `title`, else the id). */
  title: string;
  type: GraphValueType;
  /** The `<default>` text, used for elements without a value. */
  defaultText?: string;
  /** For dynamic values: the measure of the observations they become (`rn:measure`, which the exporter writes when the title had to differ), else the title. */
  measure: string;
  /** Where it is declared: `<attribute id="age"> (line 7)`. */
  where: string;
}

/** The declarations of a graph, by class and id. */
export interface Declarations {
  node: Map<string, Declaration>;
  edge: Map<string, Declaration>;
}

/**
 * GEXF types (1.1–1.3, any case) as value types: whole-number types are integers, other numbers
 * numbers; everything else (string, liststring, anyURI, char, date, list types) is text.
 */
const GEXF_TYPES: Record<string, GraphValueType> = {
  byte: "integer",
  short: "integer",
  integer: "integer",
  int: "integer",
  long: "integer",
  biginteger: "integer",
  float: "number",
  double: "number",
  bigdecimal: "number",
  boolean: "boolean",
  string: "string",
  char: "string",
  anyuri: "string",
  date: "string",
  liststring: "string",
  listboolean: "string",
  listinteger: "string",
  listint: "string",
  listlong: "string",
  listfloat: "string",
  listdouble: "string",
  listbyte: "string",
  listshort: "string",
  listchar: "string",
  listbigdecimal: "string",
  listbiginteger: "string",
};

/** The declared attributes of `graph` (every `<attributes>` block); problems for what cannot be read. */
export function readDeclarations(file: string, graph: Element, problems: Problem[]): Declarations {
  const out: Declarations = { node: new Map(), edge: new Map() };
  const fail = (where: string, message: string, fix: string) => problems.push({ file, where, message, fix });
  for (const block of childElements(graph, "attributes")) {
    const cls = (block.getAttribute("class") ?? "").trim().toLowerCase();
    if (cls !== "node" && cls !== "edge") {
      fail(`<attributes> (${lineOf(block)})`, `class "${block.getAttribute("class") ?? ""}" is not node or edge`, 'Write class="node" or class="edge"');
      continue;
    }
    for (const element of childElements(block, "attribute")) {
      const id = element.getAttribute("id") ?? "";
      const where = `<attribute id="${id}"> (${lineOf(element)})`;
      if (id.trim() === "") {
        fail(where, "has no id", "Give each attribute an id, which its values name in for=\"…\"");
        continue;
      }
      const typeText = element.getAttribute("type") ?? "string";
      const type = GEXF_TYPES[typeText.trim().toLowerCase()];
      if (type === undefined) {
        fail(where, `type "${typeText}" is not a GEXF attribute type`, "Use one of integer, long, float, double, boolean, string, liststring, anyURI");
        continue;
      }
      const seen = out[cls].get(id);
      if (seen !== undefined) {
        fail(where, `a ${cls} attribute with id "${id}" is already declared at ${seen.where}`, "Give each attribute its own id");
        continue;
      }
      const title = element.getAttribute("title") ?? "";
      const name = title.trim() === "" ? id : title;
      const declaration: Declaration = { id, title: name, type, measure: element.getAttributeNS(RN_NAMESPACE, "measure") || name, where };
      const defaultElement = childElement(element, "default");
      if (defaultElement !== undefined) {
        const text = defaultElement.textContent ?? "";
        const read = readTyped(text, type);
        if ("error" in read) fail(`${where}, <default> (${lineOf(defaultElement)})`, `the default ${read.error}`, `Write a ${typeText} default, or change the attribute's type`);
        else declaration.defaultText = text;
      }
      out[cls].set(id, declaration);
    }
  }
  return out;
}

/** The GEXF type the exporter declares for a value type: `integer` (32-bit), `long`, `double`, `boolean` or `string`. */
export function gexfTypeOf(values: readonly (string | number | boolean)[]): string {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) {
    const numbers = values as number[];
    if (numbers.every((n) => Number.isInteger(n) && Math.abs(n) < 2 ** 31)) return "integer";
    if (numbers.every((n) => Number.isSafeInteger(n))) return "long";
    return "double";
  }
  return "string";
}
