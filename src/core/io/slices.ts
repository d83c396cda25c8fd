// Several files given at once as slices of one network, one per wave (Gephi's time-slice
// exports, a GraphML or Pajek file per survey round): each file is read on its own, then they
// combine into one dynamic project. A slice's date is its GEXF timestamp, else a date or year in
// its file name, else its place among the files (step k on 1 January of 2000 + k, said in a
// warning). What a slice holds exists from its date until the next slice's; nodes and ties are
// matched by id (ties by their two ends, direction and type), values that change become observations.
import { parseDate, type IsoDate } from "../model/dates.ts";
import type { AttributeValue, Node, Observation, Project, Tie, Wave } from "../model/schema.ts";
import { validateProject, jsonLocator } from "../model/validate.ts";
import type { ImportResult, Problem } from "./problems.ts";
import { timeSteps } from "./gexf/time.ts";

/** One slice: the file's name, the project read from it, and the time the file gives itself (a GEXF graph's `timestamp`), as written. */
export interface Slice {
  name: string;
  project: Project;
  time?: string;
}

/** The dates of slices' own times: dates as they are, whole years 1000–9999 as 1 January, other numbers as steps (k-th on 1 January of 2000 + k). */
function datesOfTimes(times: readonly string[]): { dates: IsoDate[]; steps: boolean } | undefined {
  const dates = times.map((t) => parseDate(t));
  if (dates.every((d) => d !== undefined)) return { dates: dates as IsoDate[], steps: false };
  const steps = timeSteps(times, "number");
  if (steps !== undefined) return { dates: times.map((t) => steps.steps.get(Number(t.trim()))!), steps: true };
  const years = times.map((t) => Number(t.trim()));
  if (years.every((y) => Number.isInteger(y) && y >= 1000 && y <= 9999)) return { dates: years.map((y) => `${y}-01-01`), steps: false };
  return undefined;
}

const baseName = (name: string) => name.split(/[\\/]/).pop()!;

/** The date a file name carries: `2019-03-01`, `2019_03_01`, or a year 1900–2099 not inside a longer number. */
export function dateInName(name: string): IsoDate | undefined {
  const base = baseName(name);
  const full = /(\d{4})[-_.](\d{2})[-_.](\d{2})/.exec(base);
  if (full) return parseDate(`${full[1]}-${full[2]}-${full[3]}`);
  const year = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(base);
  return year ? `${year[1]}-01-01` : undefined;
}


/** "a.gexf" before "b.gexf", "wave2" before "wave10". */
const natural = new Intl.Collator("en", { numeric: true }).compare;

/**
 * Combines slices into one project (see the file comment). Refuses two slices with the same
 * date. The result is validated like any import; `warnings` say how the dates were found.
 */
