// Bytes to text, the one way both the page and the command line do it: UTF-8 with or without a
// byte-order mark, UTF-16 LE/BE by its byte-order mark, an XML file by its declaration, and
// Windows-1252 when the bytes are not valid UTF-8 (Excel's "CSV" in western locales), said in a
// warning. A replacement character (U+FFFD) in the text is always reported, never stored silently.
import type { InputFile } from "../files.ts";
import type { Problem } from "../problems.ts";

/** The encodings `decodeBytes` names in its result (WHATWG labels). */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | string;

/** The text of a file, the encoding it was read in, and what the reader should know about it. */
export type Decoded =
  | { ok: true; text: string; encoding: Encoding; warnings: Problem[] }
  | { ok: false; problem: Problem };

const XML_DECLARATION = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lower case; undefined when none. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding: read the first bytes as Latin-1.
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]);
  return XML_DECLARATION.exec(head)?.[1].toLowerCase();
}

/** True when the bytes look like UTF-16 without a byte-order mark: every other byte zero in the first ones. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.9 && oddZero === 0) return "utf-16be";
  return undefined;
}

const NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Western European)",
};

/** The decoder for a label, or undefined when this runtime does not know the encoding. */
function decoder(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file's bytes to text. Order: a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE) decides;
 * then an XML declaration's `encoding` (any the runtime's TextDecoder knows; ISO-8859-1 is read
 * as Windows-1252, its superset, as the WHATWG Encoding Standard does); then UTF-16 without a mark
 * when every other byte is zero; then UTF-8 if the bytes are valid UTF-8; else Windows-1252, with
 * a warning naming it. The byte-order mark is not part of the text.
 * Warnings: an encoding other than UTF-8 that was assumed (not stated by a mark or declaration);
 * each line holding U+FFFD (a character that could not be read), by line number.
 * Errors: an XML declaration naming an encoding the runtime cannot decode (returned, not thrown).
 * @param name the file's name as the user gave it, used in every message
 */
export function decodeBytes(name: string, bytes: Uint8Array): Decoded {
  const warnings: Problem[] = [];
  const done = (text: string, encoding: Encoding): Decoded => {
    replacementWarnings(name, text, encoding, warnings);
    return { ok: true, text, encoding, warnings };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(new TextDecoder("utf-8").decode(bytes.subarray(3)), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  const declared = declaredXmlEncoding(bytes);
  if (declared !== undefined && declared !== "utf-8" && declared !== "utf8") {
    const d = decoder(declared, false);
    if (d === undefined) {
      return {
        ok: false,
        problem: { file: name, where: "line 1", message: `declares the encoding "${declared}", which this tool cannot read`, fix: 'Save the file as UTF-8 and write encoding="UTF-8" in its first line' },
      };
    }
    return done(d.decode(bytes), d.encoding);
  }
  const wide = utf16WithoutBom(bytes);
  if (wide !== undefined) {
    warnings.push({ file: name, where: "", message: `has no byte-order mark but reads as ${NAMES[wide]} (every other byte is zero), so it was read as that`, fix: "If the text looks wrong, save the file as UTF-8" });
    return done(new TextDecoder(wide).decode(bytes), wide);
  }
  try {
    return done(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    const at = firstInvalidUtf8(bytes);
    const xml = isXml(name, bytes);
    warnings.push({
      file: name,
      where: at.line > 0 ? `line ${at.line}` : "",
      message: `is not UTF-8${declared === undefined ? "" : " although its declaration says so"}, so it was read as ${NAMES["windows-1252"]}, ${xml ? "the usual encoding of Windows programs in western locales" : 'the encoding Excel uses for "CSV" in western locales'}`,
      fix: xml
        ? 'Check the names with accents (é, ø, £) read right; to be sure, save the file as UTF-8, or write its encoding in the first line (<?xml version="1.0" encoding="windows-1252"?>)'
        : 'Check the names with accents (é, ø, £) read right; to be sure, save the file as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)")',
    });
    return done(new TextDecoder("windows-1252").decode(bytes), "windows-1252");
  }
}

/** True for an XML file: by its extension, or by starting with `<`. */
function isXml(name: string, bytes: Uint8Array): boolean {
  return /\.(gexf|graphml|xml)$/i.test(name) || bytes[0] === 0x3c;
}

/** The line (1-based) of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number } {
  let line = 1;
  let i = 0;
  const strict = new TextDecoder("utf-8", { fatal: true });
  // Decode line by line: the first line that fails is the place.
  while (i <= bytes.length) {
    let j = bytes.indexOf(0x0a, i);
    if (j < 0) j = bytes.length;
    try {
      strict.decode(bytes.subarray(i, j));
    } catch {
      return { line };
    }
    line++;
    i = j + 1;
  }
  return { line: 0 };
}

/** Adds one warning per line that holds U+FFFD (the first five lines, then a count). */
function replacementWarnings(name: string, text: string, encoding: Encoding, warnings: Problem[]): void {
  if (!text.includes("\uFFFD")) return;
  const lines = text.split(/\r\n|\r|\n/);
  const bad = lines.flatMap((l, k) => (l.includes("\uFFFD") ? [k + 1] : []));
  warnings.push({
    file: name,
    where: `line${bad.length > 1 ? "s" : ""} ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ` and ${bad.length - 5} more` : ""}`,
    message: `holds the replacement character "\uFFFD" (read as ${NAMES[encoding] ?? encoding}): a character there was already lost before this file was saved, or the file is in another encoding`,
    fix: "Correct those characters in the file, or save it again as UTF-8 from the program that wrote it",
  });
}

/**
 * A file's bytes as the named text the importers take, with the decoding's warnings attached
 * (`InputFile.warnings`; `loadProject` reports them with the import's), or the problem that
 * stopped it. The page (`src/ui/open/openFiles.ts`) and the command line (`src/cli/readInputs.ts`)
 * both read files through this, so they give the same project.
 */
export function decodeInput(name: string, bytes: Uint8Array): { file: InputFile } | { problem: Problem } {
  const decoded = decodeBytes(name, bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  return { file: decoded.warnings.length > 0 ? { name, text: decoded.text, warnings: decoded.warnings } : { name, text: decoded.text } };
}
