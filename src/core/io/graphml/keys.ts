// GraphML `<key>` declarations and the `<data>` values they type: each key's name, type, domain
// and default; the values of one node, edge or graph (defaults filled in); and the yEd graphics
// keys, from which only the label is taken.
import type { GraphValue, GraphValueType } from "../graphRecords.ts";
import type { Problem } from "../problems.ts";
import { childElements, lineOf, type Element } from "../xml.ts";

/** What a key is declared for (`for="node|edge|graph|all"`; yEd adds `graphml`, `port`). */
export type KeyDomain = "node" | "edge" | "graph" | "all" | "graphml" | "port" | "hyperedge" | "endpoint";

/** One `<key>` declaration. */
export interface GraphmlKey {
  id: string;
  domain: KeyDomain;
  /** `attr.name`, or the key's id when it has none. */
  name: string;
  type: GraphValueType;
  /** `<default>` text, used for elements of the domain without a `<data>` for this key. */
  defaultText?: string;
  /** `yfiles.type` (yEd): `nodegraphics` and `edgegraphics` give labels; the others are ignored. */
  yfiles?: string;
  /** Where the key is declared: `<key id="d1"> (line 3)`. */
  where: string;
  /** A copy of another value written for other programs (this tool's tie `weight` key): its data is skipped. */
  derived?: boolean;
}

const TYPES: Record<string, GraphValueType> = { boolean: "boolean", int: "integer", long: "integer", float: "number", double: "number", string: "string" };
const DOMAINS: readonly string[] = ["node", "edge", "graph", "all", "graphml", "port", "hyperedge", "endpoint"];

/** `<key id="d1"> (line 3)`: an element and its line, for problem places. */
export function placeOfElement(element: Element, attribute?: string): string {
  const value = attribute === undefined ? null : element.getAttribute(attribute);
  const tag = value === null ? `<${element.localName}>` : `<${element.localName} ${attribute}="${value}">`;
  const line = lineOf(element);
  return line ? `${tag} (${line})` : tag;
}

/** `<edge id="e3"> (line 20)`, or `<edge source="a" target="b"> (line 20)` for an edge without id. */
export function placeOfEdge(element: Element): string {
  if (element.getAttribute("id")) return placeOfElement(element, "id");
  return placeOfElement(element).replace("<edge>", `<edge source="${element.getAttribute("source") ?? ""}" target="${element.getAttribute("target") ?? ""}">`);
}

/** Reads the `<key>` children of the root, keyed by id. Bad declarations are problems. */
export function readKeys(root: Element, file: string, problems: Problem[], warnings: Problem[] = problems): Map<string, GraphmlKey> {
  const keys = new Map<string, GraphmlKey>();
  for (const element of childElements(root, "key")) {
    const where = placeOfElement(element, "id");
    const fail = (message: string, fix: string) => problems.push({ file, where, message, fix });
    const id = element.getAttribute("id");
    if (id === null || id === "") {
      fail("the key has no id", 'Give every <key> an id, e.g. <key id="d0" for="node" attr.name="age" attr.type="int"/>');
      continue;
    }
    if (keys.has(id)) {
      fail(`key id "${id}" is declared twice (first at ${keys.get(id)!.where})`, "Give each <key> its own id");
      continue;
    }
    const domain = element.getAttribute("for") ?? "all";
    if (!DOMAINS.includes(domain)) fail(`for="${domain}" is not one of node, edge, graph, all`, 'Write for="node", "edge", "graph" or "all"');
    const typeText = element.getAttribute("attr.type");
    const type = typeText === null ? "string" : TYPES[typeText.toLowerCase()];
    // Other tools write types GraphML does not define (date, list, vector …): read as text, with a warning.
    if (type === undefined) warnings.push({ file, where, message: `attr.type="${typeText}" is not a GraphML type, so the values of "${element.getAttribute("attr.name") ?? id}" were read as text`, fix: "Check those values; write boolean, int, long, float, double or string to have them read as that type" });
    const defaultElement = childElements(element, "default")[0];
    keys.set(id, {
      id,
      domain: domain as KeyDomain,
      name: element.getAttribute("attr.name") ?? id,
      type: type ?? "string",
      ...(defaultElement ? { defaultText: defaultElement.textContent ?? "" } : {}),
      ...(element.getAttribute("yfiles.type") !== null ? { yfiles: element.getAttribute("yfiles.type")! } : {}),
      where,
    });
  }
  return keys;
}

const DEFAULTS = new WeakMap<Map<string, GraphmlKey>, Map<string, GraphmlKey[]>>();

