// What "Export network…" saves: the project in a format through the core exporter, pseudonymised
// when asked, as named files (CSV is several), with the line the header shows afterwards, or
// the reason nothing was saved when the exporter fails.
import type { FileFormat } from "../../core/io/files.ts";
import type { Project } from "../../core/model/schema.ts";
import { describeDropped, pseudonymise } from "../../core/privacy/pseudonymise.ts";

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

/**
 * The files for exporting `project` as `format`. With `pseudonymised`, the project goes through
 * `pseudonymise` first and the message says what was left out. Several files (CSV) are named
 * `<stem>-nodes.csv` and so on; one file is `<stem>.<extension>`.
 */
export function networkFiles(project: Project, format: FileFormat, pseudonymised: boolean, exporter: Exporter): NetworkFiles {
  const prepared = pseudonymised ? pseudonymise(project) : undefined;
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
    return { name, text: file.text, type: MEDIA_TYPES[format] };
  });
  const saved = files.length > 1 ? `Saved ${files.length} files (${raw.map((f) => f.name).join(", ")})` : `Saved ${files[0]?.name}`;
  const dropped = prepared && prepared.dropped.length > 0 ? `; left out ${prepared.dropped.map(describeDropped).join(", ")}` : "";
  return { files, message: `${saved}${prepared ? ", names replaced by pseudonyms" : ""}${dropped}` };
}
