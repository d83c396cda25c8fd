// Passphrase encryption (src/storage/crypto.ts) under Node's Web Crypto: every key here is derived with the
// production 600,000 PBKDF2 iterations (there is no weaker path to test with), so the keys are made once
// per describe block and reused.
import { beforeAll, describe, expect, it } from "vitest";
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  deriveKey,
  fromBase64,
  keyForBox,
  looksSealed,
  newSalt,
  seal,
  sealedBoxSchema,
  sealingKey,
  toBase64,
  unseal,
  type SealedBox,
  type SealingKey,
} from "../../src/storage/crypto.ts";

const KDF_TIMEOUT = 120_000; // deriving at 600,000 iterations on a loaded machine: generous, not a speed check

const project = {
  meta: { title: "Hastings peer network" },
  nodes: [
    { id: "n1", label: "Alice Marsh", kind: "service_user" },
    { id: "n2", label: "Zoë Brennan", kind: "peer_mentor" },
  ],
  ties: [{ id: "t1", source: "n1", target: "n2", type: "mentoring", valence: "supportive", strength: 4 }],
  notes: "met at the recovery café on Tuesdays",
};

/** Flips one bit of the byte at `index` of a base64 field. */
function flipBit(base64: string, index: number): string {
  const bytes = fromBase64(base64);
  bytes[index] ^= 0x01;
  return toBase64(bytes);
}

describe("sealing and opening with one passphrase", () => {
  let k: SealingKey;
  let box: SealedBox;
  beforeAll(async () => {
    k = await sealingKey("correct horse battery staple");
    box = await seal(project, k);
  }, KDF_TIMEOUT);

  it("unseal(seal(value)) gives the value back, with a key derived again from the box", async () => {
    expect(await unseal(box, k.key)).toEqual(project);
    const again = await keyForBox("correct horse battery staple", box);
    expect(again.iterations).toBe(PBKDF2_ITERATIONS);
    expect(toBase64(again.salt)).toBe(box.kdf.salt);
    expect(await unseal(box, again.key)).toEqual(project);
  }, KDF_TIMEOUT);

  it("records PBKDF2-SHA-256 with 600000 iterations, a 16-byte salt, a 12-byte IV and AES-GCM", () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(box.format).toBe("recovery-networks-sealed");
    expect(box.version).toBe(1);
    expect(box.kdf).toMatchObject({ name: "PBKDF2", hash: "SHA-256", iterations: 600_000 });
    expect(fromBase64(box.kdf.salt)).toHaveLength(16);
    expect(box.cipher.name).toBe("AES-GCM");
    expect(fromBase64(box.cipher.iv)).toHaveLength(12);
    // JSON length plus the 16-byte tag: AES-GCM adds no padding
    expect(fromBase64(box.ciphertext)).toHaveLength(new TextEncoder().encode(JSON.stringify(project)).length + 16);
    expect(sealedBoxSchema.parse(box)).toEqual(box);
    expect(looksSealed(box)).toBe(true);
    expect(looksSealed(project)).toBe(false);
  });

  it("two seals of one value under one key have different IVs and ciphertexts", async () => {
    const second = await seal(project, k);
    expect(second.kdf.salt).toBe(box.kdf.salt);
    expect(second.cipher.iv).not.toBe(box.cipher.iv);
    expect(second.ciphertext).not.toBe(box.ciphertext);
    expect(await unseal(second, k.key)).toEqual(project);
  });

  it("the box holds no label, title or note of the value, in clear or as base64 of the clear text", () => {
    const text = JSON.stringify(box);
    for (const secret of ["Alice", "Marsh", "Zoë", "Brennan", "Hastings", "café", "mentoring", "service_user"]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(toBase64(new TextEncoder().encode(secret)).replace(/=+$/, ""));
    }
  });

  it("a wrong passphrase throws WrongPassphraseError with a plain message", async () => {
    const wrong = await keyForBox("correct horse battery stapler", box);
    const error = await unseal(box, wrong.key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as Error).message).toMatch(/^The passphrase is not right/);
  }, KDF_TIMEOUT);

  it("a changed bit of the ciphertext, the tag or the IV fails to open", async () => {
    const bytes = fromBase64(box.ciphertext).length;
    for (const changed of [
      { ...box, ciphertext: flipBit(box.ciphertext, 0) },
      { ...box, ciphertext: flipBit(box.ciphertext, bytes - 1) }, // the tag
      { ...box, cipher: { ...box.cipher, iv: flipBit(box.cipher.iv, 5) } },
    ]) {
      await expect(unseal(changed, k.key)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
  });

  it("a box relabelled with another version is refused before decryption", async () => {
    const relabelled = { ...box, version: 2 } as unknown as SealedBox;
    await expect(unseal(relabelled, k.key)).rejects.toThrow(/newer version/);
  });

  it("a different salt in the box derives another key, which fails to open it", async () => {
    const resalted = { ...box, kdf: { ...box.kdf, salt: flipBit(box.kdf.salt, 0) } };
    const other = await keyForBox("correct horse battery staple", resalted);
    await expect(unseal(resalted, other.key)).rejects.toBeInstanceOf(WrongPassphraseError);
  }, KDF_TIMEOUT);
});

