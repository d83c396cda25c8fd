// Ego-network survey data (R's egor, Network Canvas) as one project: each interview's ego is a
// node tied to each of its alters; alters are distinct people per ego (an alter's id is only
// unique within its ego's network) unless the data gives them the same id within the same ego;
// alter–alter ties stay inside their ego network. Several interviews of the same ego at
// different dates become waves: what each interview records holds from its date until the
// ego's next interview, and the ego's own values become observations at each date.
import type { IsoDate } from "../../model/dates.ts";
import type { Observation, Tie, Wave } from "../../model/schema.ts";
import { TIE_TYPES } from "../../model/vocabulary.ts";
import { detectWeight } from "../../model/weight.ts";
import { normaliseWord } from "../csv/columns.ts";
import type { ImportOptions } from "../files.ts";
import { assembleProject, nodeRecord, readTyped, tieRecord, type GraphRecord, type GraphValue } from "../graphRecords.ts";
import type { ImportResult, Problem } from "../problems.ts";

/** An alter (a person the ego names) as the interview records it. */
export interface AlterInput {
  /** The alter's id within its ego's network (egor's `alterID`, Network Canvas's node UUID). */
  id: string;
  where: string;
  values: GraphValue[];
}

/** A tie between two alters of the same ego, by their ids within the ego network. */
export interface AlterTieInput {
  source: string;
  target: string;
  where: string;
  values: GraphValue[];
}

/** One interview: an ego, its values (the ego measures) and its network at a date, if known. */
export interface Interview {
  /** The person interviewed: the same id across interviews of the same person. */
  ego: string;
  where: string;
  egoValues: GraphValue[];
  date?: IsoDate;
  alters: AlterInput[];
  alterTies: AlterTieInput[];
}

/** The node id of an alter: its ego's id and its own, so alters of different egos never merge. */
export function alterNodeId(ego: string, alter: string): string {
  return `${ego}/${alter}`;
}

/** Names of values that say how the ego knows the alter, read as the tie's type when they hold one. */
const RELATION_NAMES = new Set(["relation", "relationship", "tie_type", "type", "role"]);

/** A value that names the alter (its label). */
const NAME_NAMES = new Set(["name", "label", "alter_name", "nickname"]);

interface Presence {
  /** Indices (into the ego's interviews, in date order) where the thing is recorded. */
  at: number[];
  record: GraphRecord;
}

/**
 * The project of a list of interviews. The ego's kind is `service_user` unless its values give
 * one; alters take the options' default kind unless theirs give one. Problems found while
 * reading are added to `problems`; the result is all or nothing.
 */
