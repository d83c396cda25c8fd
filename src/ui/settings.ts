// The page's tunable limits and delays, in one typed object with defaults (as sigma's
// `Settings` / `DEFAULT_SETTINGS` / `validateSettings` / `resolveSettings`). The store carries
// them (`store.settings`), so every view reads the same values and a test lowers a limit
// instead of building a huge graph:
//
//   const store = createStore(initialState(project, at), resolveSettings({ workerReportWork: 100 }));
//   mountApp(root, store);
//
// The built page takes overrides from its address, for browser tests and for trying a limit
// out: `index.html?settings=dimLimit:50,workerReportWork:1000` (see `settingsFromQuery`).

/** Every limit and delay of the page. Counts are nodes or ties of what is drawn; times are milliseconds; widths are CSS pixels. */
export interface PageSettings {
  /** Snapshots of at most this many nodes get the full metrics report on the page itself when no worker can run. */
  fullReportLimit: number;
  /**
   * The most shortest-path work (nodes × (nodes + ties), `shortestPathWork`) the metrics worker
   * takes on by itself for a date: about 3 s on one core of a 2-core machine (a 5,000-node,
   * 15,000-tie snapshot, 7.5e7, takes 2.7 s). Larger snapshots get degree and strength, and the
   * details panel offers the rest.
   */
  workerReportWork: number;
  /** Above this many nodes on the map, hovering or selecting no longer dims the others (one redraw of every node per hover). */
  dimLimit: number;
  /** Above this many nodes, nodes and ties appear and disappear at once instead of fading. */
  fadeLimit: number;
  /** How long a fade takes. */
  fadeMs: number;
  /** Above this many nodes the map catches up with the layout every `syncMs` at most, instead of after each batch. */
  liveLayoutLimit: number;
  /** How often a large graph's map catches up with its layout, at most. */
  syncMs: number;
  /**
   * The largest share of the page's time a layout catch-up may take: after one that took t ms,
   * the next waits t / share (a 100,000-person project takes about 6 s per catch-up).
   */
  syncShare: number;
  /** About how long the layout worker iterates between posting positions (the batch size adapts to it). */
  layoutBatchMs: number;
  /** Above this many nodes the finished layout is not spread apart by noverlap. */
  noverlapLimit: number;
  /** Above this many ties, ties are hidden while the map pans or zooms. */
  hideEdgesOnMoveTies: number;
  /** Above this many ties, labels are hidden while the map pans or zooms. */
  hideLabelsOnMoveTies: number;
  /** Quiet time after a change of date or project before metrics are recomputed. */
  metricsDelayMs: number;
  /** Time between steps while the timeline plays. */
  playIntervalMs: number;
  /** Tables with fewer rows than this filter at each key press; larger ones wait `filterDelayMs`. */
  instantFilterRows: number;
  /** Quiet time after typing in a large table's filter box before it filters. */
  filterDelayMs: number;
  /** Minutes without a key press, click or scroll before a project locked with a passphrase locks itself (drops it from memory). */
  autoLockMinutes: number;
  /** Above this share of the storage quota used, the page says storage is nearly full (0.8: 80 %). */
  quotaWarnShare: number;
  /**
   * Windows narrower than this (CSS pixels) open with the left panel (appearance and filters)
   * folded away, so a 1024-pixel laptop screen gives the view the width; the user's own choice,
   * once made, is kept instead (src/ui/panels/sidePanels.ts).
   */
  leftPanelOpenMinWidth: number;
}

/** The defaults: what the page uses unless told otherwise. */
export const DEFAULT_SETTINGS: Readonly<PageSettings> = Object.freeze({
  fullReportLimit: 1_000,
  workerReportWork: 1e8,
  dimLimit: 5_000,
  fadeLimit: 5_000,
  fadeMs: 450,
  liveLayoutLimit: 2_000,
  syncMs: 1_500,
  syncShare: 0.1,
  layoutBatchMs: 40,
  noverlapLimit: 5_000,
  hideEdgesOnMoveTies: 2_000,
  hideLabelsOnMoveTies: 20_000,
  metricsDelayMs: 150,
  playIntervalMs: 900,
  instantFilterRows: 2_000,
  filterDelayMs: 150,
  autoLockMinutes: 10,
  quotaWarnShare: 0.8,
  leftPanelOpenMinWidth: 1200,
});

const NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof PageSettings)[];

/**
 * Checks settings given by a caller. Errors: throws naming the setting when it is not one of
 * `PageSettings`, is not a finite number of at least 0, or (`syncShare`) is not above 0 and at most 1.
 */
export function validateSettings(settings: Partial<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(settings)) {
    if (!(NAMES as string[]).includes(name)) {
      throw new Error(`recovery-networks/settings: there is no setting "${name}"; the settings are ${NAMES.join(", ")}`);
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new Error(`recovery-networks/settings: "${name}" must be a number of at least 0, not ${JSON.stringify(value)}`);
    }
    if (name === "syncShare" && (value === 0 || value > 1)) {
      throw new Error(`recovery-networks/settings: "syncShare" must be above 0 and at most 1, not ${value}`);
    }
  }
}

/** The given settings over the defaults, checked (throws as `validateSettings`). */
export function resolveSettings(settings: Partial<PageSettings> = {}): PageSettings {
  validateSettings(settings);
  return { ...DEFAULT_SETTINGS, ...settings };
}

/**
 * Settings from a page address's query (`?settings=dimLimit:50,workerReportWork:1000`): each
 * `name:value` pair, values read as numbers (`1e3` and `2_000` too; anything else is kept as text). Errors: throws on a pair
 * without a colon; names and values are checked by `resolveSettings`.
 */
export function settingsFromQuery(search: string): Partial<PageSettings> {
  const text = new URLSearchParams(search).get("settings");
  if (!text) return {};
  const out: Record<string, unknown> = {};
  for (const pair of text.split(",").filter((p) => p.trim() !== "")) {
    const colon = pair.indexOf(":");
    if (colon < 0) throw new Error(`recovery-networks/settings: "${pair}" in the address's settings is not name:value (for example dimLimit:50)`);
    const text = pair.slice(colon + 1).trim();
    const value = text === "" ? Number.NaN : Number(text.replace(/_/g, ""));
    // Text that is not a number stays text, so the error quotes what was written.
    out[pair.slice(0, colon).trim()] = Number.isNaN(value) ? text : value;
  }
  return out as Partial<PageSettings>;
}
