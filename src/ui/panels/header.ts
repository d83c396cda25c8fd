// The header: the project's title, open (files or a folder), the privacy choices
// (privacyControls.ts), and export (pseudonymised when chosen).
import { type ExportOptions, FILE_FORMATS, type FileFormat } from "../../core/io/files.ts";
import { download, el } from "../dom.ts";
import { FORMAT_NAMES, GEXF_1_2, networkFiles } from "../export/networkFiles.ts";
import { ENCRYPTED_EXPORT, exportEncrypted } from "../export/encryptedFile.ts";
import { exportPseudonymisation } from "../export/pseudonymousExport.ts";
import { loadModule } from "../open/openFiles.ts";
import { openInto } from "../open/openInto.ts";
import { recallSelfLoops, rememberSelfLoops, SELF_LOOP_CHOICES } from "../open/importSettings.ts";
import type { Store } from "../store.ts";
import { mountLocalStorage } from "../storage/storageBar.ts";
import { mountPrivacyControls } from "./privacyControls.ts";

/** Mounts the header in `container`; returns the function that removes it. */
export function mountHeader(container: HTMLElement, store: Store): () => void {
  const title = el("h1", {});
  const status = el("span", { class: "status", role: "status" });
  const fileInput = el("input", { type: "file", multiple: "", accept: ".json,.csv,.gexf,.graphml,.xml,.net,.paj,.clu,.vec,.dl", hidden: "" });
  const folderInput = el("input", { type: "file", webkitdirectory: "", hidden: "" });
  const openButton = el("button", { type: "button", title: "Open project JSON, CSV (several at once), GEXF or GraphML" }, "Open files…");
  const folderButton = el("button", { type: "button", title: "Open every file in a folder" }, "Open folder…");
  // What the next file opened does with a tie from a node to itself; remembered in this browser.
  const loops = el("select", { id: "self-loops", title: "A tie from a node to itself (a self-nomination) in the next file opened: left out with a warning naming each, or the file refused with the place of each" },
    ...SELF_LOOP_CHOICES.map((c) => el("option", { value: c.value }, c.label)));
  loops.value = recallSelfLoops();
  loops.addEventListener("change", () => rememberSelfLoops(loops.value === "refuse" ? "refuse" : "drop"));
  const loopsLabel = el("label", { for: "self-loops" }, "Self-loops: ", loops);
  const privacy = el("span", { class: "privacy-controls" });
  const exportSelect = el("select", { "aria-label": "Export the network" }, el("option", { value: "" }, "Export network…"),
    ...FILE_FORMATS.map((f) => el("option", f === "csv" ? { value: f, title: "nodes.csv, ties.csv and, when there are any, observations.csv and waves.csv, each downloaded on its own" } : { value: f }, FORMAT_NAMES[f])));
  // networkx 2 reads GEXF 1.2draft, not 1.3: offered just after GEXF (1.3).
  exportSelect.querySelector('option[value="gexf"]')!.after(el("option", { value: GEXF_1_2.value }, GEXF_1_2.name));
  exportSelect.append(el("option", { value: ENCRYPTED_EXPORT.value }, ENCRYPTED_EXPORT.name));
  // A failed export is said where it cannot be missed (the status line may cut it short).
  const failureText = el("span", {});
  const dismiss = el("button", { type: "button" }, "Dismiss");
  const failure = el("div", { class: "export-failure", role: "alert", hidden: "" }, failureText, dismiss);
  dismiss.addEventListener("click", () => failure.setAttribute("hidden", ""));
  // The title with the status line under it, so the actions (wrapping) never squeeze the status away.
  container.append(el("div", { class: "header-title" }, title, status), el("div", { class: "header-actions" }, openButton, folderButton, fileInput, folderInput, loopsLabel, privacy, exportSelect), failure);
  const disposePrivacy = mountPrivacyControls(privacy, container, store);

  openButton.addEventListener("click", () => fileInput.click());
  folderButton.addEventListener("click", () => folderInput.click());
  const onPick = (input: HTMLInputElement) => () => {
    const files = [...(input.files ?? [])].filter((f) => !f.name.startsWith("."));
    input.value = "";
    void openInto(store, files);
  };
  fileInput.addEventListener("change", onPick(fileInput));
  folderInput.addEventListener("change", onPick(folderInput));
  exportSelect.addEventListener("change", () => {
    const choice = exportSelect.value;
    exportSelect.value = "";
    if (!choice) return;
    failure.setAttribute("hidden", "");
    const [format, options] = choice === GEXF_1_2.value ? (["gexf", GEXF_1_2.options] as const) : [choice as FileFormat, {}];
    void (choice === ENCRYPTED_EXPORT.value ? exportEncrypted(store) : exportNetwork(store, format, options)).then((error) => {
      if (error === undefined) return;
      failureText.textContent = `${error} `;
      failure.removeAttribute("hidden");
    });
  });

  const render = () => {
    const state = store.get();
    title.textContent = state.project.meta.title;
    title.title = state.project.meta.title;
    status.textContent = state.status.phase === "ready" ? state.status.message : `${state.status.message || ""} ${state.status.phase}…`.trim();
  };
  render();
  const unsubscribe = store.subscribe(render);
  const unmountStorage = mountLocalStorage(container, store);
  return () => {
    unmountStorage();
    unsubscribe();
    disposePrivacy();
    container.replaceChildren();
  };
}

/** Says `message` in the header's status line. */
function say(store: Store, message: string): void {
  store.set({ status: { ...store.get().status, message } });
}

/**
 * Downloads the project in `format` through the core exporter, pseudonymised when the option is
 * on (one pseudonymisation, so one date shift, for all its files). CSV is several files (nodes, ties and, when there are any, observations and waves), each
 * downloaded on its own. `options` choose between versions of a format (GEXF 1.3 or 1.2draft).
 * Resolves to the reason when nothing could be saved.
 */
async function exportNetwork(store: Store, format: FileFormat, options: ExportOptions): Promise<string | undefined> {
  const loader = await loadModule();
  const prepared = exportPseudonymisation(store);
  const { files, message } = networkFiles(store.get().project, format, prepared ?? false, (p, f) => loader.exportProject(p, f, options));
  for (let k = 0; k < files.length; k++) {
    // A pause between files: browsers may drop downloads started in the same instant.
    if (k > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    download(files[k].name, files[k].text, files[k].type);
  }
  say(store, message);
  return files.length === 0 ? message : undefined;
}
