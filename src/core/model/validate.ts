// Checks a candidate project against the schema and the rules the schema cannot express
// (unique ids, ties between existing nodes, no self-loops, end after start), collecting every
// problem with its place in the source file.
import type { z } from "zod";
import type { ImportResult, Problem } from "../io/problems.ts";
import { projectSchema, type Project } from "./schema.ts";

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

const FIX_BY_FIELD: Record<string, string> = {
  kind: "Use one of service_user, peer_mentor, family, friend, worker, community_member, group",
  type: "Use one of family, partner, friend, peer_support, mentoring, professional, membership, group_link, other",
  valence: "Use one of supportive, neutral, risk",
  strength: "Give a whole number from 1 (weak) to 5 (strong), or leave it empty for 3",
  use_status: "Use one of active_use, reduced_use, abstinent, in_recovery, unknown, or leave it empty",
  group_type:
    "Use one of mutual_aid, recovery_community, treatment_service, faith, sport, arts, education, employment, volunteering, housing, other",
  start: "Write the date as YYYY-MM-DD or dd/mm/yyyy, or leave it empty",
  end: "Write the date as YYYY-MM-DD or dd/mm/yyyy, or leave it empty",
  date: "Write the date as YYYY-MM-DD or dd/mm/yyyy",
  format: 'A project file starts with "format": "recovery-networks"',
  version: "This version of the tool reads project format version 1",
};

function fixFor(path: ProjectPath): string {
  const field = [...path].reverse().find((p) => typeof p === "string") as string | undefined;
  return (field && FIX_BY_FIELD[field]) || "Correct the value and load the file again";
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
    const found = valueAt(candidate, issue.path);
    let message: string;
    if (issue.code === "invalid_type" && found === undefined) message = `"${field}" is missing`;
    else if (issue.code === "invalid_value" && issue.values.length > 1) {
      // An enum: say what was found and list the choices in plain words, not zod's notation.
      message = `"${field}" is ${JSON.stringify(found)}, which is not one of ${issue.values.join(", ")}`;
    } else message = `${field ? `"${field}" ` : ""}${issue.message}`;
    return { ...place, message, fix: fixFor(issue.path) };
  });
}

/** Finds duplicate ids in a collection; reports each repeat at its own place. */
function duplicateIds(
  items: readonly { id: string }[],
  collection: "nodes" | "ties" | "waves",
  locate: Locator,
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else {
      const firstPlace = locate([collection, seen, "id"]).where;
      problems.push({
        ...locate([collection, i, "id"]),
        message: `duplicate id "${item.id}" (first used at ${firstPlace})`,
        fix: `Give each of the ${collection} its own id`,
      });
    }
  });
  return problems;
}

function intervalProblems(
  items: readonly { start?: string; end?: string }[],
  collection: "nodes" | "ties",
  locate: Locator,
): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    if (item.start !== undefined && item.end !== undefined && item.end <= item.start) {
      problems.push({
        ...locate([collection, i, "end"]),
        message: `end ${item.end} is not after start ${item.start}`,
        fix: "Swap the dates, correct them, or leave end empty if it has not ended",
      });
    }
  });
  return problems;
}

/**
 * Node ids that are names of every JavaScript object's own machinery (`constructor`, `toString`,
 * `__proto__` …). Graph libraries keep neighbours in plain objects, where such an id finds the
 * inherited property instead of a neighbour, so they are refused at the door.
 */
export const RESERVED_NODE_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function reservedIds(nodes: readonly { id: string }[], locate: Locator): Problem[] {
  const problems: Problem[] = [];
  nodes.forEach((node, i) => {
    if (RESERVED_NODE_IDS.has(node.id)) {
      problems.push({
        ...locate(["nodes", i, "id"]),
        message: `"${node.id}" cannot be a node id: it is a reserved name inside the program`,
        fix: `Rename it, for example to "${node.id}_1", in the nodes and in the ties that use it`,
      });
    }
  });
  return problems;
}

/** The rules between records: ids, references, self-loops, intervals. */
export function semanticProblems(project: Project, locate: Locator): Problem[] {
  const problems = [
    ...reservedIds(project.nodes, locate),
    ...duplicateIds(project.nodes, "nodes", locate),
    ...duplicateIds(project.ties, "ties", locate),
    ...duplicateIds(project.waves, "waves", locate),
    ...intervalProblems(project.nodes, "nodes", locate),
    ...intervalProblems(project.ties, "ties", locate),
  ];
  const nodeIds = new Set(project.nodes.map((n) => n.id));
  project.ties.forEach((tie, i) => {
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(tie[end])) {
        problems.push({
          ...locate(["ties", i, end]),
          message: `tie "${tie.id}" refers to ${end} node "${tie[end]}", which is not in the nodes`,
          fix: "Add that node, or correct the id",
        });
      }
    }
    if (tie.source === tie.target) {
      problems.push({
        ...locate(["ties", i, "target"]),
        message: `tie "${tie.id}" links node "${tie.source}" to itself`,
        fix: "Remove the self-tie or correct its target",
      });
    }
  });
  project.observations.forEach((obs, i) => {
    if (!nodeIds.has(obs.subject)) {
      problems.push({
        ...locate(["observations", i, "subject"]),
        message: `observation of "${obs.subject}", which is not in the nodes`,
        fix: "Add that node, or correct the subject id",
      });
    }
  });
  return problems;
}

/**
 * Validates a candidate project: the schema first (every issue), then the rules between records.
 * Nothing is partially accepted: either the whole project, or every problem found.
 */
export function validateProject(candidate: unknown, locate: Locator, warnings: Problem[] = []): ImportResult {
  const parsed = projectSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, locate, candidate) };
  const problems = semanticProblems(parsed.data, locate);
  if (problems.length) return { ok: false, problems };
  return { ok: true, project: parsed.data, warnings };
}
