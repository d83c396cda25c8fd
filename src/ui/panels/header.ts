// The header: the project's title, open (files or a folder), hide names, and export.
import { FILE_FORMATS, type FileFormat } from "../../core/io/files.ts";
import { download, el } from "../dom.ts";
import { loadModule } from "../open/openFiles.ts";
import { openInto } from "../open/openInto.ts";
import type { Store } from "../store.ts";

/** Mounts the header in `container`; returns the function that removes it. */
export function mountHeader(container: HTMLElement, store: Store): () => void {
  const title = el("h1", {});
  const status = el("span", { class: "status", role: "status" });
  const fileInput = el("input", { type: "file", multiple: "", accept: ".json,.csv,.gexf,.graphml,.xml", hidden: "" });
  const folderInput = el("input", { type: "file", webkitdirectory: "", hidden: "" });
  const openButton = el("button", { type: "button", title: "Open project JSON, CSV (several at once), GEXF or GraphML" }, "Open files…");
  const folderButton = el("button", { type: "button", title: "Open every file in a folder" }, "Open folder…");
  const hide = el("input", { type: "checkbox", id: "hide-names" });
  const hideLabel = el("label", { for: "hide-names", title: "Show ids instead of names, for screens in meetings" }, hide, " Hide names");
  const exportSelect = el("select", { "aria-label": "Export the network" }, el("option", { value: "" }, "Export network…"),
    ...FILE_FORMATS.map((f) => el("option", { value: f }, f === "json" ? "Project JSON" : f.toUpperCase())));
  container.append(title, status, el("div", { class: "header-actions" }, openButton, folderButton, fileInput, folderInput, hideLabel, exportSelect));

  openButton.addEventListener("click", () => fileInput.click());
  folderButton.addEventListener("click", () => folderInput.click());
  const onPick = (input: HTMLInputElement) => () => {
    const files = [...(input.files ?? [])].filter((f) => !f.name.startsWith("."));
    input.value = "";
    void openInto(store, files);
  };
  fileInput.addEventListener("change", onPick(fileInput));
  folderInput.addEventListener("change", onPick(folderInput));
  hide.addEventListener("change", () => store.set({ hideNames: hide.checked }));
  exportSelect.addEventListener("change", () => {
    const format = exportSelect.value as FileFormat | "";
    exportSelect.value = "";
    if (format) void exportNetwork(store, format);
  });

  const render = () => {
    const state = store.get();
    title.textContent = state.project.meta.title;
    hide.checked = state.hideNames;
    status.textContent = state.status.phase === "ready" ? state.status.message : `${state.status.message || ""} ${state.status.phase}…`.trim();
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

/** Downloads the project in `format` (every file, for formats that are several files). */
async function exportNetwork(store: Store, format: FileFormat): Promise<void> {
  const { project } = store.get();
  const stem = project.meta.title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
  const loader = await loadModule();
  if (!loader) {
    if (format === "json") download(`${stem}.json`, JSON.stringify(project, null, 2), "application/json");
    else store.set({ status: { ...store.get().status, message: `${format.toUpperCase()} export needs the core exporter, which this build lacks: export as project JSON` } });
    return;
  }
  const out = loader.exportProject(project, format);
  const files: { name: string; text: string }[] =
    typeof out === "string" ? [{ name: `${stem}.${format}`, text: out }] : Array.isArray(out) ? out : [out as { name: string; text: string }];
  for (const file of files) download(file.name.includes(".") ? file.name : `${stem}-${file.name}.${format}`, file.text);
}
