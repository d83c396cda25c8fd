// What a GEXF file has no place for, kept in a namespace of our own inside `<meta>`, which
// Gephi and networkx skip: the project's created/modified times, its graph-level attributes and
// its waves. With it, importing an exported project gives back the same project.
//
//   <meta …>
//     <rn:project xmlns:rn="urn:recovery-networks:gexf:1" created="…" modified="…" weight="strength">
//       <rn:attribute name="synthetic" type="boolean" value="true"/>
//       <rn:wave id="baseline" label="Baseline" date="2012-04-01"/>
//     </rn:project>
//   </meta>
import type { AttributeValue, Meta, Wave } from "../../model/schema.ts";
import { readTyped, type GraphValueType } from "../graphRecords.ts";
import type { Problem } from "../problems.ts";
import { childElements, lineOf, type Element } from "../xml.ts";

/** The namespace of the extension (a URN: it names, and points nowhere). */
export const RN_NAMESPACE = "urn:recovery-networks:gexf:1";

/** What the extension holds. */
export interface ProjectExtension {
  created?: string;
  modified?: string;
  /**
   * The project's tie weight (`meta.weight`): the `weight` attribute's text, `null` when it is
   * empty (no weight), and `"strength"` when absent (files written before weights could be chosen).
   */
  weight: string | null;
  attributes: Record<string, AttributeValue>;
  waves: Wave[];
  /** Where the extension is, for problems with its waves. */
  where: string;
}

const TYPES = new Set<GraphValueType>(["string", "integer", "number", "boolean"]);

/** Reads `<rn:project>` from `<meta>`, if the file has one. */
export function readExtension(file: string, meta: Element | undefined, problems: Problem[]): ProjectExtension | undefined {
  const element = meta && childElements(meta, "project").find((e) => e.namespaceURI === RN_NAMESPACE);
  if (element === undefined) return undefined;
  const where = `<rn:project> (${lineOf(element)})`;
  const weight = element.getAttribute("weight");
  const out: ProjectExtension = { weight: weight === null ? "strength" : weight === "" ? null : weight, attributes: {}, waves: [], where };
  if (element.hasAttribute("created")) out.created = element.getAttribute("created")!;
  if (element.hasAttribute("modified")) out.modified = element.getAttribute("modified")!;
  for (const child of childElements(element, "attribute")) {
    const name = child.getAttribute("name") ?? "";
    const type = (child.getAttribute("type") ?? "string") as GraphValueType;
    const read = TYPES.has(type) ? readTyped(child.getAttribute("value") ?? "", type) : { error: `type "${type}" is not string, integer, number or boolean` };
    if ("value" in read) out.attributes[name] = read.value;
    else if ("error" in read) problems.push({ file, where: `<rn:attribute name="${name}"> (${lineOf(child)})`, message: read.error, fix: "Correct the value, or remove the element" });
  }
  for (const child of childElements(element, "wave")) {
    out.waves.push({ id: child.getAttribute("id") ?? "", label: child.getAttribute("label") ?? child.getAttribute("id") ?? "", date: child.getAttribute("date") ?? "" });
  }
  return out;
}

/** The type name the extension writes for a value. */
function typeOf(value: AttributeValue): GraphValueType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isSafeInteger(value) ? "integer" : "number";
  return "string";
}

/** The `<rn:project>` element for a project's meta and waves, as lines at `indent` (`weight=""`: no weight). */
export function writeExtension(meta: Meta, waves: readonly Wave[], indent: string, escape: (text: string) => string): string[] {
  const times = [meta.created !== undefined ? ` created="${escape(meta.created)}"` : "", meta.modified !== undefined ? ` modified="${escape(meta.modified)}"` : "", ` weight="${escape(meta.weight ?? "")}"`].join("");
  const lines = [`${indent}<rn:project xmlns:rn="${RN_NAMESPACE}"${times}>`];
  for (const [name, value] of Object.entries(meta.attributes)) {
    lines.push(`${indent}  <rn:attribute name="${escape(name)}" type="${typeOf(value)}" value="${escape(String(value))}"/>`);
  }
  for (const w of waves) lines.push(`${indent}  <rn:wave id="${escape(w.id)}" label="${escape(w.label)}" date="${escape(w.date)}"/>`);
  lines.push(`${indent}</rn:project>`);
  return lines;
}