describe("what is refused", () => {
  it("deriveKey refuses fewer than 600000 iterations, an empty passphrase and a short salt", async () => {
    await expect(deriveKey("a passphrase", newSalt(), 599_999)).rejects.toThrow(/at least|from 600000/);
    await expect(deriveKey("a passphrase", newSalt(), 1000)).rejects.toThrow(/600000/);
    await expect(deriveKey("", newSalt())).rejects.toThrow(/passphrase is empty/);
    await expect(deriveKey("a passphrase", new Uint8Array(8))).rejects.toThrow(/16 bytes/);
  });

  it("the derived key cannot be exported", async () => {
    const key = await deriveKey("a passphrase", newSalt());
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: "AES-GCM", length: 256 });
    expect([...key.usages].sort()).toEqual(["decrypt", "encrypt"]);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  }, KDF_TIMEOUT);

  it("sealedBoxSchema refuses a box asking for fewer iterations, and salts or IVs of the wrong size", () => {
    const good: SealedBox = {
      format: "recovery-networks-sealed",
      version: 1,
      kdf: { name: "PBKDF2", hash: "SHA-256", iterations: 600_000, salt: toBase64(new Uint8Array(16)) },
      cipher: { name: "AES-GCM", iv: toBase64(new Uint8Array(12)) },
      ciphertext: toBase64(new Uint8Array(20)),
    };
    expect(sealedBoxSchema.safeParse(good).success).toBe(true);
    const weak = sealedBoxSchema.safeParse({ ...good, kdf: { ...good.kdf, iterations: 10_000 } });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues[0].message).toMatch(/at least 600000 iterations/);
    expect(sealedBoxSchema.safeParse({ ...good, kdf: { ...good.kdf, salt: toBase64(new Uint8Array(8)) } }).success).toBe(false);
    expect(sealedBoxSchema.safeParse({ ...good, cipher: { ...good.cipher, iv: toBase64(new Uint8Array(16)) } }).success).toBe(false);
    expect(sealedBoxSchema.safeParse({ ...good, ciphertext: "not base64!" }).success).toBe(false);
    expect(sealedBoxSchema.safeParse({ ...good, ciphertext: toBase64(new Uint8Array(15)) }).success).toBe(false);
  });

  it("keyForBox refuses a box asking for fewer iterations, with a message naming the field", async () => {
    const weak = {
      format: "recovery-networks-sealed",
      version: 1,
      kdf: { name: "PBKDF2", hash: "SHA-256", iterations: 1, salt: toBase64(new Uint8Array(16)) },
      cipher: { name: "AES-GCM", iv: toBase64(new Uint8Array(12)) },
      ciphertext: toBase64(new Uint8Array(20)),
    } as SealedBox;
    await expect(keyForBox("a passphrase", weak)).rejects.toThrow(/kdf\.iterations: .*at least 600000/);
  });

  it("seal refuses a value with no JSON form", async () => {
    const k = { key: {} as CryptoKey, salt: newSalt(), iterations: PBKDF2_ITERATIONS };
    await expect(seal(undefined, k)).rejects.toThrow(/no JSON form/);
  });
});

describe("base64", () => {
  it("round-trips bytes 0–255 and a buffer larger than one chunk", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
    const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(large))).toEqual(large);
  });
});
