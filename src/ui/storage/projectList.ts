// The project list: every project kept on this device, newest save first, to open, rename,
// duplicate or delete (each delete asks first), a new empty project, the sample, and "Delete
// everything on this device" (asks to type a phrase first). A record that cannot be read is
// listed with its problem and can be deleted; nothing is deleted without being asked.
import { el } from "../dom.ts";
import { commitEdit } from "../edits.ts";
import type { Store } from "../store.ts";
import type { Project } from "../../core/model/schema.ts";
import type { LocalSession } from "./session.ts";
import type { ProjectSummary } from "../../storage/projectsDb.ts";

/** The phrase typed to confirm "Delete everything on this device". */
export const DELETE_EVERYTHING_PHRASE = "delete everything";

/** "30 Nov 2026, 10:32", a save time in the page's locale ("" when unknown). */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString([], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

/** Renames the open project through an undoable edit. */
function renameOpen(store: Store, project: Project): void {
  commitEdit(store, `Rename the project to ${project.meta.title}`, project);
}

/** Opens the project list over the page (a modal dialog); it closes itself when a project is opened. */
export function openProjectList(session: LocalSession): void {
  const message = el("p", { class: "project-list-message", role: "status" });
  const problems = el("ul", { class: "project-list-problems", role: "alert" });
  const body = el("tbody", {});
  const table = el("table", { class: "project-list-table" },
    el("thead", {}, el("tr", {}, el("th", {}, "Project"), el("th", {}, "Nodes"), el("th", {}, "Saved"), el("th", {}, el("span", { class: "visually-hidden" }, "Actions")))),
    body);
  const empty = el("p", { class: "hint" }, "No project is kept on this device yet. Open a file or the sample and choose Keep on this device, or start a new empty project.");
  const newButton = el("button", { type: "button" }, "New empty project");
  const sampleButton = el("button", { type: "button" }, "Open the sample");
  const close = el("button", { type: "button", class: "project-list-close" }, "Close");
  const everything = el("button", { type: "button", class: "danger" }, "Delete everything on this device…");
  const phrase = el("input", { type: "text", id: "delete-everything-phrase", autocomplete: "off", spellcheck: "false" });
  const confirmEverything = el("button", { type: "button", class: "danger" }, "Delete everything");
  const everythingConfirm = el("div", { class: "confirm", hidden: "" },
    el("p", {}, el("strong", {}, "Every project kept on this device will be deleted, locked ones too. This cannot be undone. "), "Export a copy first of anything you need."),
    el("label", { for: "delete-everything-phrase" }, `Type "${DELETE_EVERYTHING_PHRASE}" to confirm: `), phrase, " ", confirmEverything);
  const dialog = el("dialog", { class: "project-list", "aria-labelledby": "project-list-title" },
    el("div", { class: "project-list-head" }, el("h2", { id: "project-list-title" }, "Projects on this device"), close),
    el("div", { class: "project-list-actions" }, newButton, sampleButton),
    message, problems, table, empty,
    el("div", { class: "project-list-foot" }, everything), everythingConfirm);
  document.body.append(dialog);
  const finish = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
  };
  close.addEventListener("click", finish);
  dialog.addEventListener("close", finish);

  const act = async (work: () => Promise<void>, closeAfter: boolean) => {
    message.textContent = "";
    try {
      await work();
      if (closeAfter) finish();
      else await refresh();
    } catch (error) {
      message.textContent = (error as Error).message;
    }
  };

  const row = (p: ProjectSummary): HTMLTableRowElement => {
    const kept = session.status.kept;
    const isOpen = kept.kind === "stored" && kept.id === p.id;
    const name = el("td", { class: "project-title" }, p.title, ...(isOpen ? [el("span", { class: "open-badge" }, " (open)")] : []));
    const open = el("button", { type: "button" }, "Open");
    const rename = el("button", { type: "button" }, "Rename…");
    const duplicate = el("button", { type: "button" }, "Duplicate");
    const remove = el("button", { type: "button" }, "Delete…");
    rename.hidden = p.locked || p.nodeCount === undefined;
    // Open read-only here (another tab has it): only that tab may rename or delete it.
    const readOnly = isOpen ? session.currentStore?.get().readOnly : undefined;
    if (readOnly !== undefined) {
      for (const b of [rename, remove]) {
        b.disabled = true;
        b.title = readOnly;
      }
    }
    duplicate.hidden = p.nodeCount === undefined && !p.locked;
    const actions = el("div", { class: "project-actions" }, open, rename, duplicate, remove);
    const tr = el("tr", { "data-project": p.id }, name, el("td", {}, p.nodeCount === undefined ? "" : String(p.nodeCount)), el("td", {}, when(p.savedAt)), el("td", {}, actions));
    // The open project needs no Open; an unreadable one cannot be opened (only deleted).
    open.hidden = isOpen || p.title === "Unreadable project";
    open.addEventListener("click", () => void act(() => session.openStored(p.id), true));
    duplicate.addEventListener("click", () => void act(() => session.duplicate(p.id), false));
    rename.addEventListener("click", () => {
      const input = el("input", { type: "text", value: p.title, "aria-label": "New title" });
      const save = el("button", { type: "button" }, "Save");
      const cancel = el("button", { type: "button" }, "Cancel");
      name.replaceChildren(input, " ", save, " ", cancel);
      input.focus();
      input.select();
      const done = () => {
        const title = input.value.trim();
        if (title === "") {
          message.textContent = "A project needs a title: type one, or Cancel.";
          return;
        }
        void act(() => session.rename(p.id, title, renameOpen), false);
      };
      save.addEventListener("click", done);
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") done();
      });
      cancel.addEventListener("click", () => void refresh());
    });
    remove.addEventListener("click", () => {
      const yes = el("button", { type: "button", class: "danger" }, "Delete");
      const no = el("button", { type: "button" }, "Keep it");
      actions.replaceChildren(el("span", {}, `Delete “${p.title}” from this device? This cannot be undone. `), yes, " ", no);
      yes.focus();
      yes.addEventListener("click", () => void act(() => session.remove(p.id), false));
      no.addEventListener("click", () => void refresh());
    });
    return tr;
  };

  const refresh = async () => {
    const { projects, problems: found } = await session.list();
    body.replaceChildren(...projects.map(row));
    problems.replaceChildren(...found.map((p) => el("li", {}, p)));
    table.hidden = projects.length === 0;
    empty.hidden = projects.length > 0;
    everything.disabled = projects.length === 0;
  };

  newButton.addEventListener("click", () => void act(() => session.newProject(), true));
  sampleButton.addEventListener("click", () => void act(() => session.openSample(), true));
  everything.addEventListener("click", () => {
    everythingConfirm.hidden = false;
    phrase.value = "";
    phrase.focus();
  });
  confirmEverything.addEventListener("click", () => {
    if (phrase.value.trim().toLowerCase() !== DELETE_EVERYTHING_PHRASE) {
      message.textContent = `Nothing was deleted: type "${DELETE_EVERYTHING_PHRASE}" in the box to confirm.`;
      phrase.focus();
      return;
    }
    void act(() => session.removeEverything(), true);
  });

  dialog.showModal();
  void refresh();
}
