// Drag and drop anywhere on the page: several files at once (nodes.csv + ties.csv …) or files
// from a folder.
import type { Store } from "../store.ts";
import { openInto } from "./openInto.ts";

/** Accepts dropped files on `root`; returns the function that stops it. */
export function mountDropZone(root: HTMLElement, store: Store): () => void {
  const over = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    root.classList.add("dropping");
  };
  const leave = (event: DragEvent) => {
    if (event.target === root || !root.contains(event.relatedTarget as Node | null)) root.classList.remove("dropping");
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    root.classList.remove("dropping");
    void droppedFiles(event.dataTransfer).then((files) => openInto(store, files));
  };
  root.addEventListener("dragover", over);
  root.addEventListener("dragleave", leave);
  root.addEventListener("drop", drop);
  return () => {
    root.removeEventListener("dragover", over);
    root.removeEventListener("dragleave", leave);
    root.removeEventListener("drop", drop);
  };
}

/** The dropped files, walking into dropped folders. */
async function droppedFiles(data: DataTransfer | null): Promise<File[]> {
  if (!data) return [];
  const entries = [...data.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...data.files];
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return out.filter((f) => !f.name.startsWith("."));
}
