// One GEXF `<node>` or `<edge>` read into what the shared graph records take: its named, typed
// values (attvalues, defaults, label, viz colour, size and position), the intervals it exists on
// (start/end, spells, slices, timestamps) and its dynamic values (attvalues with a time).
import type { AttributeValue } from "../../model/schema.ts";
import { normaliseWord } from "../csv/columns.ts";
import { readTyped, type GraphValue } from "../graphRecords.ts";
import type { Problem } from "../problems.ts";
import { childElement, childElements, lineOf, type Element } from "../xml.ts";
import type { Declaration } from "./attributes.ts";
import { RN_NAMESPACE } from "./extension.ts";
import { INFINITE, parseIntervalList, parseTimestampList, readTime, toModelInterval, type ModelInterval, type RawInterval, type TimeFormat } from "./time.ts";

/** A value with a time: an observation for a node. */
export interface DynamicValue {
  name: string;
  value: AttributeValue;
  /** The model date the value holds from (the attvalue's start). */
  date: string;
  /** The exporter's `rn:order`, which restores the project's order of observations. */
  order?: number;
  where: string;
}

/** What one element holds. */
export interface ElementParts {
  values: GraphValue[];
  /** The intervals it exists on; empty when it has no time (always there). */
  intervals: ModelInterval[];
  dynamic: DynamicValue[];
  /** Values with an end and no start: kept as plain values, with a warning. */
  untilEnd: string[];
  /** Number values that are NaN or infinite (networkx and Gephi write them): left out, with a warning. */
  notFinite: string[];
}

const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/** Where an element is, for problems: `<node id="n4"> (line 12)`. */
export function placeOf(element: Element, id: string): string {
  return `<${element.localName} id="${id}"> (${lineOf(element)})`;
}

/** An attribute of an XML element, or undefined when absent. */
function attr(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? element.getAttribute(name)! : undefined;
}

/** A time attribute: absent, or `None`, which networkx 2.8 writes for an open end of a GEXF 1.1 slice, or an infinite end. */
function timeAttr(element: Element, name: string): string | undefined {
  const text = attr(element, name);
  // `Infinity` / `-Infinity` (Gephi's open ends) are no bound at all.
  return text === "None" || (text !== undefined && INFINITE.test(text.trim())) ? undefined : text;
}

const isTrue = (text: string | undefined) => text !== undefined && text.trim().toLowerCase() === "true";

/** The raw interval an element (node, edge, spell, slice, attvalue) writes. */
function rawInterval(element: Element) {
  return { start: timeAttr(element, "start"), end: timeAttr(element, "end"), startOpen: isTrue(attr(element, "startopen")), endOpen: isTrue(attr(element, "endopen")) };
}

/**
 * Reads the intervals of an element: its own start/end, `timestamp` and GEXF 1.3 `timestamps`
 * and `intervals` lists; its spells (slices in GEXF 1.1), each a start/end or a `timestamp`; and
 * `<timestamps>` children. A timestamp is the closed interval [t, t].
 */
