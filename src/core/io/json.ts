// Project JSON (`{"format":"recovery-networks","version":2,…}`): import with every problem placed
// at its JSON path (or, for broken JSON, its line and column), and export with a stable key order.
import { metaSchema, migrateProject, nodeSchema, observationSchema, PROJECT_FORMAT, PROJECT_VERSION, READABLE_VERSIONS, tieSchema, waveSchema, type Project } from "../model/schema.ts";
import { jsonLocator, validateProject } from "../model/validate.ts";
import type { ImportOptions, InputFile } from "./files.ts";
import type { ImportResult, Problem } from "./problems.ts";
import { SEALED_FORMAT } from "./sealedFormat.ts";

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the first JSON syntax error: its offset and what was found there. JSON.parse's messages
 * differ between engines and some carry no position, so the place is found by this small scanner.
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (expected: string): never => {
    const found = i >= text.length ? "the end of the file" : `"${text[i]}"`;
    throw { offset: i, message: `expected ${expected} but found ${found}` };
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail("a value (object, array, text in double quotes, number, true, false or null)");
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a closing "');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail("no line break or control character inside text (write \\n)");
      if (c === 0x5c) {
        i++;
        if (text[i] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail("a valid escape after \\");
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail("a value (object, array, text in double quotes, number, true, false or null)");
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ":") fail('":" after the property name');
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail("nothing after the end of the project");
    return undefined;
  } catch (error) {
    return error as { offset: number; message: string };
  }
}

/** Every `__proto__` key in the parsed document: JSON.parse keeps them as plain keys, but later copies would not. */
function protoKeys(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => protoKeys(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === "__proto__") out.push(at);
      protoKeys((value as Record<string, unknown>)[key], at, out);
    }
  }
}

/**
 * Imports a project JSON file, reporting every problem (syntax, format, version, schema,
 * references). A version 1 file is migrated (`migrateProject`: its weight is `strength`).
 * Self-loops follow `options.selfLoops` (left out with a warning by default).
 */
export function importJson(file: InputFile, options: ImportOptions = {}): ImportResult {
  const problem = (where: string, message: string, fix: string): ImportResult => ({ ok: false, problems: [{ file: file.name, where, message, fix }] });
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  if (text.trim() === "") return problem("", "the file is empty", "Open a project file saved by Recovery Networks, or export one again");
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    const found = jsonSyntaxError(text);
    if (found === undefined) return problem("", `is not valid JSON (${(error as Error).message})`, "Check the file was saved as JSON");
    const { line, column } = lineAndColumn(text, found.offset);
    return problem(`line ${line}, column ${column}`, `is not valid JSON: ${found.message}`, "Correct the JSON there (a missing comma or quote is the usual cause), or export the project again");
  }
  if (candidate === null || typeof candidate !== "object" || Array.isArray(candidate)) {
    return problem("", "is JSON but not a project (a project is an object with format, nodes and ties)", `Open a file that starts with {"format": "${PROJECT_FORMAT}", …}`);
  }
  const record = candidate as Record<string, unknown>;
  if (record.format === SEALED_FORMAT) {
    return problem("", "this project is encrypted; open it in the page with its passphrase", "Open it with Open files… in the page and type its passphrase; the command line does not decrypt");
  }
  if (record.format !== PROJECT_FORMAT) {
    const found = record.format === undefined ? "has no format field" : `has format ${JSON.stringify(record.format)}`;
    return problem("format", `${found}, so it is not a Recovery Networks project`, `A project file starts with {"format": "${PROJECT_FORMAT}", "version": ${PROJECT_VERSION}, …}; for other graphs use CSV, GEXF or GraphML`);
  }
  if (typeof record.version !== "number" || !READABLE_VERSIONS.includes(record.version)) {
    const newer = typeof record.version === "number" && record.version > PROJECT_VERSION;
    return problem(
      "version",
      `is project format version ${JSON.stringify(record.version ?? null)}, and this tool reads versions ${READABLE_VERSIONS.slice(0, -1).join(", ")} and ${READABLE_VERSIONS[READABLE_VERSIONS.length - 1]}`,
      newer ? "Open it with a newer version of Recovery Networks" : `Set "version": ${PROJECT_VERSION}`,
    );
  }
  const proto: string[] = [];
  protoKeys(candidate, "", proto);
  const result = validateProject(migrateProject(record), jsonLocator(file.name), [], options.selfLoops);
  const protoProblems: Problem[] = proto.map((where) => ({
    file: file.name,
    where,
    message: `"__proto__" cannot be a key (it would reach into the program's objects)`,
    fix: "Rename that attribute",
  }));
  if (protoProblems.length === 0) return result;
  return { ok: false, problems: [...protoProblems, ...(result.ok ? [] : result.problems)] };
}

/** Object keys in the order the schema lists them, then any others in their own order. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of order) if ((value as Record<string, unknown>)[key] !== undefined) out[key] = (value as Record<string, unknown>)[key];
  for (const [key, v] of Object.entries(value)) if (!Object.hasOwn(out, key) && v !== undefined) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out as T;
}

// Each record's keys in the schema's order.
const META_ORDER = Object.keys(metaSchema.shape);
const NODE_ORDER = Object.keys(nodeSchema.shape);
const TIE_ORDER = Object.keys(tieSchema.shape);
const OBSERVATION_ORDER = Object.keys(observationSchema.shape);
const WAVE_ORDER = Object.keys(waveSchema.shape);

/** The project as pretty JSON with a stable key order (the same project always gives the same text). */
export function exportJson(project: Project, name = "project.json"): InputFile {
  const out = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    meta: ordered(project.meta, META_ORDER),
    nodes: project.nodes.map((n) => ordered(n, NODE_ORDER)),
    ties: project.ties.map((t) => ordered(t, TIE_ORDER)),
    observations: project.observations.map((o) => ordered(o, OBSERVATION_ORDER)),
    waves: project.waves.map((w) => ordered(w, WAVE_ORDER)),
  };
  return { name, text: `${JSON.stringify(out, null, 2)}\n` };
}