/** The keys with a `<default>` for a domain, found once per file rather than once per element. */
function defaultKeys(keys: Map<string, GraphmlKey>, domain: "node" | "edge" | "graph"): GraphmlKey[] {
  let byDomain = DEFAULTS.get(keys);
  if (byDomain === undefined) DEFAULTS.set(keys, (byDomain = new Map()));
  let found = byDomain.get(domain);
  if (found === undefined) {
    found = [...keys.values()].filter((k) => k.defaultText !== undefined && k.yfiles === undefined && !k.derived && (k.domain === domain || k.domain === "all"));
    byDomain.set(domain, found);
  }
  return found;
}

/** The text of an element's own text children (not its descendants'), trimmed: yEd writes `<y:NodeLabel>Ann<y:LabelModel>…`. */
function ownText(element: Element): string {
  let text = "";
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? "";
  }
  return text.trim();
}

/** The trimmed text of every text node under `element`, joined by single spaces: what a value holding nested XML reads as. */
export function innerText(element: Element): string {
  const parts: string[] = [];
  const walk = (e: Element) => {
    for (let child = e.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        const t = (child.nodeValue ?? "").trim();
        if (t !== "") parts.push(t);
      } else if (child.nodeType === 1) walk(child as Element);
    }
  };
  walk(element);
  return parts.join(" ");
}

/** The first descendant with this local name, depth first. */
function firstDescendant(element: Element, localName: string): Element | undefined {
  for (const child of childElements(element)) {
    if (child.localName === localName) return child;
    const found = firstDescendant(child, localName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The values of one node, edge or graph element: its `<data>` children typed by their keys, then
 * the defaults of keys it has no data for (not for the root's own data). Keys in `renamed`
 * hold the attribute of that name (never a model field). yEd graphics give only their label (as `label`, unless
 * the element has a `label` value of its own). Data for an undeclared key is a problem.
 */
export function readValues(
  element: Element,
  domain: "node" | "edge" | "graph" | "graphml",
  where: string,
  keys: Map<string, GraphmlKey>,
  file: string,
  problems: Problem[],
  renamed: ReadonlyMap<string, string> = new Map(),
  nested: string[] = [],
): GraphValue[] {
  const values: GraphValue[] = [];
  const given = new Set<string>();
  let graphicsLabel: GraphValue | undefined;
  for (const data of childElements(element, "data")) {
    const id = data.getAttribute("key") ?? "";
    const key = keys.get(id);
    const dataPlace = placeOfElement(data, "key");
    // `<node id="a"> (line 5), <data key="s">` when both are on one line, else each with its line.
    const at = `${where}, ${where.endsWith(`(${lineOf(data)})`) ? dataPlace.replace(/ \(line \d+\)$/, "") : dataPlace}`;
    if (key === undefined) {
      problems.push({ file, where: at, message: `<data> refers to key "${id}", which no <key> declares`, fix: `Declare it at the top of the file, e.g. <key id="${id}" for="${domain}" attr.name="…" attr.type="string"/>, or remove the data` });
      continue;
    }
    given.add(id);
    if (key.derived) continue;
    if (key.yfiles !== undefined) {
      if (graphicsLabel === undefined && (key.yfiles === "nodegraphics" || key.yfiles === "edgegraphics")) {
        const label = firstDescendant(data, key.yfiles === "nodegraphics" ? "NodeLabel" : "EdgeLabel");
        if (label !== undefined) graphicsLabel = { name: "label", type: "string", text: ownText(label), where: at };
      }
      continue;
    }
    // Nested XML inside <data> (Maltego writes its entities so): the value is its trimmed inner text.
    const structured = childElements(data).length > 0;
    if (structured) nested.push(at);
    const text = structured ? innerText(data) : (data.textContent ?? "");
    values.push({ name: renamed.get(id) ?? key.name, type: key.type, text, where: at, ...(renamed.has(id) ? { attributeOnly: true } : {}) });
  }
  for (const key of domain === "graphml" ? [] : defaultKeys(keys, domain)) {
    if (given.has(key.id)) continue;
    values.push({ name: renamed.get(key.id) ?? key.name, type: key.type, text: key.defaultText!, where: `${where}, the <default> of ${key.where}`, ...(renamed.has(key.id) ? { attributeOnly: true } : {}) });
  }
  if (graphicsLabel !== undefined && !values.some((v) => v.name.toLowerCase() === "label" && !v.attributeOnly)) values.push(graphicsLabel);
  return values;
}