export function readIntervals(file: string, element: Element, where: string, format: TimeFormat, problems: Problem[]): ModelInterval[] {
  const intervals: ModelInterval[] = [];
  const takeRaw = (raw: RawInterval, place: string) => {
    const read = toModelInterval(raw, format);
    if (Array.isArray(read)) for (const e of read) problems.push({ file, where: place, message: e.error, fix: e.fix });
    else intervals.push(read);
  };
  const takeStamps = (source: Element, place: string) => {
    const stamp = attr(source, "timestamp");
    const stamps = stamp === undefined ? [] : stamp.split(/[\s,]+/).filter((s) => s !== "");
    for (const s of stamps) intervals.push(...pointInterval(file, s, format, place, problems));
    const list = attr(source, "timestamps");
    if (list !== undefined) for (const s of parseTimestampList(list)) intervals.push(...pointInterval(file, s, format, place, problems));
    const spans = attr(source, "intervals");
    if (spans !== undefined) {
      const read = parseIntervalList(spans);
      if (read === undefined) problems.push({ file, where: place, message: `intervals="${spans}" cannot be read`, fix: 'Write intervals as GEXF 1.3 does: intervals="<[2012.0, 2013.0]; [2015.0, 2016.0]>"' });
      else for (const raw of read) takeRaw(raw, place);
    }
  };
  const own = rawInterval(element);
  if (own.start !== undefined || own.end !== undefined) takeRaw(own, where);
  takeStamps(element, where);
  for (const list of [...childElements(element, "spells"), ...childElements(element, "slices")]) {
    for (const spell of [...childElements(list, "spell"), ...childElements(list, "slice")]) {
      const place = `${where}, <${spell.localName}> (${lineOf(spell)})`;
      const raw = rawInterval(spell);
      const stamped = spell.hasAttribute("timestamp") || spell.hasAttribute("timestamps") || spell.hasAttribute("intervals");
      if (raw.start !== undefined || raw.end !== undefined || !stamped) takeRaw(raw, place);
      takeStamps(spell, place);
    }
  }
  for (const list of childElements(element, "timestamps")) {
    for (const t of childElements(list, "timestamp")) {
      intervals.push(...pointInterval(file, t.getAttribute("value") ?? "", format, `${where}, <timestamp> (${lineOf(t)})`, problems));
    }
  }
  return intervals;
}

/** A timestamp as the closed interval [t, t]. */
function pointInterval(file: string, text: string, format: TimeFormat, where: string, problems: Problem[]): ModelInterval[] {
  const read = toModelInterval({ start: text, end: text }, format);
  if (!Array.isArray(read)) return [read];
  for (const e of read) problems.push({ file, where, message: e.error.replace(/^"(start|end)"/, '"timestamp"'), fix: e.fix });
  return [];
}

/**
 * Reads an element's values, intervals and dynamic values. `declared` are the attributes of its
 * class; an attvalue for an undeclared id is a problem. Defaults fill attributes the element
 * does not give; values named `start`/`end` stay attributes (GEXF time is the element's own).
 */
export function readElement(file: string, element: Element, where: string, declared: Map<string, Declaration>, format: TimeFormat, problems: Problem[]): ElementParts {
  const parts: ElementParts = { values: [], intervals: readIntervals(file, element, where, format, problems), dynamic: [], untilEnd: [], notFinite: [] };
  const given = new Set<string>();
  for (const list of childElements(element, "attvalues")) {
    for (const av of childElements(list, "attvalue")) {
      const key = attr(av, "for") ?? attr(av, "id") ?? "";
      const place = `${where}, <attvalue for="${key}"> (${lineOf(av)})`;
      const declaration = declared.get(key);
      if (declaration === undefined) {
        problems.push({ file, where: place, message: `names attribute "${key}", which is not declared in <attributes class="${element.localName}">`, fix: `Declare it (<attribute id="${key}" title="…" type="…"/>) or correct for="…"` });
        continue;
      }
      const text = av.getAttribute("value") ?? "";
      if (declaration.type !== "string" && declaration.type !== "boolean" && NOT_FINITE.test(text.trim())) {
        parts.notFinite.push(`${declaration.title} (${text.trim()})`);
        given.add(key);
        continue;
      }
      // GEXF 1.3 lists: the value holds at each timestamp, or from each interval's start.
      const list = attr(av, "timestamps") ?? attr(av, "intervals");
      const starts = list === undefined ? [] : attr(av, "timestamps") !== undefined ? parseTimestampList(list) : (parseIntervalList(list) ?? []).map((i) => i.start).filter((t): t is string => t !== undefined);
      if (starts.length > 0) {
        const read = readTyped(text, declaration.type);
        for (const t of starts) {
          const time = readTime(t, format, "timestamp");
          if ("error" in time) problems.push({ file, where: place, message: time.error, fix: time.fix });
          else if ("error" in read) problems.push({ file, where: place, message: `attribute "${declaration.title}": ${read.error}`, fix: "Write a value of the attribute's declared type" });
          else if ("value" in read) parts.dynamic.push({ name: declaration.measure, value: read.value, date: time.date, where: place });
        }
        continue;
      }
      const start = timeAttr(av, "start") ?? timeAttr(av, "timestamp");
      if (start !== undefined) {
        const time = readTime(start, format, "start");
        const read = readTyped(text, declaration.type);
        if ("error" in time) problems.push({ file, where: place, message: time.error, fix: time.fix });
        else if ("error" in read) problems.push({ file, where: place, message: `attribute "${declaration.title}": ${read.error}`, fix: "Write a value of the attribute's declared type" });
        else if ("value" in read) {
          const date = isTrue(attr(av, "startopen")) ? toModelInterval({ start, startOpen: true }, format) : { start: time.date };
          const order = av.getAttributeNS(RN_NAMESPACE, "order");
          parts.dynamic.push({ name: declaration.measure, value: read.value, date: (date as ModelInterval).start!, order: order ? Number(order) : undefined, where: place });
        }
        continue;
      }
      if (timeAttr(av, "end") !== undefined) parts.untilEnd.push(declaration.title);
      given.add(key);
      parts.values.push({ name: declaration.title, type: declaration.type, text, where: place, attributeOnly: timeName(declaration.title) });
    }
  }
  for (const declaration of declared.values()) {
    if (declaration.defaultText !== undefined && !given.has(declaration.id)) {
      parts.values.push({ name: declaration.title, type: declaration.type, text: declaration.defaultText, where: `${where}, default of ${declaration.where}`, attributeOnly: timeName(declaration.title) });
    }
  }
  const label = attr(element, "label");
  if (label !== undefined) addValue(parts.values, { name: "label", type: "string", text: label, where });
  readViz(element, where, parts.values);
  return parts;
}

