// What "Export network…" saves: the project in a format through the core exporter, pseudonymised
// when asked, as named files (CSV is several), with the line the header shows afterwards, or
// the reason nothing was saved when the exporter fails. A pseudonymised export says it is still
// personal data: in its meta (JSON, GEXF, GraphML), as a `%` comment (Pajek), or in a notice file
// beside the tables (CSV has no place for it).
import type { FileFormat } from "../../core/io/files.ts";
import type { Project } from "../../core/model/schema.ts";
import { PSEUDONYMISED_NOTICE } from "../../core/privacy/notice.ts";
import { describeDropped, pseudonymise, type Pseudonymised } from "../../core/privacy/pseudonymise.ts";

/** What the export menu calls each format. */
export const FORMAT_NAMES: Record<FileFormat, string> = {
  json: "Project JSON",
  csv: "CSV files",
  gexf: "GEXF (Gephi)",
  graphml: "GraphML (networkx, igraph)",
  pajek: "Pajek .net (UCINET, igraph)",
};

/** The menu's second GEXF choice: GEXF 1.2draft, for networkx 2, which cannot read 1.3. */
export const GEXF_1_2 = { value: "gexf-1.2", name: "GEXF 1.2 (networkx 2)", options: { gexfVersion: "1.2draft" } } as const;

const MEDIA_TYPES: Record<FileFormat, string> = {
  json: "application/json",
  csv: "text/csv",
  gexf: "application/xml",
  graphml: "application/xml",
  pajek: "text/plain",
};

/** One file to download. */
export interface DownloadFile {
  name: string;
  text: string;
  type: string;
}

/** The files to save and what to say, or (`files` empty) why nothing can be saved. */
export interface NetworkFiles {
  files: DownloadFile[];
  /** For the status line: "Saved 4 files (…)", or "Could not export as GEXF (Gephi): …". */
  message: string;
}

/** The core exporter's shape (`exportProject` in `src/core/io/load.ts`): it may throw. */
export type Exporter = (project: Project, format: FileFormat) => unknown;

/** A file-name stem from the project title: "Kent pilot (pseudonymised)" → `kent-pilot-pseudonymised`. */
export function fileStem(title: string): string {
  return title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
}

/** The notice file of a pseudonymised CSV export: the notice, what was left out and the warnings. */
function noticeText(prepared: Pseudonymised): string {
  const lines = [PSEUDONYMISED_NOTICE, ""];
  if (prepared.shiftDays !== 0) lines.push("Every date is shifted by the same whole number of days.");
  if (prepared.dropped.length > 0) lines.push(`Left out: ${prepared.dropped.map(describeDropped).join("; ")}.`);
  lines.push(...prepared.warnings.map((w) => `Warning: ${w}`));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * The files for exporting `project` as `format`. With `pseudonymised` (true, or the
 * pseudonymisation made for this export by src/ui/export/pseudonymousExport.ts), the project
 * goes through `pseudonymise` first, every file says it is still personal data, and the message
 * says what was left out and warns of people unique by their number of ties. Several files (CSV)
 * are named `<stem>-nodes.csv` and so on; one file is `<stem>.<extension>`.
 */
export function networkFiles(project: Project, format: FileFormat, pseudonymised: boolean | Pseudonymised, exporter: Exporter): NetworkFiles {
  const prepared = pseudonymised === true ? pseudonymise(project) : pseudonymised === false ? undefined : pseudonymised;
  const exported = prepared?.project ?? project;
  const stem = fileStem(exported.meta.title);
  let out: unknown;
  try {
    out = exporter(exported, format);
  } catch (error) {
    return { files: [], message: `Could not export as ${FORMAT_NAMES[format]}: ${(error as Error).message}. Nothing was saved.` };
  }
  const raw: { name: string; text: string }[] =
    typeof out === "string" ? [{ name: `${stem}.${format}`, text: out }] : Array.isArray(out) ? out : [out as { name: string; text: string }];
  const files = raw.map((file) => {
    const dot = file.name.lastIndexOf(".");
    const name = raw.length > 1 ? `${stem}-${file.name}` : dot > 0 ? `${stem}${file.name.slice(dot)}` : `${stem}.${format}`;
    const text = prepared && format === "pajek" ? `% ${PSEUDONYMISED_NOTICE}\r\n${file.text}` : file.text;
    return { name, text, type: MEDIA_TYPES[format] };
  });
  if (prepared && format === "csv") files.push({ name: `${stem}-notice.txt`, text: noticeText(prepared), type: "text/plain" });
  const saved = files.length > 1 ? `Saved ${files.length} files (${files.map((f) => f.name.slice(stem.length + 1)).join(", ")})` : `Saved ${files[0]?.name}`;
  const dropped = prepared && prepared.dropped.length > 0 ? `; left out ${prepared.dropped.map(describeDropped).join(", ")}` : "";
  const shifted = prepared && prepared.shiftDays !== 0 ? ", dates shifted" : "";
  const warnings = prepared ? prepared.warnings.map((w) => `. Warning: ${w.replace(/\.$/, "")}`).join("") : "";
  return { files, message: `${saved}${prepared ? ", names replaced by pseudonyms" : ""}${shifted}${dropped}${warnings}` };
}
