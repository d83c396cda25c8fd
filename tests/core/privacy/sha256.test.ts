import { describe, expect, test } from "vitest";
import { hmacSha256, sha256, toHex } from "../../../src/core/privacy/sha256.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sha256", () => {
  // FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
  test("sha256('abc') is the FIPS one-block example", () => {
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  test("sha256 of the 56-byte two-block example", () => {
    expect(toHex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });
  test("sha256('') is the empty digest", () => {
    expect(toHex(sha256(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("hmacSha256", () => {
  // RFC 4231 test case 2.
  test("hmacSha256('Jefe', 'what do ya want for nothing?') is RFC 4231 case 2", () => {
    expect(toHex(hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?")))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
  // RFC 4231 test case 6: a 131-byte key is hashed first.
  test("hmacSha256 with a key longer than a block is RFC 4231 case 6", () => {
    expect(toHex(hmacSha256(new Uint8Array(131).fill(0xaa), utf8("Test Using Larger Than Block-Size Key - Hash Key First")))).toBe("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  });
});
