// Checks a candidate project against the schema and the rules the schema cannot express
// (unique ids, ties between existing nodes, no self-loops, end after start), collecting every
// problem with its place in the source file. Every importer passes through here, so the one rule
// for self-loops (left out with a warning, or refused: a setting) is applied here for every format.
import type { z } from "zod";
import type { ImportResult, Problem } from "../io/problems.ts";
import { fieldFix, modelField, type Collection } from "./fields.ts";
import { projectSchema, READABLE_VERSIONS } from "./schema.ts";
import { STRENGTH_WEIGHT, weightWarning } from "./weight.ts";

/** A path into the project, e.g. `["ties", 4, "valence"]`. */
export type ProjectPath = readonly PropertyKey[];

/** Maps a path in the project to a place in the source file (file name, row, column or element). */
export type Locator = (path: ProjectPath) => { file: string; where: string };

/** A locator for a project JSON file: places are JSON paths like `ties[4].valence`. */
export function jsonLocator(file: string): Locator {
  return (path) => ({ file, where: jsonPath(path) });
}

function jsonPath(path: ProjectPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** What to do about the project's own `format` and `version` (the fields of records come from fields.ts). */
const FIX_BY_PROJECT_FIELD: Record<string, string> = {
  format: 'A project file starts with "format": "recovery-networks"',
  version: `This version of the tool reads project format versions ${READABLE_VERSIONS.join(" and ")}`,
};

const COLLECTIONS: ReadonlySet<string> = new Set(["nodes", "ties", "observations", "waves"]);

/** What to do about a bad value at `path`: the field's own advice (its allowed values, bounds …), else a general line. */
function fixFor(path: ProjectPath): string {
  const [collection, index, field] = path;
  const info = COLLECTIONS.has(String(collection)) && typeof index === "number" && typeof field === "string" ? modelField(collection as Collection, field) : undefined;
  const fix = info ? fieldFix(info) : path.length === 1 ? FIX_BY_PROJECT_FIELD[String(collection)] : undefined;
  return fix ?? "Correct the value and load the file again";
}

/** The value at a path in the candidate, for messages that quote what was found. */
function valueAt(candidate: unknown, path: ProjectPath): unknown {
  let value = candidate;
  for (const part of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function zodProblems(error: z.ZodError, locate: Locator, candidate: unknown): Problem[] {
  return error.issues.map((issue) => {
    const place = locate(issue.path);
    const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : "";
    const words = issueWords(issue, valueAt(candidate, issue.path));
    return { ...place, message: field ? `"${field}" ${words}` : words, fix: fixFor(issue.path) };
  });
}

/**
 * What is wrong with a value zod refused, in plain words without the field's name ("is missing",
 * "must be from 1 to 5", `is "x", which is not one of supportive, neutral, risk`); `found` is the
 * value refused. Import puts the field's name in front; editing forms show the words at the field.
 */
export function issueWords(issue: z.ZodError["issues"][number], found: unknown): string {
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && found === undefined) return "is missing";
  // An enum: say what was found and list the choices in plain words, not zod's notation.
  if (issue.code === "invalid_value" && issue.values.length > 1) return `is ${JSON.stringify(found)}, which is not one of ${issue.values.join(", ")}`;
  return issue.message;
}

/** A problem between records, at its path in the project (located in the file later). */
export interface Issue {
  path: ProjectPath;
  message: string;
  fix: string;
}

/** Finds duplicate ids in a collection; reports each repeat at its own place. */
function duplicateIds(items: readonly { id?: string }[], collection: "nodes" | "ties" | "waves", locate: Locator): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (typeof item.id !== "string") return;
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else {
      issues.push({
        path: [collection, i, "id"],
        message: `duplicate id "${item.id}" (first used at ${locate([collection, seen, "id"]).where})`,
        fix: `Give each of the ${collection} its own id`,
      });
    }
  });
  return issues;
}

function intervalProblems(items: readonly { start?: string; end?: string }[], collection: "nodes" | "ties"): Issue[] {
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (item.start !== undefined && item.end !== undefined && item.end <= item.start) {
      issues.push({
        path: [collection, i, "end"],
        message: `end ${item.end} is not after start ${item.start}`,
        fix: "Swap the dates, correct them, or leave end empty if it has not ended",
      });
    }
  });
  return issues;
}

/** A spell as the rules read it; either end may be absent (unbounded). */
interface SpellKeys {
  start?: string;
  end?: string;
}

/**
 * A node's spells: two or more, each ends after it starts, they are in date order with a gap
 * between each and the next (touching or overlapping spells are one period), only
 * the first may have no start and only the last no end, and the node's start and end are their
 * hull (the first start and the last end), so a reader that knows no spells sees the right span.
 */
