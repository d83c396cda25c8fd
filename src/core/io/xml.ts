// Safe XML reading for the GEXF and GraphML importers: one parser everywhere (Node, Worker and
// page, where a Worker has no DOMParser), every syntax error placed at its line and column, and
// documents that declare entities refused outright, so no file can expand itself ("billion
// laughs") or reach outside itself (external entities).
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import type { InputFile } from "./files.ts";
import type { Problem } from "./problems.ts";

export type { Document, Element } from "@xmldom/xmldom";

/** A parsed document, or the problems that stopped it. */
export type XmlResult = { ok: true; document: Document } | { ok: false; problems: Problem[] };

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Parses `file` as XML. `format` names the expected format in messages ("GEXF", "GraphML").
 * Refuses an empty file, a DOCTYPE that declares entities, and any error the parser reports.
 */
export function parseXml(file: InputFile, format: string): XmlResult {
  const fail = (where: string, message: string, fix: string): XmlResult => ({ ok: false, problems: [{ file: file.name, where, message, fix }] });
  if (file.text.trim() === "") return fail("", "is empty", `Give a ${format} file, or export the network again`);
  const doctype = /<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i.exec(file.text);
  if (doctype && /<!ENTITY/i.test(doctype[0])) {
    return fail(
      placeOf(file.text, doctype.index),
      "declares XML entities (<!ENTITY …>), which this tool refuses: they can make a small file expand without limit or read other files",
      `Remove the <!DOCTYPE …> block; a ${format} file written by Gephi, networkx, igraph or yEd has none`,
    );
  }
  let firstError: string | undefined;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        firstError ??= message;
        throw new Error(message);
      },
    }).parseFromString(file.text, "text/xml");
    if (!document.documentElement) return fail("", "has no root element", `Give a ${format} file`);
    return { ok: true, document };
  } catch (error) {
    const locator = (error as { locator?: Locator }).locator;
    const cause = firstError ?? (error as Error).message;
    const where = locator?.lineNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber ?? 1}` : "";
    return fail(where, `is not well-formed XML: ${cause.replace(/^\[xmldom [^\]]*\]\s*/, "")}`, `Check the file around that place, or export it again from the program that wrote it`);
  }
}

/** `line L, column C` of an offset in a text (both from 1). */
export function placeOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The element children of `parent` with this local name, whatever their namespace prefix. */
export function childElements(parent: Element | Document, localName?: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName)) out.push(child as Element);
  }
  return out;
}

/** The first element child with this local name, if any. */
export function childElement(parent: Element | Document, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** The line of an element in its file, for problem messages (`line 12`), or "" when unknown. */
export function lineOf(element: Element): string {
  const line = (element as unknown as Locator).lineNumber;
  return line ? `line ${line}` : "";
}
