// The page's one place of mutable state: a small typed observable store.
//
// How a view uses it (every view is `mount(container, store) → dispose`):
//
//   export function mount(container: HTMLElement, store: Store): () => void {
//     const render = (state: AppState) => { ...draw from state... };
//     render(store.get());
//     const unsubscribe = store.subscribe((state, previous) => {
//       if (state.at !== previous.at || state.project !== previous.project) render(state);
//     });
//     return () => { unsubscribe(); container.replaceChildren(); };
//   }
//
// A view reads with `store.get()`, reacts in `subscribe` (compare `state` with `previous` to
// skip work nothing changed for) and writes with `store.set({ selectedNode: "su042" })`.
// State is replaced, never mutated: `set` makes a new object, so `state.x !== previous.x` is a
// reliable "x changed" test. Arrays and objects inside must be replaced too, not edited in place.
import type { IsoDate } from "../core/model/dates.ts";
import type { Project } from "../core/model/schema.ts";
import { NODE_KINDS, TIE_TYPES, VALENCES, type NodeKind, type TieType, type Valence } from "../core/model/vocabulary.ts";
import type { Problem } from "../core/io/problems.ts";
import type { Report } from "../core/metrics/report.ts";
import type { TimelineEvery } from "../core/timeline/steps.ts";
import { EMPTY_HISTORY, type EditHistory } from "../core/edit/history.ts";
import { DEFAULT_SETTINGS, type PageSettings } from "./settings.ts";
import type { ViewStates } from "./viewState.ts";

/** How nodes are drawn: what their colour and their size encode. */
export interface Appearance {
  /** `kind`, a node attribute name (`attr:<name>`), a model field, or a metric output key (`metric:<key>`). */
  colourBy: string;
  /** `none` (uniform), `metric:<key>` or `attr:<name>` (numeric). */
  sizeBy: string;
}

/** A range on one metric or numeric attribute; nodes outside it are hidden. */
export interface MetricRange {
  /** Same encoding as `Appearance.sizeBy`: `metric:<key>` or `attr:<name>`. */
  key: string;
  min: number;
  max: number;
}

/** What is shown. Every list holds the values shown; the defaults show everything. */
export interface Filters {
  kinds: readonly NodeKind[];
  tieTypes: readonly TieType[];
  valences: readonly Valence[];
  /** Ties weaker than this are hidden (1 shows all). */
  minStrength: number;
  /** Louvain communities shown; undefined shows all. */
  communities: readonly number[] | undefined;
  /** Connected components shown; undefined shows all. */
  components: readonly number[] | undefined;
  /** Hides nodes outside a metric range; undefined shows all. */
  metricRange: MetricRange | undefined;
  /** Shows only the clients who need attention at the date and whom they are tied to. */
  attentionOnly: boolean;
}

/** What the page is doing, and the problems of the last failed open. */
export interface Status {
  /** `ready`, or `loading` / `computing` while work is under way. */
  phase: "ready" | "loading" | "computing";
  /** One line for the status bar, e.g. "Opened 3 files". */
  message: string;
  /** Every problem of the last failed import (the current network stays); empty when none. */
  problems: readonly Problem[];
  /** True when `problems` are the warnings of a successful open (the network is open), not why it failed. */
  warnings?: boolean;
}