/** True for names the model reads as start or end, which in GEXF come from the element instead. */
function timeName(name: string): boolean {
  const word = normaliseWord(name);
  return word === "start" || word === "end";
}

/** Adds a value unless an attvalue of that name is already there (an attvalue says more than a viz or element attribute). */
function addValue(values: GraphValue[], value: GraphValue): void {
  const word = normaliseWord(value.name);
  if (!values.some((v) => normaliseWord(v.name) === word)) values.push(value);
}

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0").toUpperCase();

/** The viz namespace: colour as `#RRGGBB` (`#RRGGBBAA` when not opaque), size, shape, thickness, and the position as x and y. */
function readViz(element: Element, where: string, values: GraphValue[]): void {
  const color = childElement(element, "color");
  if (color !== undefined) {
    const hex = color.getAttribute("hex");
    const alpha = Number(color.getAttribute("a") || "1");
    const text = hex
      ? `#${hex.replace(/^#/, "").toUpperCase()}`
      : `#${["r", "g", "b"].map((c) => hex2(Number(color.getAttribute(c) || 0))).join("")}${alpha < 1 ? hex2(alpha * 255) : ""}`;
    addValue(values, { name: "color", type: "string", text, where: `${where}, <viz:color> (${lineOf(color)})` });
  }
  for (const name of ["size", "thickness"]) {
    const e = childElement(element, name);
    if (e !== undefined) addValue(values, { name, type: "number", text: e.getAttribute("value") ?? "", where: `${where}, <viz:${name}> (${lineOf(e)})` });
  }
  const shape = childElement(element, "shape");
  if (shape !== undefined) addValue(values, { name: "shape", type: "string", text: shape.getAttribute("value") ?? "", where: `${where}, <viz:shape> (${lineOf(shape)})` });
  const position = childElement(element, "position");
  if (position !== undefined) {
    const place = `${where}, <viz:position> (${lineOf(position)})`;
    // The position is the node's place on the map: x and y are the model's, any attvalue x/y stays an attribute.
    for (const v of values) if (["x", "y"].includes(normaliseWord(v.name))) v.attributeOnly = true;
    for (const axis of ["x", "y"]) values.push({ name: axis, type: "number", text: position.getAttribute(axis) ?? "0", where: place });
    const z = Number(position.getAttribute("z") ?? "0");
    if (z !== 0) addValue(values, { name: "z", type: "number", text: position.getAttribute("z")!, where: place });
  }
}
