// Encrypted project files (src/storage/projectFile.ts): the project JSON sealed under a passphrase,
// opened again through the same importer as a plain project file; and what the importer says of an
// encrypted file when it is given one without decrypting (the command line's case).
import { beforeAll, describe, expect, it } from "vitest";
import { importJson } from "../../src/core/io/json.ts";
import { exportProject, loadProject } from "../../src/core/io/load.ts";
import { isSealedText } from "../../src/core/io/sealedFormat.ts";
import type { Project } from "../../src/core/model/schema.ts";
import { WrongPassphraseError, toBase64 } from "../../src/storage/crypto.ts";
import { openSealedProject, readSealedText, sealProjectText } from "../../src/storage/projectFile.ts";

const KDF_TIMEOUT = 120_000; // deriving at 600,000 iterations on a loaded machine: generous, not a speed check
const PASSPHRASE = "bluebell meadow kettle";

const plain = importJson({
  name: "tiny.json",
  text: JSON.stringify({
    format: "recovery-networks",
    version: 4,
    meta: { title: "Margate pilot" },
    nodes: [
      { id: "a", label: "Priya Okafor", kind: "service_user" },
      { id: "b", label: "Tom Ellery", kind: "peer_mentor" },
      { id: "g", label: "Thursday SMART group", kind: "group", group_type: "mutual_aid", recovery_oriented: true },
    ],
    ties: [
      { id: "t1", source: "a", target: "b", type: "mentoring", valence: "supportive", strength: 4 },
      { id: "t2", source: "a", target: "g", type: "membership", valence: "supportive", strength: 3 },
    ],
    observations: [{ subject: "a", date: "2024-03-01", measure: "barc10", value: 41 }],
    waves: [],
  }),
});
if (!plain.ok) throw new Error(`the hand-built project does not import: ${JSON.stringify(plain.problems)}`);
const project: Project = plain.project;
const projectJson = exportProject(project, "json")[0].text;

describe("an encrypted project file", () => {
  let text: string;
  beforeAll(async () => {
    text = await sealProjectText(projectJson, PASSPHRASE);
  }, KDF_TIMEOUT);

  it("holds no label, title, kind or measure of the project, in clear or as base64", () => {
    expect(isSealedText(text)).toBe(true);
    for (const secret of ["Priya", "Okafor", "Tom Ellery", "SMART", "Margate", "service_user", "barc10", "recovery-networks\""]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(toBase64(new TextEncoder().encode(secret)).replace(/=+$/, ""));
    }
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(["cipher", "ciphertext", "format", "kdf", "version"]);
  });

  it("opens with its passphrase to the project JSON the export wrote, which imports to the same project", async () => {
    const opened = await openSealedProject(readSealedText(text), PASSPHRASE);
    expect(JSON.parse(opened)).toEqual(JSON.parse(projectJson));
    const again = loadProject([{ name: "margate-pilot-encrypted.json", text: opened }]);
    expect(again.ok && again.project).toEqual(project);
  }, KDF_TIMEOUT);

  it("refuses a wrong passphrase with WrongPassphraseError", async () => {
    await expect(openSealedProject(readSealedText(text), "bluebell meadow kettles")).rejects.toBeInstanceOf(WrongPassphraseError);
  }, KDF_TIMEOUT);

  it("given to the importer undecrypted, is refused as encrypted, not as a broken project", () => {
    const result = loadProject([{ name: "margate-pilot-encrypted.json", text }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        file: "margate-pilot-encrypted.json",
        where: "",
        message: "this project is encrypted; open it in the page with its passphrase",
        fix: "Open it with Open files… in the page and type its passphrase; the command line does not decrypt",
      },
    ]);
  });
});

describe("reading an encrypted file", () => {
  it("says what is wrong with a damaged or weakened box", () => {
    expect(() => readSealedText("{not json")).toThrow(/is not valid JSON/);
    const weak = {
      format: "recovery-networks-sealed",
      version: 1,
      kdf: { name: "PBKDF2", hash: "SHA-256", iterations: 1000, salt: toBase64(new Uint8Array(16)) },
      cipher: { name: "AES-GCM", iv: toBase64(new Uint8Array(12)) },
      ciphertext: toBase64(new Uint8Array(32)),
    };
    expect(() => readSealedText(JSON.stringify(weak))).toThrow(/kdf\.iterations: .*at least 600000 iterations/);
    expect(() => readSealedText(JSON.stringify({ ...weak, kdf: { ...weak.kdf, iterations: 600_000 }, version: 7 }))).toThrow(/version: .*newer version/);
    expect(readSealedText(`\ufeff${JSON.stringify({ ...weak, kdf: { ...weak.kdf, iterations: 600_000 } })}`).kdf.iterations).toBe(600_000);
  });

  it("isSealedText tells an encrypted file from a project, broken JSON and a file that only mentions the format", () => {
    expect(isSealedText('\ufeff {"format": "recovery-networks-sealed"}')).toBe(true);
    expect(isSealedText(projectJson)).toBe(false);
    expect(isSealedText('{"format": "recovery-networks-sealed"')).toBe(false);
    expect(isSealedText('{"format": "recovery-networks", "note": "recovery-networks-sealed"}')).toBe(false);
    expect(isSealedText('["recovery-networks-sealed"]')).toBe(false);
  });
});
