// Imports UCINET DL files (`.dl`, `.txt`): a one-mode network as a full matrix (the default
// format), an edge list (`format = edgelist1`) or a node list (`format = nodelist1`), with labels
// given after `labels:`, embedded in the data (`labels embedded`), or absent (the nodes are then
// numbered 1…n). Two-mode data and several matrices in one file are refused with what to do.
import type { ImportOptions, InputFile } from "../files.ts";
import type { ImportResult, Problem } from "../problems.ts";
import { projectFromMatrix } from "../matrix/matrix.ts";

/** A token of the data part, with its line. */
interface Token {
  text: string;
  line: number;
}

/** Splits text into tokens at spaces and commas; "quoted labels" stay one token. */
function tokens(text: string, firstLine: number): Token[] {
  const out: Token[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    const re = /"([^"]*)"|'([^']*)'|([^\s,]+)/g;
    for (let m = re.exec(lineText); m !== null; m = re.exec(lineText)) out.push({ text: m[1] ?? m[2] ?? m[3], line: firstLine + i });
  });
  return out;
}

/** True when the text starts as a DL file does: `dl` then a space or a keyword. */
export function isUcinetDl(text: string): boolean {
  return /^\s*dl\b/i.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Imports one UCINET DL file. Refuses, with its line: no `n =`, two-mode data (`nr`/`nc`,
 * edgelist2, nodelist2), several matrices (`nm` above 1), unknown formats, values that are not
 * numbers, and nodes out of range.
 */
export function importUcinet(file: InputFile, options: ImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const fail = (where: string, message: string, fix: string): ImportResult => ({ ok: false, problems: [{ file: file.name, where, message, fix }] });
  const text = file.text.replace(/^\uFEFF/, "");
  if (!isUcinetDl(text)) return fail("line 1", "is not a UCINET DL file: it does not start with DL", "Give a DL file as UCINET writes it (DL N=… then DATA:), or give the file its own format's extension");
  const dataMatch = /^\s*data\s*:/im.exec(text);
  if (dataMatch === null) return fail("", "has no DATA: line", "Write DATA: on the line before the ties");
  const head = text.slice(0, dataMatch.index);
  const lineAt = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  const dataLine = lineAt(dataMatch.index);
  const body = text.slice(dataMatch.index + dataMatch[0].length);
  const setting = (name: string) => new RegExp(`\\b${name}\\s*=\\s*([\\w.]+)`, "i").exec(head)?.[1];
  if (setting("nr") !== undefined || setting("nc") !== undefined) return fail("line 1", "is two-mode data (NR and NC: rows and columns are different sets)", "Give a one-mode network (N = …); for people and the groups they belong to, save the memberships as an edge list and load it as ties to group nodes");
  const nm = setting("nm");
  if (nm !== undefined && Number(nm) > 1) return fail("line 1", `holds ${nm} matrices (NM = ${nm}); a project is one network`, "Save each relation as its own DL file and load one, or load them as waves of one network");
  const n = Number(setting("n"));
  if (!Number.isInteger(n) || n < 1) return fail("line 1", "does not say how many nodes it has (N = …)", "Write the number of nodes after DL, e.g. DL N=12");
  const format = (setting("format") ?? "fullmatrix").toLowerCase().replace(/^full$/, "fullmatrix");
  if (!["fullmatrix", "edgelist1", "nodelist1"].includes(format)) {
    return fail("line 1", `format "${format}" is not one this tool reads`, "Save the data as FORMAT = FULLMATRIX, EDGELIST1 or NODELIST1 (one-mode)");
  }
  const embedded = /\blabels\s+embedded\b/i.test(head);
  const labelsMatch = /^\s*(?:row\s+)?labels\s*:\s*$/im.exec(head) ?? /^\s*(?:row\s+)?labels\s*:/im.exec(head);
  let labels: string[] | undefined;
  if (labelsMatch !== null) {
    const after = head.slice(labelsMatch.index + labelsMatch[0].length);
    const end = /^\s*(column\s+labels|labels\s+embedded|format|diagonal)\b/im.exec(after);
    labels = tokens(end ? after.slice(0, end.index) : after, lineAt(labelsMatch.index)).map((t) => t.text);
    if (labels.length !== n) return fail(`line ${lineAt(labelsMatch.index)}`, `gives ${labels.length} labels for N = ${n} nodes`, "Give one label per node");
  }
  const title = file.name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "");
  const data = tokens(body, dataLine);
  const cells = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const rowWhere: string[] = Array.from({ length: n }, () => `line ${dataLine}`);
  const numberOf = (t: Token): number | undefined => {
    const v = Number(t.text);
    if (Number.isFinite(v)) return v;
    problems.push({ file: file.name, where: `line ${t.line}`, message: `"${t.text}" is not a number`, fix: "Write tie values as numbers" });
    return undefined;
  };
  if (format === "fullmatrix") {
    let k = 0;
    if (embedded) {
      const header = data.slice(0, n).map((t) => t.text);
      labels ??= header;
      k = n;
    }
    for (let i = 0; i < n; i++) {
      if (embedded) k++; // the row's own label
      for (let j = 0; j < n; j++, k++) {
        const t = data[k];
        if (t === undefined) return fail(`line ${data[data.length - 1]?.line ?? dataLine}`, `the matrix ends after ${i} rows and ${j} values of the next; N = ${n} needs ${n} × ${n} values`, "Give every row its N values");
        if (j === 0) rowWhere[i] = `line ${t.line}`;
        const v = numberOf(t);
        if (v !== undefined) cells[i][j] = v;
      }
    }
    if (k < data.length) warnings.push({ file: file.name, where: `line ${data[k].line}`, message: `${data.length - k} values after the ${n} × ${n} matrix were left out`, fix: "Check N, or remove what follows the matrix" });
  } else {
    // Edge and node lists: one tie per line; with embedded labels the nodes are named, else numbered.
    const names = labels ?? [];
    const index = (t: Token): number | undefined => {
      if (embedded) {
        let i = names.indexOf(t.text);
        if (i < 0 && names.length < n) i = names.push(t.text) - 1;
        if (i < 0) problems.push({ file: file.name, where: `line ${t.line}`, message: `"${t.text}" is one more label than N = ${n}`, fix: "Correct N or the label" });
        return i < 0 ? undefined : i;
      }
      const v = Number(t.text);
      if (Number.isInteger(v) && v >= 1 && v <= n) return v - 1;
      problems.push({ file: file.name, where: `line ${t.line}`, message: `"${t.text}" is not a node number from 1 to ${n}`, fix: embedded ? "Correct the label" : "Write node numbers from 1 to N, or say LABELS EMBEDDED to use names" });
      return undefined;
    };
    const byLine = new Map<number, Token[]>();
    for (const t of data) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
    for (const [line, row] of byLine) {
      const from = index(row[0]);
      if (format === "edgelist1") {
        const to = row[1] === undefined ? undefined : index(row[1]);
        if (row[1] === undefined) problems.push({ file: file.name, where: `line ${line}`, message: "has one node and no second", fix: "Write each tie as two nodes and an optional value" });
        const v = row[2] === undefined ? 1 : numberOf(row[2]);
        if (from !== undefined && to !== undefined && v !== undefined) cells[from][to] = v;
      } else {
        for (const t of row.slice(1)) {
          const to = index(t);
          if (from !== undefined && to !== undefined) cells[from][to] = 1;
        }
      }
    }
    if (embedded && names.length < n) for (let i = names.length; i < n; i++) names.push(String(i + 1));
    labels = names.length === n ? names : labels;
  }
  if (problems.length > 0) return { ok: false, problems };
  const ids = labels ?? Array.from({ length: n }, (_, i) => String(i + 1));
  return projectFromMatrix({ file: file.name, title, labels: ids, cells, rowWhere }, options, problems, warnings);
}
