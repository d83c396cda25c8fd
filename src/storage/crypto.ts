// Passphrase encryption: a key derived by PBKDF2-HMAC-SHA-256 seals a JSON value with AES-GCM into a
// SealedBox that can be written to a file or to IndexedDB. Uses only globalThis.crypto.subtle (the Web
// Crypto API), so the same code runs in the page, in a Worker and in Node 20 (for the tests).
import { z } from "zod";
import { looksSealed, SEALED_FORMAT } from "../core/io/sealedFormat.ts";

export { looksSealed, SEALED_FORMAT };

/**
 * PBKDF2-HMAC-SHA-256 iterations for every key this tool derives, and the least it accepts from a box.
 * Source: OWASP Password Storage Cheat Sheet (2023), "PBKDF2-HMAC-SHA256: 600,000 iterations".
 * There is deliberately no setting that lowers it: a box asking for fewer is refused.
 */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * The most iterations a box may ask for. A box read from a file chooses its own count; this bound stops a
 * hostile file from making the page derive a key for hours. 100 times the OWASP figure leaves room to raise it.
 */
export const PBKDF2_MAX_ITERATIONS = 60_000_000;

/** Bytes of random salt per derived key (NIST SP 800-132 asks for at least 16). */
export const SALT_BYTES = 16;

/** Bytes of the AES-GCM initialisation vector: 96 bits, the size NIST SP 800-38D recommends; fresh for every seal. */
export const IV_BYTES = 12;

/** Bytes of the AES-GCM authentication tag appended to the ciphertext (128 bits, the Web Crypto default). */
const TAG_BYTES = 16;

/**
 * Additional authenticated data: the format and version are bound to the ciphertext, so a box relabelled
 * as another format or version fails to open instead of being read by the wrong rules.
 */
const ASSOCIATED_DATA = new TextEncoder().encode(`${SEALED_FORMAT}/1`);

/** JSON-serialisable encrypted value; every byte field is standard base64 (RFC 4648 §4, with padding). */
export interface SealedBox {
  /** Always "recovery-networks-sealed". */
  format: "recovery-networks-sealed";
  /** The box layout version; 1 is the only one so far. */
  version: 1;
  /** How the key was derived from the passphrase: PBKDF2-HMAC-SHA-256, `iterations` rounds, a 16-byte `salt`. */
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: string };
  /** AES-GCM with a 256-bit key and a 12-byte `iv`, fresh for every seal. */
  cipher: { name: "AES-GCM"; iv: string };
  /** The UTF-8 JSON of the sealed value, encrypted, followed by the 16-byte authentication tag. */
  ciphertext: string;
}

/** Base64 (standard alphabet, padded) that decodes to exactly `bytes` bytes, or at least `bytes` when `atLeast`. */
function base64Bytes(bytes: number, atLeast = false) {
  return z.string().refine(
    (text) => {
      const length = base64Length(text);
      return length !== undefined && (atLeast ? length >= bytes : length === bytes);
    },
    { message: `must be base64 of ${atLeast ? "at least " : ""}${bytes} bytes; the encrypted data is damaged` },
  );
}

/** The number of bytes a standard padded base64 string decodes to, or undefined if it is not such a string. */
function base64Length(text: string): number | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/**
 * The zod schema of a SealedBox, for boxes read from files or IndexedDB. It checks the shape, the byte
 * lengths of salt and IV, and that the iteration count is an integer in [PBKDF2_ITERATIONS, PBKDF2_MAX_ITERATIONS].
 */
export const sealedBoxSchema: z.ZodType<SealedBox> = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1, { message: "this encrypted file was made by a newer version of the tool (only version 1 is known)" }),
  kdf: z.object({
    name: z.literal("PBKDF2"),
    hash: z.literal("SHA-256"),
    iterations: z
      .number()
      .int()
      .min(PBKDF2_ITERATIONS, { message: `the key derivation must use at least ${PBKDF2_ITERATIONS} iterations; this box asks for fewer and is refused as too weak` })
      .max(PBKDF2_MAX_ITERATIONS, { message: `the key derivation asks for more than ${PBKDF2_MAX_ITERATIONS} iterations; the box is refused` }),
    salt: base64Bytes(SALT_BYTES),
  }),
  cipher: z.object({
    name: z.literal("AES-GCM"),
    iv: base64Bytes(IV_BYTES),
  }),
  ciphertext: base64Bytes(TAG_BYTES, true),
});

/**
 * Thrown by `unseal` when AES-GCM authentication fails: the passphrase is wrong, or the box was changed or
 * damaged after it was sealed (AES-GCM cannot tell these apart).
 */
export class WrongPassphraseError extends Error {
  constructor() {
    super("The passphrase is not right, or the encrypted data was changed or damaged. Check the passphrase (capital letters, spaces) and try again.");
    this.name = "WrongPassphraseError";
  }
}

