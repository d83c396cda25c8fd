// Encrypted project files, for moving a project between devices: the project JSON (as the JSON
// export writes it) sealed under a passphrase into a SealedBox, written as JSON. Nothing of the
// project is in clear in the file, not even its title.
import { isSealedText } from "../core/io/sealedFormat.ts";
import { keyForBox, seal, sealedBoxSchema, sealingKey, unseal, type SealedBox } from "./crypto.ts";

export { isSealedText };

/**
 * The text of an encrypted project file: `projectJson` (the text of a project JSON file) parsed and
 * sealed with a key derived from `passphrase` (fresh salt, PBKDF2_ITERATIONS), as pretty JSON. The
 * sealed plaintext is the project JSON itself, so whoever holds the passphrase can decrypt the file
 * with any AES-GCM tool and read an ordinary project file.
 * @throws Error when `projectJson` is not JSON, or the passphrase is empty.
 */
export async function sealProjectText(projectJson: string, passphrase: string): Promise<string> {
  let value: unknown;
  try {
    value = JSON.parse(projectJson);
  } catch (error) {
    throw new Error(`sealProjectText: the project is not JSON (${(error as Error).message})`);
  }
  const box = await seal(value, await sealingKey(passphrase));
  return `${JSON.stringify(box, null, 2)}\n`;
}

/**
 * The sealed box in the text of an encrypted project file.
 * @throws Error saying what is wrong when the text is not JSON or not a valid box (damaged, a newer
 * version, or a key derivation weaker than this tool accepts).
 */
export function readSealedText(text: string): SealedBox {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message}); the encrypted file is damaged`);
  }
  const result = sealedBoxSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new Error(`is not an encrypted project this tool can open: ${problems.join("; ")}`);
}

/**
 * The project JSON text inside `box`, decrypted with `passphrase` (pretty-printed, for the same
 * importer and validation as a plain project file).
 * @throws WrongPassphraseError when the passphrase is wrong or the file was changed.
 */
export async function openSealedProject(box: SealedBox, passphrase: string): Promise<string> {
  const { key } = await keyForBox(passphrase, box);
  return `${JSON.stringify(await unseal(box, key), null, 2)}\n`;
}