function spellProblems(nodes: readonly { start?: string; end?: string; spells?: readonly SpellKeys[] }[]): Issue[] {
  const issues: Issue[] = [];
  nodes.forEach((node, i) => {
    const spells = node.spells;
    if (spells === undefined) return;
    if (spells.length < 2) {
      issues.push({
        path: ["nodes", i, "spells"],
        message: spells.length === 0 ? "is an empty list of spells" : "holds one spell; spells are for a node present in several separate periods",
        fix: "Leave spells out and give the node's start and end (it is then present from start to end), or give two or more spells",
      });
      return;
    }
    const n = spells.length;
    spells.forEach((spell, k) => {
      const name = `spell ${k + 1} of ${n}`;
      if (spell.start !== undefined && spell.end !== undefined && spell.end <= spell.start) {
        issues.push({ path: ["nodes", i, "spells", k, "end"], message: `${name} ends on ${spell.end}, not after it starts (${spell.start})`, fix: "Swap the dates or correct them: a spell's end is the first day it no longer holds" });
      }
      if (k > 0 && spell.start === undefined) {
        issues.push({ path: ["nodes", i, "spells", k, "start"], message: `${name} has no start, so it overlaps the spell before it`, fix: "Give the spell its start date (only the first spell may have none)" });
      }
      if (k < n - 1 && spell.end === undefined) {
        issues.push({ path: ["nodes", i, "spells", k, "end"], message: `${name} has no end, so it overlaps the spells after it`, fix: "Give the spell its end date (only the last spell may have none)" });
      }
      const before = spells[k - 1];
      if (k > 0 && spell.start !== undefined && before.end !== undefined && spell.start <= before.end) {
        const unordered = before.start !== undefined && spell.start < before.start;
        const touching = spell.start === before.end;
        issues.push({
          path: ["nodes", i, "spells", k, "start"],
          message: unordered
            ? `${name} starts on ${spell.start}, before the spell before it (${before.start})`
            : touching
              ? `${name} starts on ${spell.start}, the day the spell before it ends, so the two are one period`
              : `${name} starts on ${spell.start}, before the spell before it ends (${before.end})`,
          fix: unordered ? "Put the spells in date order" : "Merge the two spells into one, or correct the dates so that a gap is left between them",
        });
      }
    });
    const first = spells[0].start;
    const last = spells[n - 1].end;
    if (node.start !== first) {
      issues.push({ path: ["nodes", i, "start"], message: `start is ${node.start ?? "empty"}, but the first spell starts ${first === undefined ? "with no date" : `on ${first}`}`, fix: first === undefined ? "Leave start empty: a node with spells starts with its first spell" : `Set start to ${first}: a node with spells starts with its first spell` });
    }
    if (node.end !== last) {
      issues.push({ path: ["nodes", i, "end"], message: `end is ${node.end ?? "empty"}, but the last spell ends ${last === undefined ? "with no date" : `on ${last}`}`, fix: last === undefined ? "Leave end empty: a node with spells ends with its last spell" : `Set end to ${last}: a node with spells ends with its last spell` });
    }
  });
  return issues;
}

/**
 * Node ids that are names of every JavaScript object's own machinery (`constructor`, `toString`,
 * `__proto__` …). Graph libraries keep neighbours in plain objects, where such an id finds the
 * inherited property instead of a neighbour, so they are refused at the door.
 */
export const RESERVED_NODE_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function reservedIds(nodes: readonly { id?: string }[]): Issue[] {
  const issues: Issue[] = [];
  nodes.forEach((node, i) => {
    if (node.id !== undefined && RESERVED_NODE_IDS.has(node.id)) {
      issues.push({
        path: ["nodes", i, "id"],
        message: `"${node.id}" cannot be a node id: it is a reserved name inside the program`,
        fix: `Rename it, for example to "${node.id}_1", in the nodes and in the ties that use it`,
      });
    }
  });
  return issues;
}

/**
 * What the rules between records read: ids, ends, subjects and dates. Any may be absent when the
 * record could not be read in full (a field the schema refused is left out).
 */
export interface RecordKeys {
  nodes: readonly { id?: string; start?: string; end?: string; spells?: readonly SpellKeys[] }[];
  ties: readonly { id?: string; source?: string; target?: string; start?: string; end?: string }[];
  observations: readonly { subject?: string }[];
  waves: readonly { id?: string }[];
}

/**
 * What to do with a tie from a node to itself (a self-nomination): `drop` leaves it out with a
 * warning naming each (the default), `refuse` makes each a located problem.
 */
export type SelfLoopRule = "drop" | "refuse";

