// Encrypted files met while opening (src/ui/open/sealedFiles.ts), with a stand-in for the dialog
// that types the passphrases a person would: a wrong one is answered with the message and another
// try, Cancel stops, a plain file passes untouched.
import { beforeAll, describe, expect, it } from "vitest";
import type { InputFile } from "../../../src/core/io/files.ts";
import { loadProject } from "../../../src/core/io/load.ts";
import { sealProjectText } from "../../../src/storage/projectFile.ts";
import { unsealFiles, type AskPassphrase } from "../../../src/ui/open/sealedFiles.ts";
import type { PassphraseOptions } from "../../../src/ui/storage/passphraseDialog.ts";

const KDF_TIMEOUT = 120_000; // each try derives a key at 600,000 iterations; generous, not a speed check
const PROJECT = JSON.stringify({
  format: "recovery-networks",
  version: 4,
  meta: { title: "Deal drop-in" },
  nodes: [{ id: "a", label: "Rhiannon Pike", kind: "service_user" }],
  ties: [],
  observations: [],
  waves: [],
});

/** A dialog stand-in that types `tries` in turn, keeping what the check said of each. */
function typing(tries: (string | undefined)[]): { ask: AskPassphrase; said: (string | undefined)[]; asked: PassphraseOptions[] } {
  const said: (string | undefined)[] = [];
  const asked: PassphraseOptions[] = [];
  const ask: AskPassphrase = async (options) => {
    asked.push(options);
    for (const typed of tries) {
      if (typed === undefined) return undefined; // Cancel
      const message = await options.check!(typed);
      said.push(message);
      if (message === undefined) return typed;
    }
    return undefined;
  };
  return { ask, said, asked };
}

describe("unsealFiles", () => {
  let sealed: InputFile;
  beforeAll(async () => {
    sealed = { name: "deal-encrypted.json", text: await sealProjectText(PROJECT, "north foreland light") };
  }, KDF_TIMEOUT);

  it("a wrong passphrase gets the message and another try; the right one gives the project JSON", async () => {
    const { ask, said, asked } = typing(["north foreland lights", "north foreland light"]);
    const read = await unsealFiles({ files: [sealed], problems: [] }, ask);
    expect(said).toEqual([expect.stringMatching(/^The passphrase is not right/), undefined]);
    expect(asked.map((o) => [o.title, o.purpose])).toEqual([["Open an encrypted project", "deal-encrypted.json is encrypted. Type the passphrase it was saved with."]]);
    expect(read?.problems).toEqual([]);
    expect(read?.files.map((f) => f.name)).toEqual(["deal-encrypted.json"]);
    const result = loadProject(read!.files);
    expect(result.ok && [result.project.meta.title, result.project.nodes[0].label]).toEqual(["Deal drop-in", "Rhiannon Pike"]);
  }, KDF_TIMEOUT);

  it("Cancel after a wrong try gives undefined: nothing is opened", async () => {
    const { ask, said } = typing(["not it at all", undefined]);
    expect(await unsealFiles({ files: [sealed], problems: [] }, ask)).toBeUndefined();
    expect(said).toHaveLength(1);
  }, KDF_TIMEOUT);

  it("plain files, and files that already have problems, pass without a question", async () => {
    const { ask, asked } = typing([]);
    const plain = { files: [{ name: "p.json", text: PROJECT }], problems: [] };
    expect(await unsealFiles(plain, ask)).toBe(plain);
    const broken = { files: [sealed], problems: [{ file: "x.csv", where: "", message: "m", fix: "f" }] };
    expect(await unsealFiles(broken, ask)).toBe(broken);
    expect(asked).toEqual([]);
  });

  it("a damaged encrypted file becomes a problem naming it, without a question", async () => {
    const { ask, asked } = typing([]);
    const box = JSON.parse(sealed.text);
    const damaged = { name: "damaged.json", text: JSON.stringify({ ...box, cipher: { ...box.cipher, iv: "AAAA" } }) };
    const read = await unsealFiles({ files: [damaged], problems: [] }, ask);
    expect(asked).toEqual([]);
    expect(read?.files).toEqual([]);
    expect(read?.problems).toEqual([
      {
        file: "damaged.json",
        where: "",
        message: "is not an encrypted project this tool can open: cipher.iv: must be base64 of 12 bytes; the encrypted data is damaged",
        fix: "Save the encrypted copy again on the device that made it",
      },
    ]);
  });
});
