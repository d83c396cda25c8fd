// The page entry point: read any settings from the address, load the sample network, create the
// store, lay out the page.
import "../worker/zodConfig.ts";
import { latestDate } from "../core/model/snapshot.ts";
import { mountApp } from "./app.ts";
import { loadSample } from "./sample.ts";
import { DEFAULT_SETTINGS, resolveSettings, settingsFromQuery, type PageSettings } from "./settings.ts";
import { createStore, initialState } from "./store.ts";
import "./styles.css";

const root = document.querySelector<HTMLDivElement>("#app");
if (root) {
  // Limits can be lowered from the address (`?settings=dimLimit:50`, settings.ts): browser
  // tests use it to reach a large-graph path on a small graph.
  let settings: PageSettings = DEFAULT_SETTINGS;
  let problem = "";
  try {
    settings = resolveSettings(settingsFromQuery(location.search));
  } catch (error) {
    problem = `Settings in the address ignored: ${(error as Error).message}`;
  }
  void loadSample().then((project) => {
    const store = createStore(initialState(project, latestDate(project)), settings);
    if (problem) store.set({ status: { ...store.get().status, message: problem } });
    mountApp(root, store);
  });
}