/** `SALT_BYTES` (16) bytes from the platform's cryptographic random generator. */
export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/** Rejects an empty passphrase and iteration counts outside [PBKDF2_ITERATIONS, PBKDF2_MAX_ITERATIONS]. */
function checkKeyInputs(passphrase: string, salt: Uint8Array, iterations: number): void {
  if (typeof passphrase !== "string" || passphrase.length === 0) throw new Error("crypto: the passphrase is empty; type a passphrase");
  if (!(salt instanceof Uint8Array) || salt.length < SALT_BYTES) throw new Error(`crypto: the salt must be at least ${SALT_BYTES} bytes`);
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > PBKDF2_MAX_ITERATIONS) {
    throw new Error(`crypto: PBKDF2 iterations must be an integer from ${PBKDF2_ITERATIONS} to ${PBKDF2_MAX_ITERATIONS}; got ${iterations}`);
  }
}

/**
 * Derives a non-extractable AES-GCM 256-bit key (usages: encrypt, decrypt) from a passphrase with
 * PBKDF2-HMAC-SHA-256 (RFC 8018 §5.2). The passphrase is Unicode-normalised (NFC) first, so the same
 * passphrase typed on systems that compose accents differently gives the same key.
 * @param passphrase non-empty.
 * @param salt at least 16 random bytes (see `newSalt`).
 * @param iterations PBKDF2 rounds, default and minimum `PBKDF2_ITERATIONS` (600,000); at most `PBKDF2_MAX_ITERATIONS`.
 * @throws Error for an empty passphrase, a short salt or an iteration count out of range.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  checkKeyInputs(passphrase, salt, iterations);
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase.normalize("NFC")), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** A derived key with the salt and iteration count that produced it (both are written into every box it seals). */
export interface SealingKey {
  /** Non-extractable AES-GCM 256 key. */
  key: CryptoKey;
  /** The PBKDF2 salt (16 bytes). */
  salt: Uint8Array;
  /** The PBKDF2 iteration count. */
  iterations: number;
}

/**
 * Derives a key for sealing: with a fresh random salt unless one is given. Keep the result to seal many
 * values under one passphrase without deriving again (each seal still gets a fresh IV).
 * @throws Error as `deriveKey`.
 */
export async function sealingKey(passphrase: string, salt: Uint8Array = newSalt(), iterations: number = PBKDF2_ITERATIONS): Promise<SealingKey> {
  return { key: await deriveKey(passphrase, salt, iterations), salt, iterations };
}

/**
 * Seals a value: JSON.stringify → UTF-8 → AES-GCM under `k.key` with a fresh random 12-byte IV, the
 * format and version as associated data. The box records the salt and iterations of `k`.
 * @param value anything JSON.stringify turns into a string (not undefined, a function or a symbol).
 * @throws TypeError when the value has no JSON form.
 */
export async function seal(value: unknown, k: SealingKey): Promise<SealedBox> {
  const json = JSON.stringify(value);
  if (typeof json !== "string") throw new TypeError("crypto.seal: the value has no JSON form (undefined, a function or a symbol)");
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: ASSOCIATED_DATA }, k.key, new TextEncoder().encode(json));
  return {
    format: SEALED_FORMAT,
    version: 1,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations: k.iterations, salt: toBase64(k.salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/**
 * Opens a box with a key derived from its salt and iterations (see `keyForBox`) and returns the parsed JSON value.
 * @throws WrongPassphraseError when authentication fails (wrong passphrase, or the box was changed).
 * @throws Error when the box is not a valid SealedBox (checked with `sealedBoxSchema`).
 */
export async function unseal(box: SealedBox, key: CryptoKey): Promise<unknown> {
  const checked = checkBox(box);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(checked.cipher.iv), additionalData: ASSOCIATED_DATA },
      key,
      fromBase64(checked.ciphertext),
    );
  } catch (error) {
    if (error instanceof Error && error.name === "OperationError") throw new WrongPassphraseError();
    throw error;
  }
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plain));
}

/**
 * Derives the key that opens `box`: PBKDF2 with the box's own salt and iteration count.
 * @throws Error when the box is not a valid SealedBox, or the passphrase is empty.
 */
export async function keyForBox(passphrase: string, box: SealedBox): Promise<SealingKey> {
  const checked = checkBox(box);
  return sealingKey(passphrase, fromBase64(checked.kdf.salt), checked.kdf.iterations);
}

/** The box, checked by `sealedBoxSchema`; throws an Error listing what is wrong. */
function checkBox(box: SealedBox): SealedBox {
  const result = sealedBoxSchema.safeParse(box);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(box)"}: ${issue.message}`);
  throw new Error(`crypto: not a valid encrypted box — ${problems.join("; ")}`);
}

/** Standard padded base64 of `bytes` (RFC 4648 §4). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000; // String.fromCharCode takes its arguments on the stack: keep each call small
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/**
 * The bytes of standard padded base64 text.
 * @throws Error when the text is not base64.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error("crypto: the text is not base64; the encrypted data is damaged");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
