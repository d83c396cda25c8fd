// Opening an encrypted project file: before the import, each file that is a sealed box (see
// src/core/io/sealedFormat.ts) is decrypted with a passphrase asked in the passphrase dialog. A
// wrong passphrase is said in the dialog, for another try; Cancel stops the opening and nothing
// changes. The decrypted project JSON then goes through the same importer and validation as a
// plain project file.
import type { InputFile } from "../../core/io/files.ts";
import type { Problem } from "../../core/io/problems.ts";
import { isSealedText } from "../../core/io/sealedFormat.ts";
import type { PassphraseOptions } from "../storage/passphraseDialog.ts";

/** The dialog that asks the passphrase; the page's by default, a stand-in in tests. */
export type AskPassphrase = (options: PassphraseOptions) => Promise<string | undefined>;

const askInPage: AskPassphrase = async (options) => (await import("../storage/passphraseDialog.ts")).askPassphrase(options);

/** Files read for import (`readFiles`), with the problems found reading them. */
export interface ReadFiles {
  files: InputFile[];
  problems: Problem[];
}

/**
 * `read` with every encrypted file replaced by its decrypted project JSON (same name), asking a
 * passphrase for each; a damaged or unreadable encrypted file becomes a problem. Resolves to
 * undefined when a dialog is cancelled. Files that are not encrypted pass unchanged, and nothing is
 * asked when `read` already has problems.
 */
export async function unsealFiles(read: ReadFiles, ask: AskPassphrase = askInPage): Promise<ReadFiles | undefined> {
  if (read.problems.length > 0 || !read.files.some((f) => isSealedText(f.text))) return read;
  const { openSealedProject, readSealedText } = await import("../../storage/projectFile.ts");
  const { WrongPassphraseError } = await import("../../storage/crypto.ts");
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  for (const file of read.files) {
    if (!isSealedText(file.text)) {
      files.push(file);
      continue;
    }
    let box;
    try {
      box = readSealedText(file.text);
    } catch (error) {
      problems.push({ file: file.name, where: "", message: (error as Error).message, fix: "Save the encrypted copy again on the device that made it" });
      continue;
    }
    let opened: string | undefined;
    const passphrase = await ask({
      title: "Open an encrypted project",
      purpose: `${file.name} is encrypted. Type the passphrase it was saved with.`,
      action: "Open",
      busy: "Checking the passphrase…",
      check: async (typed) => {
        try {
          opened = await openSealedProject(box, typed);
          return undefined;
        } catch (error) {
          if (error instanceof WrongPassphraseError) return error.message;
          throw error;
        }
      },
    });
    if (passphrase === undefined || opened === undefined) return undefined;
    files.push({ ...file, text: opened });
  }
  return { files, problems };
}