/** The fix given with a refused self-loop: says the setting, so the user knows the other way. */
const REFUSED_LOOP_FIX = "Remove the self-tie or correct its target (self-loops are refused by the setting chosen; with the default setting they are left out with a warning)";

/** How many dropped self-loops a warning names one by one before it counts the rest. */
const NAMED_LOOPS = 20;

/**
 * Leaves out the ties of a candidate whose source is their target, with one warning that names
 * each (its source and its place in the file, via `locate`). Returns the candidate without them,
 * the warning (undefined when there were none), and a locator for the shorter candidate (a tie's
 * index there mapped back to its index in the file). Only `ties` is read; anything that is not a
 * tie with string ends is kept for the schema to judge.
 */
export function dropSelfLoops(candidate: unknown, locate: Locator): { candidate: unknown; warning?: Problem; locate: Locator } {
  const ties = candidate !== null && typeof candidate === "object" ? (candidate as Record<string, unknown>).ties : undefined;
  if (!Array.isArray(ties)) return { candidate, locate };
  const isLoop = (t: unknown) => t !== null && typeof t === "object" && typeof (t as { source?: unknown }).source === "string" && (t as { source: string }).source === (t as { target?: unknown }).target;
  const loops: number[] = [];
  const kept: number[] = [];
  ties.forEach((t, i) => (isLoop(t) ? loops : kept).push(i));
  if (loops.length === 0) return { candidate, locate };
  const named = loops.slice(0, NAMED_LOOPS).map((i) => {
    const place = locate(["ties", i, "target"]);
    return `"${(ties[i] as { source: string }).source}" (${place.where || place.file})`;
  });
  const more = loops.length - named.length;
  const first = locate(["ties", loops[0], "target"]);
  const warning: Problem = {
    ...first,
    message: `${loops.length} tie${loops.length === 1 ? " links a node" : "s link a node"} to itself and ${loops.length === 1 ? "was" : "were"} left out: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
    fix: "Nothing to do if these are self-nominations; to refuse such files instead, choose to refuse self-loops (the page's Self-loops setting, or --self-loops refuse)",
  };
  const shifted: Locator = (path) => (path[0] === "ties" && typeof path[1] === "number" && path[1] < kept.length ? locate(["ties", kept[path[1]], ...path.slice(2)]) : locate(path));
  return { candidate: { ...(candidate as Record<string, unknown>), ties: kept.map((i) => ties[i]) }, warning, locate: shifted };
}

/**
 * The rules between records (unique and reserved ids, ties between existing nodes, no self-loops,
 * end after start, spells, observed subjects), each problem at its path in the project. Editing
 * reads the problems of the record it changed from here, so a form says what import would.
 */
export function semanticIssues(project: RecordKeys, locate: Locator): Issue[] {
  const issues = [
    ...reservedIds(project.nodes),
    ...duplicateIds(project.nodes, "nodes", locate),
    ...duplicateIds(project.ties, "ties", locate),
    ...duplicateIds(project.waves, "waves", locate),
    ...intervalProblems(project.nodes, "nodes"),
    ...spellProblems(project.nodes),
    ...intervalProblems(project.ties, "ties"),
  ];
  const nodeIds = new Set(project.nodes.map((n) => n.id));
  project.ties.forEach((tie, i) => {
    const name = tie.id === undefined ? `at ties[${i}]` : `"${tie.id}"`;
    for (const end of ["source", "target"] as const) {
      const id = tie[end];
      if (id !== undefined && !nodeIds.has(id)) {
        issues.push({
          path: ["ties", i, end],
          message: `tie ${name} refers to ${end} node "${id}", which is not in the nodes`,
          fix: "Add that node, or correct the id",
        });
      }
    }
    if (tie.source !== undefined && tie.source === tie.target) {
      issues.push({
        path: ["ties", i, "target"],
        message: `tie ${name} links node "${tie.source}" to itself`,
        fix: REFUSED_LOOP_FIX,
      });
    }
  });
  project.observations.forEach((obs, i) => {
    if (obs.subject !== undefined && !nodeIds.has(obs.subject)) {
      issues.push({
        path: ["observations", i, "subject"],
        message: `observation of "${obs.subject}", which is not in the nodes`,
        fix: "Add that node, or correct the subject id",
      });
    }
  });
  return issues;
}

/** An issue as a problem, at its place in the source file. */
function located(issue: Issue, locate: Locator): Problem {
  return { ...locate(issue.path), message: issue.message, fix: issue.fix };
}

/** The rules between records: ids, references, self-loops, intervals. */
export function semanticProblems(project: RecordKeys, locate: Locator, selfLoops: SelfLoopRule = "drop"): Problem[] {
  const issues = semanticIssues(project, locate);
  // Under `drop`, self-loops are left out (with a warning) before the rules run, never a problem.
  return (selfLoops === "drop" ? issues.filter((issue) => !isLoopIssue(issue, project)) : issues).map((issue) => located(issue, locate));
}

/** Whether an issue is the self-loop rule's (a tie whose target is its source). */
function isLoopIssue(issue: Issue, project: RecordKeys): boolean {
  if (issue.path[0] !== "ties" || issue.path[2] !== "target" || typeof issue.path[1] !== "number") return false;
  const tie = project.ties[issue.path[1]];
  return tie?.source !== undefined && tie.source === tie.target && issue.fix === REFUSED_LOOP_FIX;
}

const KEY_FIELDS = ["id", "source", "target", "subject", "start", "end"] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ids, ends, subjects and dates of a candidate that failed the schema, leaving out every
 * field the schema refused (and dates not in ISO form), so the rules between records can still be
 * checked on the rest and one run reports every problem.
 */
function readableKeys(candidate: unknown, refused: ReadonlySet<string>): RecordKeys {
  const collection = (name: keyof RecordKeys) => {
    const items = candidate !== null && typeof candidate === "object" ? (candidate as Record<string, unknown>)[name] : undefined;
    if (!Array.isArray(items)) return [];
    return items.map((item: unknown, i) => {
      const keys: Record<string, string> = {};
      if (item === null || typeof item !== "object") return keys;
      for (const field of KEY_FIELDS) {
        const value = Object.hasOwn(item, field) ? (item as Record<string, unknown>)[field] : undefined;
        if (typeof value !== "string" || refused.has(`${name}.${i}.${field}`)) continue;
        if ((field === "start" || field === "end") && !ISO_DATE.test(value)) continue;
        keys[field] = value;
      }
      return keys;
    });
  };
  return { nodes: collection("nodes"), ties: collection("ties"), observations: collection("observations"), waves: collection("waves") };
}

const COLLECTION_ORDER = ["format", "version", "meta", "nodes", "ties", "observations", "waves"];

/** Orders paths as the project reads: by collection, then record (within a record, a stable sort keeps the order given). */
function byPlace(a: ProjectPath, b: ProjectPath): number {
  const rank = (p: ProjectPath) => {
    const r = COLLECTION_ORDER.indexOf(String(p[0]));
    return r < 0 ? COLLECTION_ORDER.length : r;
  };
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const ia = typeof a[1] === "number" ? a[1] : -1;
  const ib = typeof b[1] === "number" ? b[1] : -1;
  return ia - ib;
}

/**
 * Validates a candidate project against the schema and the rules between records, in one run:
 * when the schema refuses some fields, the rules are still checked on every field it accepted.
 * Nothing is partially accepted: either the whole project, or every problem found, in the
 * order of the records. Self-loops (`selfLoops`): `drop` (the default) leaves them out first with
 * one warning naming each and where it was (see `dropSelfLoops`); `refuse` reports each as a problem.
 */
export function validateProject(candidate: unknown, locate: Locator, warnings: Problem[] = [], selfLoops: SelfLoopRule = "drop"): ImportResult {
  if (selfLoops === "drop") {
    const dropped = dropSelfLoops(candidate, locate);
    candidate = dropped.candidate;
    locate = dropped.locate;
    if (dropped.warning) warnings = [...warnings, dropped.warning];
  }
  const parsed = projectSchema.safeParse(candidate);
  if (parsed.success) {
    const problems = semanticProblems(parsed.data, locate, selfLoops);
    if (problems.length) return { ok: false, problems };
    // Ties without a numeric weight count 1 in strength: said, never silent.
    const weight = weightWarning(parsed.data);
    if (weight !== undefined) {
      const chosen = parsed.data.meta.weight!;
      const path = chosen === STRENGTH_WEIGHT ? ["ties", weight.index, STRENGTH_WEIGHT] : ["ties", weight.index, "attributes", chosen];
      warnings = [...warnings, { ...locate(path), message: weight.message, fix: weight.fix }];
    }
    return { ok: true, project: parsed.data, warnings };
  }
  const schema = zodProblems(parsed.error, locate, candidate).map((problem, k) => ({ path: parsed.error.issues[k].path, problem }));
  const refused = new Set(parsed.error.issues.map((issue) => issue.path.slice(0, 3).map(String).join(".")));
  const between = semanticIssues(readableKeys(candidate, refused), locate).map((issue) => ({ path: issue.path, problem: located(issue, locate) }));
  // Stable sort: within a record, the schema's problems come first, then the rules between records.
  const problems = [...schema, ...between].sort((a, b) => byPlace(a.path, b.path)).map((p) => p.problem);
  return { ok: false, problems };
}
