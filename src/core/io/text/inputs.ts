// Files as bytes (from disk or from the page's File objects) to the named texts the importers
// take: text files decoded by `decodeInput`, Excel workbooks turned into one CSV text per sheet.
// The page and the command line both call `readRawFiles`, so they open the same project.
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";
import { decodeInput } from "./decode.ts";

/** A file as its name (the path as the user gave it) and its bytes. */
export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

/** True for an Excel workbook (`.xlsx`, any case). */
export function isWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/**
 * Reads each file: a `.xlsx` workbook as CSV texts, one per sheet (see `readWorkbook`), anything
 * else decoded as text (`decodeInput`). Never throws: what cannot be read is a problem, with the
 * file's name. The order of the files is kept.
 */
export async function readRawFiles(raw: readonly RawFile[]): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  for (const file of raw) {
    if (isWorkbook(file.name)) {
      const { readWorkbook } = await import("../xlsx/workbook.ts");
      const read = await readWorkbook(file.name, file.bytes);
      if ("problem" in read) problems.push(read.problem);
      else files.push(...read.files);
      continue;
    }
    const read = decodeInput(file.name, file.bytes);
    if ("problem" in read) problems.push(read.problem);
    else files.push(read.file);
  }
  return { files, problems };
}