export function projectFromInterviews(file: string, title: string, interviews: readonly Interview[], options: ImportOptions, problems: Problem[], warnings: Problem[]): ImportResult {
  const byEgo = new Map<string, Interview[]>();
  for (const interview of interviews) byEgo.set(interview.ego, [...(byEgo.get(interview.ego) ?? []), interview]);
  const nodes: GraphRecord[] = [];
  const ties: GraphRecord[] = [];
  const observations: Observation[] = [];
  const waveDates = new Set<IsoDate>();
  for (const [ego, list] of byEgo) {
    const dated = list.every((i) => i.date !== undefined);
    if (list.length > 1 && !dated) {
      problems.push({ file, where: list[1].where, message: `ego "${ego}" has ${list.length} interviews, and not all of them have a date`, fix: "Give each interview its date (a date column in the egos' file), so the interviews become waves; or give each interview its own ego id" });
      continue;
    }
    const ordered = [...list].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
    for (let k = 1; k < ordered.length; k++) {
      if (ordered[k].date === ordered[k - 1].date) problems.push({ file, where: ordered[k].where, message: `ego "${ego}" has two interviews dated ${ordered[k].date}`, fix: "Give each interview of the same person its own date, or merge them" });
    }
    const dates = ordered.map((i) => i.date);
    const interval = (at: number[]): { start?: IsoDate; end?: IsoDate }[] => {
      if (ordered.length === 1) return [{}];
      const out: { start?: IsoDate; end?: IsoDate }[] = [];
      for (const k of [...at].sort((a, b) => a - b)) {
        const last = out[out.length - 1];
        if (last !== undefined && last.end === dates[k]) last.end = dates[k + 1];
        else out.push({ start: dates[k], ...(dates[k + 1] !== undefined ? { end: dates[k + 1] } : {}) });
      }
      return out;
    };
    // The ego: values of the latest interview as fields and attributes; with several interviews, every value also as observations.
    const latest = ordered[ordered.length - 1];
    const egoValues = [...latest.egoValues];
    if (!egoValues.some((v) => normaliseWord(v.name) === "kind")) egoValues.push({ name: "kind", type: "string", text: "service_user", where: latest.where });
    const egoRecord = nodeRecord(file, { id: ego, where: latest.where, values: egoValues }, options, problems);
    (egoRecord.candidate.attributes as Record<string, unknown>).ego = true;
    nodes.push(egoRecord);
    if (ordered.length > 1) {
      for (const interview of ordered) {
        waveDates.add(interview.date!);
        for (const v of interview.egoValues) {
          const read = readTyped(v.text, v.type);
          if ("value" in read && !["label", "kind", "id"].includes(normaliseWord(v.name))) observations.push({ subject: ego, date: interview.date!, measure: v.name, value: read.value });
        }
      }
    }
    const alters = new Map<string, Presence>();
    const alterTies = new Map<string, Presence>();
    ordered.forEach((interview, k) => {
      const seen = new Set<string>();
      for (const alter of interview.alters) {
        if (seen.has(alter.id)) {
          problems.push({ file, where: alter.where, message: `alter "${alter.id}" is listed twice in the network of ego "${ego}"${interview.date ? ` (${interview.date})` : ""}`, fix: "Give each alter of one ego its own id" });
          continue;
        }
        seen.add(alter.id);
        const id = alterNodeId(ego, alter.id);
        const values = [...alter.values];
        if (!values.some((v) => NAME_NAMES.has(normaliseWord(v.name)))) values.push({ name: "label", type: "string", text: `${alter.id} (of ${ego})`, where: alter.where });
        else {
          const named = values.find((v) => NAME_NAMES.has(normaliseWord(v.name)))!;
          if (normaliseWord(named.name) !== "label") values.push({ name: "label", type: "string", text: named.text, where: named.where });
        }
        const record = nodeRecord(file, { id, where: alter.where, values }, options, problems);
        (record.candidate.attributes as Record<string, unknown>).ego_id = ego;
        const previous = alters.get(id);
        alters.set(id, { at: [...(previous?.at ?? []), k], record });
        // The ego–alter tie: typed by the alter's relation when it is one of the model's tie types.
        const relation = alter.values.find((v) => RELATION_NAMES.has(normaliseWord(v.name)));
        const type = relation && (TIE_TYPES as readonly string[]).includes(normaliseWord(relation.text)) ? normaliseWord(relation.text) : "other";
        const tie = tieRecord(file, { id: `${ego}>${alter.id}`, source: ego, target: id, where: alter.where, values: [{ name: "type", type: "string", text: type, where: alter.where }] }, problems);
        const tiePrevious = alterTies.get(`ego:${id}`);
        alterTies.set(`ego:${id}`, { at: [...(tiePrevious?.at ?? []), k], record: tie });
      }
      for (const t of interview.alterTies) {
        const [s, u] = [alterNodeId(ego, t.source), alterNodeId(ego, t.target)];
        for (const end of [t.source, t.target]) {
          if (!seen.has(end)) problems.push({ file, where: t.where, message: `the tie names alter "${end}", who is not among the alters of ego "${ego}"${interview.date ? ` (${interview.date})` : ""}`, fix: "Correct the alter id, or add the alter to the alters' file" });
        }
        const key = [s, u].sort().join("\u0000");
        const tie = tieRecord(file, { id: `${ego}/${t.source}-${t.target}`, source: s, target: u, where: t.where, values: t.values }, problems);
        const previous = alterTies.get(key);
        alterTies.set(key, { at: [...(previous?.at ?? []), k], record: tie });
      }
    });
    for (const { at, record } of alters.values()) {
      const spans = interval(at);
      const c = record.candidate;
      if (spans[0].start !== undefined) c.start = spans[0].start;
      if (spans[spans.length - 1].end !== undefined) c.end = spans[spans.length - 1].end;
      nodes.push(record);
    }
    for (const { at, record } of alterTies.values()) {
      const spans = interval(at);
      spans.forEach((span, n) => {
        const candidate: Record<string, unknown> = { ...record.candidate, id: spans.length > 1 ? `${String(record.candidate.id)}-s${n + 1}` : record.candidate.id };
        if (span.start !== undefined) candidate.start = span.start;
        if (span.end !== undefined) candidate.end = span.end;
        ties.push({ ...record, candidate });
      });
    }
  }
  const waves: Wave[] = [...waveDates].sort().map((date, i) => ({ id: `interview-${i + 1}`, label: `interview ${i + 1}`, date }));
  const alterCount = nodes.length - byEgo.size;
  warnings.push({
    file,
    where: "",
    message: `read as ego-network survey data: ${byEgo.size} ego${byEgo.size === 1 ? "" : "s"}${interviews.length > byEgo.size ? ` in ${interviews.length} interviews (${waves.length} waves)` : ""}, each tied to its alters; ${alterCount} alter${alterCount === 1 ? "" : "s"}, distinct per ego (an alter's id is "<ego>/<alter>")`,
    fix: "Nothing to do, unless the same person appears as an alter of two egos: then give those nodes one id (merge them) after loading",
  });
  const weight = detectWeight(ties.map((r) => r.candidate as Pick<Tie, "attributes">), ties.some((r) => r.places.has("strength")));
  return assembleProject({ file, meta: { title, weight, attributes: {} }, nodes, ties, observations, waves, elsewhere: { meta: "", observations: "", waves: "" } }, problems, warnings, options);
}
