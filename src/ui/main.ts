// The page entry point: load the sample network, create the store, lay out the page.
import "../worker/zodConfig.ts";
import { latestDate } from "../core/model/snapshot.ts";
import { mountApp } from "./app.ts";
import { loadSample } from "./sample.ts";
import { createStore, initialState } from "./store.ts";
import "./styles.css";

const root = document.querySelector<HTMLDivElement>("#app");
if (root) {
  void loadSample().then((project) => {
    const store = createStore(initialState(project, latestDate(project)));
    mountApp(root, store);
  });
}
