// What GEXF files from the field do that the format does not quite allow, read with a warning
// each instead of refused: attributes used but never declared (Gephi 0.9.3 writes them), numeric
// time steps that are not years (mapped onto waves "step 1", "step 2" … on stated dates), times
// of day (the model's time is in days), and the graph's own time (Gephi's slice files).
import { pushAll } from "../../arrays.ts";
import type { Wave } from "../../model/schema.ts";
import type { Problem } from "../problems.ts";
import { childElements, lineOf, type Element } from "../xml.ts";
import type { Declaration, Declarations } from "./attributes.ts";
import { readIntervals } from "./elements.ts";
import { parseIntervalList, parseTimestampList, timeSteps, type ModelInterval, type TimeFormat, type TimeSteps } from "./time.ts";
import { looksLikeNumber } from "../csv/cells.ts";

/** Every element below `root` (itself included), in document order. */
function descendants(root: Element): Element[] {
  const out: Element[] = [root];
  for (let i = 0; i < out.length; i++) pushAll(out, childElements(out[i]));
  return out;
}

/**
 * Declares, in `declared`, each attribute an `<attvalue for="…">` names without a declaration:
 * typed from its values (all whole numbers: integer; all numbers: number; all true/false:
 * boolean; otherwise text), with one warning per attribute naming it and the type chosen.
 */
export function declareUndeclared(file: string, graph: Element, declared: Declarations, warnings: Problem[]): void {
  const found = new Map<string, { cls: "node" | "edge"; values: string[]; first: string; count: number }>();
  for (const cls of ["node", "edge"] as const) {
    for (const list of childElements(graph, `${cls}s`)) {
      for (const element of descendants(list).filter((e) => e.localName === cls)) {
        for (const values of childElements(element, "attvalues")) {
          for (const av of childElements(values, "attvalue")) {
            const key = av.getAttribute("for") ?? av.getAttribute("id") ?? "";
            if (key === "" || declared[cls].has(key)) continue;
            const seen = found.get(`${cls}:${key}`) ?? { cls, values: [], first: `<attvalue for="${key}"> (${lineOf(av)})`, count: 0 };
            seen.values.push((av.getAttribute("value") ?? "").trim());
            seen.count++;
            found.set(`${cls}:${key}`, seen);
          }
        }
      }
    }
  }
  for (const [name, seen] of found) {
    const key = name.slice(seen.cls.length + 1);
    const given = seen.values.filter((v) => v !== "");
    const type: Declaration["type"] =
      given.length > 0 && given.every((v) => /^[+-]?\d+$/.test(v) && Number.isSafeInteger(Number(v)))
        ? "integer"
        : given.length > 0 && given.every((v) => looksLikeNumber(v))
          ? "number"
          : given.length > 0 && given.every((v) => /^(true|false)$/i.test(v))
            ? "boolean"
            : "string";
    declared[seen.cls].set(key, { id: key, title: key, type, measure: key, where: seen.first });
    const words = { integer: "whole numbers", number: "numbers", boolean: "true/false values", string: "text" }[type];
    warnings.push({
      file,
      where: seen.first,
      message: `${seen.cls} attribute "${key}" is used (${seen.count} value${seen.count === 1 ? "" : "s"}) but not declared in <attributes class="${seen.cls}"> (Gephi 0.9.3 writes such files); it was kept as ${words}, read from its values`,
      fix: `Check the values of "${key}", or declare it (<attribute id="${key}" title="${key}" type="…"/>) to say its type`,
    });
  }
}

/** Every time text in the graph: start, end, timestamp(s) and interval ends of every element. */
function timeTexts(graph: Element): string[] {
  const out: string[] = [];
  for (const e of descendants(graph)) {
    for (const name of ["start", "end", "timestamp"]) {
      const t = e.getAttribute(name);
      if (t !== null && t !== "" && !(e.localName === "attribute")) out.push(...(name === "timestamp" ? t.split(/[\s,]+/).filter((x) => x !== "") : [t]));
    }
    if (e.localName === "timestamp" && e.hasAttribute("value")) out.push(e.getAttribute("value")!);
    const stamps = e.getAttribute("timestamps");
    if (stamps) out.push(...parseTimestampList(stamps));
    const spans = e.getAttribute("intervals");
    if (spans) for (const i of parseIntervalList(spans) ?? []) out.push(...[i.start, i.end].filter((x): x is string => x !== undefined));
  }
  return out;
}

/**
 * The step mapping of a graph whose numeric times are not years, with the waves "step 1" …
 * and a warning that states the mapping; undefined when its times are dates or years. Also
 * warns, once, when times carry a time of day, which the model (in days) drops.
 */
export function readTimeSteps(file: string, graph: Element, format: TimeFormat, warnings: Problem[]): { format: TimeSteps; waves: Wave[] } | undefined {
  const texts = timeTexts(graph);
  const where = `<graph> (${lineOf(graph)})`;
  const timed = texts.filter((t) => /^\d{4}-\d{2}-\d{2}T\d/.test(t.trim()) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(t.trim()));
  if (timed.length > 0) {
    warnings.push({
      file,
      where,
      message: `${timed.length} time${timed.length === 1 ? "" : "s"} carry a time of day (${timed[0].trim()} …); this tool's time is in days, so each was read as its date (${timed[0].trim().slice(0, 10)}) and instants on the same day became one day`,
      fix: "Nothing to do if days are fine enough; to keep hours apart, split the data by day first",
    });
  }
  const steps = timeSteps(texts, format);
  if (steps === undefined) return undefined;
  const entries = [...steps.steps];
  const shown = entries.slice(0, 3).map(([v, d]) => `${v} → ${d}`).join(", ");
  warnings.push({
    file,
    where,
    message: `the times are ${entries.length} numbered steps (${entries.map(([v]) => v).slice(0, 5).join(", ")}${entries.length > 5 ? " …" : ""}), not dates or calendar years; each step became a wave "step 1" … "step ${entries.length}" placed on 1 January of a year, step k in 2000 + k (${shown}${entries.length > 3 ? " …" : ""}). These dates only order the steps`,
    fix: "Rename the waves and give them their real dates (in the page's waves panel), or write dates in the file",
  });
  return { format: steps, waves: entries.map(([, date], i) => ({ id: `step-${i + 1}`, label: `step ${i + 1}`, date })) };
}

/**
 * The graph's own time (`<graph timestamp="…">`, or start/end: Gephi's slice files), which holds
 * for every node and edge that has none of its own; with a wave at each of its timestamps.
 */
export function graphTime(file: string, graph: Element, format: TimeFormat, problems: Problem[]): { intervals: ModelInterval[]; waves: Wave[] } {
  const stamp = graph.getAttribute("timestamp") ?? graph.getAttribute("timestamps");
  // A graph's start and end (GEXF 1.2) bound its timeline and say nothing of its elements; only a slice's timestamp does.
  if (!stamp) return { intervals: [], waves: [] };
  const intervals = readIntervals(file, graph, `<graph> (${lineOf(graph)})`, format, problems);
  const waves: Wave[] = [];
  const stamps = parseTimestampList(stamp);
  intervals.forEach((interval, i) => {
    if (interval.start !== undefined) waves.push({ id: `slice-${i + 1}`, label: `slice ${stamps[i] ?? stamp}`, date: interval.start });
  });
  return { intervals, waves };
}
