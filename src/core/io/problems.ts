// What an importer reports: every problem it finds, each with where it is and what to do.
import type { Project } from "../model/schema.ts";

/** One thing wrong with an input file. */
export interface Problem {
  /** The file's name as the user gave it, e.g. `ties.csv`. */
  file: string;
  /** Where in the file: `row 12, column "valence"`, `<edge id="e3">`, `nodes[4].kind`. Empty for the whole file. */
  where: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** The outcome of an import: all or nothing. */
export type ImportResult =
  | { ok: true; project: Project; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings?: Problem[] };

/** One problem as a single line: `ties.csv, row 12, column "valence": … Fix: …`. */
export function formatProblem(p: Problem): string {
  const place = p.where ? `${p.file}, ${p.where}` : p.file;
  return `${place}: ${p.message}. ${p.fix}`;
}

/** Thrown by callers that prefer exceptions to results; carries every problem. */
export class ImportError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ImportError";
    this.problems = problems;
  }
}

/** Returns the project of a successful import, or throws an `ImportError` with every problem. */
export function unwrap(result: ImportResult): Project {
  if (!result.ok) throw new ImportError(result.problems);
  return result.project;
}
