// How an encrypted project file is recognised, without decrypting it. The core cannot decrypt
// (the key comes from a passphrase typed in the page, see src/storage/crypto.ts), but the command
// line and the importer must say plainly that a file is encrypted instead of "not a project".

/** The `format` field of an encrypted value (a SealedBox, src/storage/crypto.ts). */
export const SEALED_FORMAT = "recovery-networks-sealed";

/** True when `value` is an object whose `format` is `SEALED_FORMAT`, valid box or not. */
export function looksSealed(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as { format?: unknown }).format === SEALED_FORMAT;
}

/**
 * True when `text` is JSON of a sealed value (a leading byte-order mark and white space are allowed).
 * Cheap on any text: only text that starts with "{" and names the format is parsed.
 */
export function isSealedText(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trimStart().startsWith("{") || !body.includes(SEALED_FORMAT)) return false;
  try {
    return looksSealed(JSON.parse(body));
  } catch {
    return false;
  }
}
