// The page entry point: read any settings from the address, open the projects kept on this device
// and reopen the one opened last (a locked one shows the unlock screen); with none, the sample
// opens in memory, not kept, and the page says so.
import "../worker/zodConfig.ts";
import { mountApp } from "./app.ts";
import { loadSample } from "./sample.ts";
import { DEFAULT_SETTINGS, resolveSettings, settingsFromQuery, type PageSettings } from "./settings.ts";
import { lastOpened, openProjectsDb, type ProjectsDb } from "../storage/projectsDb.ts";
import { LocalSession } from "./storage/session.ts";
import { mountUnlockScreen } from "./storage/unlockScreen.ts";
import { parseHash } from "./hash.ts";
import "./styles.css";

const root = document.querySelector<HTMLDivElement>("#app");
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  // Limits can be lowered from the address (`?settings=dimLimit:50`, settings.ts): browser
  // tests use it to reach a large-graph path on a small graph.
  let settings: PageSettings = DEFAULT_SETTINGS;
  let problem = "";
  try {
    settings = resolveSettings(settingsFromQuery(location.search));
  } catch (error) {
    problem = `Settings in the address ignored: ${(error as Error).message}`;
  }
  let db: ProjectsDb | undefined;
  let dbProblem: string | undefined;
  try {
    db = await openProjectsDb();
  } catch (error) {
    dbProblem = `Projects cannot be kept on this device in this browser (${(error as Error).message}): export a copy to keep your work.`;
  }
  const session = new LocalSession(root, settings, db, { mountApp, mountUnlock: mountUnlockScreen }, loadSample, dbProblem);
  const { at } = parseHash(location.hash);
  const last = db === undefined ? undefined : await lastOpened(db).catch(() => undefined);
  if (last !== undefined) {
    try {
      await session.openStored(last, at);
      return;
    } catch (error) {
      // The last project cannot be read: say why over the sample; the list still offers the others.
      problem = `${(error as Error).message} ${problem}`.trim();
    }
  }
  session.showInMemory(await loadSample(), "Sample data", at, problem);
}
