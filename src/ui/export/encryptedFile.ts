// "Encrypted project (.json, for another device)…" in the header's export choices: asks a new
// passphrase (twice) and downloads `<title>-encrypted.json`, a sealed box whose plaintext is the
// project JSON the JSON export writes (pseudonymised when "Pseudonymise exports" is ticked, as every
// export is). Nothing of the project is in clear in the file, not even its title.
import { download } from "../dom.ts";
import { loadModule } from "../open/openFiles.ts";
import type { PassphraseOptions } from "../storage/passphraseDialog.ts";
import type { Store } from "../store.ts";
import { networkFiles } from "./networkFiles.ts";

/** The export menu's choice. */
export const ENCRYPTED_EXPORT = { value: "encrypted-json", name: "Encrypted project (.json, for another device)…" } as const;

/** The dialog that asks the passphrase; the page's by default, a stand-in in tests. */
export type AskPassphrase = (options: PassphraseOptions) => Promise<string | undefined>;

const askInPage: AskPassphrase = async (options) => (await import("../storage/passphraseDialog.ts")).askPassphrase(options);

/** Says `message` in the header's status line. */
function say(store: Store, message: string): void {
  store.set({ status: { ...store.get().status, message } });
}

/**
 * Asks a new passphrase and downloads the project, encrypted with it (src/storage/projectFile.ts:
 * PBKDF2-SHA-256, 600,000 iterations, AES-256-GCM). The status line says what was saved, or that
 * nothing was when the dialog is cancelled. Resolves to the reason when the export failed (for the
 * header's failure notice), otherwise undefined.
 */
export async function exportEncrypted(store: Store, ask: AskPassphrase = askInPage): Promise<string | undefined> {
  const { project, pseudonymise } = store.get();
  const passphrase = await ask({
    title: "Save an encrypted copy",
    purpose: `Saves "${project.meta.title}" as an encrypted file, to open on another device with this passphrase. Without the passphrase nothing in the file can be read, not even the title.${
      pseudonymise ? ' "Pseudonymise exports" is ticked, so the file holds pseudonyms, not names: untick it first to move the whole project.' : ""
    }`,
    confirm: true,
    action: "Encrypt and save",
  });
  if (passphrase === undefined) {
    say(store, "Encrypted export cancelled: nothing was saved");
    return undefined;
  }
  say(store, "Encrypting the project…");
  try {
    const loader = await loadModule();
    const { files, message } = networkFiles(project, "json", pseudonymise, (p, f) => loader.exportProject(p, f));
    if (files.length !== 1) {
      say(store, message);
      return message;
    }
    const { sealProjectText } = await import("../../storage/projectFile.ts");
    const name = files[0].name.replace(/\.json$/, "") + "-encrypted.json";
    download(name, await sealProjectText(files[0].text, passphrase), "application/json");
    say(store, `${message.replace(`Saved ${files[0].name}`, `Saved ${name}`)}, encrypted with the passphrase`);
    return undefined;
  } catch (error) {
    const reason = `Could not save the encrypted project: ${(error as Error).message}. Nothing was saved.`;
    say(store, reason);
    return reason;
  }
}