/** Everything a view may read. */
export interface AppState {
  /**
   * The open project. Replaced as a whole: by an edit through `commitEdit` (src/ui/edits.ts, which
   * records it in `history`), when a file is opened, or when layout positions are saved.
   */
  project: Project;
  /** The edits that can be undone and redone (src/core/edit/history.ts); emptied when another project is opened. */
  history: EditHistory;
  /**
   * Unfinished work kept with the project but not part of it, e.g. a mapping interview in progress
   * (key `interview:<client id>`): stored (and locked) with the project, never exported. Each
   * owner validates its own value when it reads it back.
   */
  drafts: Readonly<Record<string, unknown>>;
  /**
   * Why the project cannot be changed in this tab, in plain words ("It is open in another tab"),
   * or undefined when it can. `commitEdit` refuses while it is set; editing controls are disabled.
   */
  readOnly: string | undefined;
  /** The current date of the time slider; undefined for undated data. */
  at: IsoDate | undefined;
  /**
   * What the timeline and the dashboard step by (one value, so their "Step by" controls agree);
   * undefined until someone chooses: then each offers the project's default (`defaultStep`).
   */
  stepBy?: TimelineEvery;
  /** The centre view shown: a `View.id` of src/ui/views/index.ts (`map`, `attention`, `journey` …). */
  view: string;
  /**
   * Each centre view's own choices (filters, table and sort), so a view shown again is as it was
   * left (src/ui/viewState.ts); undefined until a view keeps one. Page state, never saved.
   */
  viewState?: ViewStates;
  /** The node whose details the right panel shows. */
  selectedNode: string | undefined;
  /** The node under the pointer on the map. */
  hoveredNode: string | undefined;
  appearance: Appearance;
  filters: Filters;
  /** Show ids instead of people's names (for screens in meetings). */
  hideNames: boolean;
  /** While names are hidden, still show groups' names (a group is not a person); see src/ui/names.ts. */
  showGroupNames: boolean;
  /**
   * Every export (network files, table CSVs, the map's PNG, SVG and print) replaces names by
   * pseudonyms (src/ui/export/pseudonymousExport.ts); independent of `hideNames`.
   */
  pseudonymise: boolean;
  /** Pseudonymised exports also move every date by one random number of whole days per export. */
  shiftDates: boolean;
  /** The latest metrics report for `at` (from the worker), or undefined while none is ready. */
  metrics: Report | undefined;
  /**
   * Raised by one each time someone asks for every metric of the date shown on a snapshot too
   * large to compute them by itself (the metrics updater then starts the full report).
   */
  fullReportAsked: number;
  status: Status;
}

/** Called after every change with the new and the previous state. */
export type Listener = (state: AppState, previous: AppState) => void;

/** A typed observable store over `AppState`. */
export interface Store {
  /** The current state (do not mutate it). */
  get(): AppState;
  /** Merges `patch` into a new state and tells every listener; no-op when nothing changes. */
  set(patch: Partial<AppState>): void;
  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
  /** The page's limits and delays (settings.ts); fixed for the store's life. */
  readonly settings: PageSettings;
}

/** Filters that show everything. */
export function defaultFilters(): Filters {
  return {
    kinds: [...NODE_KINDS],
    tieTypes: [...TIE_TYPES],
    valences: [...VALENCES],
    minStrength: 1,
    communities: undefined,
    components: undefined,
    metricRange: undefined,
    attentionOnly: false,
  };
}

/** The first state for a project: everything shown, coloured by kind, sized by degree. */
export function initialState(project: Project, at: IsoDate | undefined): AppState {
  return {
    project,
    history: EMPTY_HISTORY,
    drafts: {},
    readOnly: undefined,
    at,
    view: "map",
    selectedNode: undefined,
    hoveredNode: undefined,
    appearance: { colourBy: "kind", sizeBy: "metric:degree" },
    filters: defaultFilters(),
    hideNames: false,
    showGroupNames: false,
    pseudonymise: false,
    shiftDates: false,
    metrics: undefined,
    fullReportAsked: 0,
    status: { phase: "ready", message: "", problems: [] },
  };
}

/** Creates a store holding `initial`, with the page's `settings` (the defaults unless given; see `resolveSettings`). */
export function createStore(initial: AppState, settings: PageSettings = DEFAULT_SETTINGS): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    settings,
    get: () => state,
    set(patch) {
      const keys = Object.keys(patch) as (keyof AppState)[];
      if (keys.every((k) => Object.is(patch[k], state[k]))) return;
      const previous = state;
      state = { ...state, ...patch };
      // A copy, so a listener that unsubscribes (or subscribes) during the loop is safe.
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
