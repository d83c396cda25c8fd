// What importers take and exporters give: named texts, so the same code serves the CLI
// (files read from disk), the page (File objects read in the browser) and the tests.
import type { NodeKind } from "../model/vocabulary.ts";
import type { Problem } from "./problems.ts";
import type { ColumnMapping } from "./mapping/mapping.ts";

/** A file by its name (used in every problem message) and its text. */
export interface InputFile {
  name: string;
  text: string;
  /** What reading its bytes found (the encoding assumed, unreadable characters): reported with the import's warnings. */
  warnings?: Problem[];
}

/** The file formats the tool reads and writes. */
export const FILE_FORMATS = ["json", "csv", "gexf", "graphml", "pajek"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The formats the tool reads: those it writes, and UCINET DL, which it only reads. */
export type InputFormat = FileFormat | "ucinet";

/** How generic graphs (no `kind` etc.) map onto the recovery model. */
export interface ImportOptions {
  /** The kind for nodes whose kind is missing or not one of the model's kinds. Default `community_member`. */
  defaultKind?: NodeKind;
  /** Which node attribute holds the kind, when it is not `kind`. */
  kindAttribute?: string;
  /** Maps values of the kind attribute onto kinds, e.g. `{ "client": "service_user" }`. */
  kindMap?: Record<string, NodeKind>;
  /** Which columns hold which fields when the headers are not the model's names (CSV and .xlsx). */
  mapping?: ColumnMapping;
  /**
   * A tie from a node to itself (a self-nomination), in any format (CSV, .xlsx, JSON, GEXF,
   * GraphML, Pajek, UCINET DL, matrices, ego data): `drop` (the default) leaves it out with one
   * warning naming each and where it was; `refuse` makes each a located problem. Applied in one
   * place, `validateProject`, which every importer calls.
   */
  selfLoops?: "drop" | "refuse";
  /**
   * Which `<graph>` to read from a GraphML file holding several that are not interviews: its `id`,
   * or its number counting from 1 in the file's order (`"2"`). Without it such a file is refused
   * with a problem listing the graphs.
   */
  graph?: string;
}

/** Choices that only some formats take; the others ignore them. */
export interface ExportOptions {
  /** The GEXF version: 1.3 (the default; Gephi 0.10, networkx 3) or 1.2draft, the only one networkx 2.8 reads. */
  gexfVersion?: "1.3" | "1.2draft";
}
