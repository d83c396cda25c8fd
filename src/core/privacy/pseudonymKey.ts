// Stable pseudonym codes: each node's code is a keyed hash (HMAC-SHA-256) of its id under a
// random key kept with the project, so the same person has the same code in every export of
// that project, before and after unrelated edits (adding or removing other people changes no
// one else's code), and the code reveals neither the name nor the id: without the key, trying
// likely ids ("su-001", "su-002" …) gives nothing to compare with. Numbering people by their
// place among ids sorted would be stable only until someone is added before them, and would
// leak the order of the ids. The key is never exported in a pseudonymised file. HMAC and SHA-256
// come from @noble/hashes (audited, synchronous, so the core derives codes in Node, a Worker or the page).
import type { Project } from "../model/schema.ts";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";

/** The project meta attribute that holds the key (hex). */
export const PSEUDONYM_KEY_ATTRIBUTE = "pseudonym_key";

/** Bytes of randomness a key needs (128 bits). */
export const PSEUDONYM_KEY_BYTES = 16;

/** Characters of a code (Crockford's base 32, no I, L, O or U to misread); 5 give 32⁵ ≈ 33.5 million codes. */
export const CODE_LENGTH = 5;

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The project's pseudonym key, or undefined when it has none yet. */
export function pseudonymKeyOf(project: Project): string | undefined {
  const key = project.meta.attributes[PSEUDONYM_KEY_ATTRIBUTE];
  return typeof key === "string" && key !== "" ? key : undefined;
}

/**
 * A new key (hex) from `random`, which must be PSEUDONYM_KEY_BYTES or more bytes from a
 * cryptographic source (the page passes `crypto.getRandomValues`).
 * @throws when `random` is shorter than PSEUDONYM_KEY_BYTES.
 */
export function newPseudonymKey(random: Uint8Array): string {
  if (random.length < PSEUDONYM_KEY_BYTES) {
    throw new Error(`privacy/pseudonymKey: a key needs ${PSEUDONYM_KEY_BYTES} random bytes, got ${random.length}: pass crypto.getRandomValues(new Uint8Array(${PSEUDONYM_KEY_BYTES}))`);
  }
  return [...random].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** `project` with `key` kept in its meta attributes (a copy; the input is not changed). */
export function withPseudonymKey(project: Project, key: string): Project {
  return { ...project, meta: { ...project.meta, attributes: { ...project.meta.attributes, [PSEUDONYM_KEY_ATTRIBUTE]: key } } };
}

/** The first `length` base-32 characters of HMAC-SHA-256(key, id) (5 bits a character, most significant first). */
function code(key: Uint8Array, id: string, length: number): string {
  const digest = hmac(sha256, key, new TextEncoder().encode(id));
  let out = "";
  for (let i = 0; i < length; i++) {
    const bit = i * 5;
    const byte = bit >> 3;
    const word = (digest[byte] << 8) | (digest[byte + 1] ?? 0);
    out += ALPHABET[(word >> (11 - (bit & 7))) & 31];
  }
  return out;
}

/**
 * The code of each of `ids` (ids of one kind) under `key`: CODE_LENGTH characters, longer only
 * where two ids would share a code (both then get one more character, and so on, until each is
 * unique; the digest allows 51), so the result does not depend on the order of `ids`.
 * @throws when `key` is empty.
 */
export function keyedCodes(ids: readonly string[], key: string): Map<string, string> {
  if (key === "") throw new Error("privacy/pseudonymKey: the pseudonym key is empty: make one with newPseudonymKey");
  const keyBytes = new TextEncoder().encode(key);
  const out = new Map<string, string>();
  let pending = [...new Set(ids)];
  for (let length = CODE_LENGTH; pending.length > 0; length++) {
    const byCode = new Map<string, string[]>();
    for (const id of pending) {
      const c = code(keyBytes, id, length);
      byCode.set(c, [...(byCode.get(c) ?? []), id]);
    }
    pending = [];
    for (const [c, owners] of byCode) {
      if (owners.length === 1) out.set(owners[0], c);
      else pending.push(...owners);
    }
  }
  return out;
}