export function combineSlices(slices: readonly Slice[], warnings: Problem[]): ImportResult {
  const files = slices.map((s) => baseName(s.name)).join(" + ");
  const own = slices.every((s) => s.time !== undefined) ? datesOfTimes(slices.map((s) => s.time!)) : undefined;
  const named = slices.map((s) => dateInName(s.name));
  let dated: { slice: Slice; date: IsoDate; label: string }[];
  if (own !== undefined) {
    dated = slices.map((slice, i) => ({ slice, date: own.dates[i], label: `slice ${slice.time!.trim()}` }));
    if (own.steps) {
      const shown = [...dated].sort((a, b) => a.date.localeCompare(b.date));
      warnings.push({
        file: files,
        where: "",
        message: `read as ${slices.length} slices of one network; their timestamps (${shown.map((d) => d.slice.time!.trim()).join(", ")}) are numbered steps, not dates or calendar years, so slice k became a wave placed on 1 January of 2000 + k (${shown.map((d) => `${d.slice.time!.trim()} → ${d.date}`).join(", ")}). These dates only order the slices`,
        fix: "Give the waves their real dates after loading, or write dates as the slices' timestamps",
      });
    }
  } else if (named.every((d) => d !== undefined)) {
    dated = slices.map((slice, i) => ({ slice, date: named[i]!, label: baseName(slice.name).replace(/\.[^.]*$/, "") }));
    warnings.push({ file: files, where: "", message: `read as ${slices.length} slices of one network, each dated by the date or year in its file name (${dated.map((d) => `${baseName(d.slice.name)} → ${d.date}`).join(", ")})`, fix: "Check the dates; correct the waves' dates after loading if they are not the survey dates" });
  } else {
    const ordered = [...slices].sort((a, b) => natural(baseName(a.name), baseName(b.name)));
    dated = ordered.map((slice, i) => ({ slice, date: `${2001 + i}-01-01`, label: `step ${i + 1}` }));
    warnings.push({
      file: files,
      where: "",
      message: `read as ${slices.length} slices of one network in the order of their names; no slice says its date, so each became a wave "step 1" … "step ${slices.length}" placed on 1 January of 2000 + k (${dated.map((d) => `${baseName(d.slice.name)} → ${d.date}`).join(", ")}). These dates only order the slices`,
      fix: "Give the waves their real dates after loading, or put the date in each file's name (for example wave-2019-03-01.gexf)",
    });
  }
  dated.sort((a, b) => a.date.localeCompare(b.date));
  for (let i = 1; i < dated.length; i++) {
    if (dated[i].date === dated[i - 1].date) {
      return { ok: false, problems: [{ file: files, where: "", message: `${baseName(dated[i - 1].slice.name)} and ${baseName(dated[i].slice.name)} are both slices of ${dated[i].date}`, fix: "Give each slice its own date (in its GEXF timestamp or its file name), or load the files one at a time" }] };
    }
  }
  const dates = dated.map((d) => d.date);
  /** [start, end) runs of consecutive slices. */
  const runs = (at: number[]): { start: IsoDate; end?: IsoDate }[] => {
    const out: { start: IsoDate; end?: IsoDate }[] = [];
    for (const k of at) {
      const last = out[out.length - 1];
      if (last !== undefined && last.end === dates[k]) last.end = dates[k + 1];
      else out.push({ start: dates[k], ...(dates[k + 1] !== undefined ? { end: dates[k + 1] } : {}) });
    }
    return out;
  };
  type Seen = { node: Node; at: number[]; values: Map<string, { k: number; value: AttributeValue }[]> };
  const nodes = new Map<string, Seen>();
  const ties = new Map<string, { tie: Tie; at: number[] }>();
  const observations: Observation[] = [];
  dated.forEach(({ slice }, k) => {
    for (const node of slice.project.nodes) {
      const seen: Seen = nodes.get(node.id) ?? { node, at: [], values: new Map() };
      seen.node = node;
      seen.at.push(k);
      for (const [name, value] of Object.entries(node.attributes)) seen.values.set(name, [...(seen.values.get(name) ?? []), { k, value }]);
      nodes.set(node.id, seen);
    }
    for (const tie of slice.project.ties) {
      const ends = tie.directed ? [tie.source, tie.target] : [tie.source, tie.target].sort();
      const key = [...ends, tie.directed ? "d" : "u", tie.type].join("\u0000");
      const seen: { tie: Tie; at: number[] } = ties.get(key) ?? { tie, at: [] };
      if (seen.at[seen.at.length - 1] !== k) seen.at.push(k);
      seen.tie = tie;
      ties.set(key, seen);
    }
    for (const o of slice.project.observations) observations.push(o);
  });
  let gaps = 0;
  const outNodes: Node[] = [];
  for (const { node, at, values } of nodes.values()) {
    const spans = runs(at);
    const out: Node = { ...node, attributes: { ...node.attributes } };
    delete out.start;
    delete out.end;
    out.start = spans[0].start;
    const end = spans[spans.length - 1].end;
    if (end !== undefined) out.end = end;
    if (spans.length > 1) {
      gaps++;
      out.attributes.slices = spans.map((s) => `[${s.start}, ${s.end ?? "…"})`).join("; ");
    }
    // A value that differs between slices is an observation at each slice's date.
    for (const [name, list] of values) {
      if (new Set(list.map((v) => JSON.stringify(v.value))).size > 1) for (const { k, value } of list) observations.push({ subject: node.id, date: dates[k], measure: name, value });
    }
    outNodes.push(out);
  }
  if (gaps > 0) warnings.push({ file: files, where: "", message: `${gaps} node${gaps === 1 ? " is" : "s are"} missing from some slices between others; the tool keeps one interval per node (from its first slice to the end of its last), and the slices it is in in the attribute "slices"`, fix: "Nothing to do, unless the gaps matter: then split such a node in two" });
  const outTies: Tie[] = [];
  const used = new Set<string>();
  for (const { tie, at } of ties.values()) {
    const spans = runs(at);
    spans.forEach((span, n) => {
      let id = spans.length > 1 ? `${tie.id}-s${n + 1}` : tie.id;
      for (let m = 2; used.has(id); m++) id = `${tie.id}-${m}`;
      used.add(id);
      const out: Tie = { ...tie, id, attributes: { ...tie.attributes }, start: span.start };
      delete out.end;
      if (span.end !== undefined) out.end = span.end;
      outTies.push(out);
    });
  }
  const last = dated[dated.length - 1].slice.project;
  const waves: Wave[] = dated.map((d, i) => ({ id: `wave-${i + 1}`, label: d.label, date: d.date }));
  const candidate = { ...last, meta: { ...last.meta }, nodes: outNodes, ties: outTies, observations: observations.sort((a, b) => a.date.localeCompare(b.date)), waves };
  return validateProject(candidate, jsonLocator(files), warnings);
}
