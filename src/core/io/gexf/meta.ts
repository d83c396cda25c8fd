// A GEXF file's `<meta>` as the project's meta and waves: the title (`<title>`, else the graph's
// name, else the file's name), the description as the source, and, when the file carries this
// tool's extension, the project's times, graph-level attributes and waves exactly as exported.
// Without it, the creator and keywords are kept as meta attributes.
import { parseDate } from "../../model/dates.ts";
import type { AttributeValue, Wave } from "../../model/schema.ts";
import type { Problem } from "../problems.ts";
import { childElement, lineOf, type Element } from "../xml.ts";
import { readExtension } from "./extension.ts";

/** The meta candidate, the waves, and where they came from. */
export interface MetaParts {
  meta: { title: string; source?: string; created?: string; modified?: string; weight?: string | null; attributes: Record<string, AttributeValue> };
  /** True when the file carries this tool's extension (its meta, weight and waves are exactly the project's). */
  own: boolean;
  waves: Wave[];
  where: string;
}

/** Reads the meta of a GEXF document. */
export function readMeta(file: string, root: Element, graph: Element, problems: Problem[]): MetaParts {
  const element = childElement(root, "meta");
  const text = (name: string) => {
    const child = element && childElement(element, name);
    return child === undefined ? undefined : (child.textContent ?? "");
  };
  const extension = readExtension(file, element, problems);
  const where = extension?.where ?? (element ? `<meta> (${lineOf(element)})` : `<graph> (${lineOf(graph)})`);
  const nonEmpty = (t: string | undefined) => (t !== undefined && t.trim() !== "" ? t.trim() : undefined);
  if (extension !== undefined) {
    // Written by this tool: every text exactly as the project had it.
    const meta: MetaParts["meta"] = { title: text("title") ?? "", weight: extension.weight, attributes: extension.attributes };
    const source = text("description");
    if (source !== undefined) meta.source = source;
    if (extension.created !== undefined) meta.created = extension.created;
    if (extension.modified !== undefined) meta.modified = extension.modified;
    return { meta, waves: extension.waves, where, own: true };
  }
  const base = file.split(/[\\/]/).pop()!.replace(/\.gexf$/i, "");
  const meta: MetaParts["meta"] = { title: nonEmpty(text("title")) ?? nonEmpty(graph.getAttribute("name") ?? undefined) ?? base, attributes: {} };
  const source = nonEmpty(text("description"));
  if (source !== undefined) meta.source = source;
  const modified = parseDate(element?.getAttribute("lastmodifieddate") ?? "");
  if (modified !== undefined) meta.modified = modified;
  for (const name of ["creator", "keywords"]) {
    const value = nonEmpty(text(name));
    if (value !== undefined) meta.attributes[name] = value;
  }
  return { meta, waves: [], where, own: false };
}
