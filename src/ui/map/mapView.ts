// The map: sigma (WebGL) on the whole project, with time and filters hiding and showing
// through the reducers, hover highlighting, search, zoom buttons, layout and image export.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { buildGraph, type GraphAttributes, type NodeAttributes, type RecoveryGraph, type TieAttributes } from "../../core/model/graph.ts";
import type { Project } from "../../core/model/schema.ts";
import type { AppState, Store } from "../store.ts";
import { nodeAppearance, tieWidth, VALENCE_COLOURS, type NodeAppearance } from "./appearance.ts";
import { attentionColouring, attentionKeep } from "./attentionOnMap.ts";
import { hasPositions, seedPositions, startLayout, withPositions, type LayoutRun } from "./layout.ts";
import { keepPositions } from "./placeNew.ts";
import { showingText, visibility, type Visibility } from "./visibility.ts";
import { currentScene, downloadMapPng, downloadMapSvg, mapPrivacy, type MapPrivacy } from "../export/mapImage.ts";
import { exportPseudonymisation } from "../export/pseudonymousExport.ts";
import { pseudonymKeyOf } from "../../core/privacy/pseudonymKey.ts";
import { shownName } from "../names.ts";
import { mountMapPrint } from "../export/mapPrint.ts";
import { findNode } from "./search.ts";
import { el } from "../dom.ts";
import { mountEmptyHint } from "./emptyHint.ts";
import { NodeSquareProgram } from "./nodeSquareProgram.ts";
import { createLabelPlacer } from "./labelPlacer.ts";
import { mountNavigation } from "./navigation.ts";
import { quietPickingWhileMoving } from "./quietPicking.ts";
import { blend, fadeAmount, runFade, visibilityChange, type Fade } from "./fade.ts";
import { keepViewState, viewStateOf } from "../viewState.ts";

const DIM_NODE = "#E4E4E4";
const DIM_TIE = "#EFEFEF";

/** Mounts the map in `container`; returns the function that removes it. */
export function mountMap(container: HTMLElement, store: Store): () => void {
  container.classList.add("map-view");
  // Above settings.dimLimit nodes, hovering highlights the neighbourhood without dimming the rest:
  // dimming repaints every node and tie, which on 20,000 nodes costs a visible pause per hover.
  const settings = store.settings;
  const searchInput = el("input", { type: "search", placeholder: "Find by name or id ( / )", "aria-label": "Find a node by name or id" });
  const layoutButton = el("button", { type: "button", title: "Start or stop the ForceAtlas2 layout" }, "Layout");
  const zoomIn = el("button", { type: "button", title: "Zoom in", "aria-label": "Zoom in" }, "+");
  const zoomOut = el("button", { type: "button", title: "Zoom out", "aria-label": "Zoom out" }, "−");
  const zoomReset = el("button", { type: "button", title: "Fit the whole network", "aria-label": "Reset zoom" }, "⤢");
  const pngButton = el("button", { type: "button", title: "Save the map as a PNG at print resolution" }, "PNG");
  const svgButton = el("button", { type: "button", title: "Save the map as an SVG drawing" }, "SVG");
  const showing = el("span", { class: "showing", "aria-live": "polite" });
  const toolbar = el("div", { class: "map-toolbar" }, searchInput, zoomIn, zoomOut, zoomReset, layoutButton, pngButton, svgButton, showing);
  const stage = el("div", { class: "map-stage" });
  container.append(toolbar, stage);

  let graph: RecoveryGraph;
  let project: Project;
  let look: NodeAppearance;
  let shown: Visibility;
  let neighbours = new Set<string>();
  let layout: LayoutRun | undefined;
  let savedProject: Project | undefined;
  let fade: Fade | undefined;
  let stopFade: (() => void) | undefined;

  /**
   * Builds the graph drawn from the project. After an edit (`previous`, the graph drawn before),
   * nodes keep their places and new ones go beside a partner (placeNew.ts); returns true then,
   * false when the network needs a layout.
   */
  const build = (state: AppState, previous?: RecoveryGraph): boolean => {
    project = state.project;
    // Copies: graphology keeps the attribute objects it is given, and the layout writes x/y
    // into them; the project in the store must not change under other views' feet.
    graph = buildGraph(project.nodes.map((n) => ({ ...n })), project.ties);
    const kept = previous !== undefined && keepPositions(graph, previous);
    if (!kept && !hasPositions(project)) seedPositions(graph);
    restyle(state);
    return kept || hasPositions(project);
  };
  const restyle = (state: AppState) => {
    look = nodeAppearance(state.project.nodes, state.appearance.colourBy, state.appearance.sizeBy, state.metrics?.nodes, { project: state.project, at: state.at }, attentionColouring(state.project, state.at, state.appearance.colourBy));
  };
  const refilter = (state: AppState, fadeFrom?: Visibility) => {
    shown = visibility(state.project, state.at, state.filters, state.metrics?.nodes, state.filters.attentionOnly ? attentionKeep(state.project, state.at) : undefined);
    showing.textContent = showingText(shown);
    // Metrics arriving for the new date must not cut a fade short; a new step restarts it.
    if (!fadeFrom) return;
    stopFade?.();
    fade = undefined;
    if (graph.order <= settings.fadeLimit) {
      stopFade = runFade(visibilityChange(fadeFrom, shown), (next) => {
        fade = next;
        renderer.refresh({ schedule: true });
      }, settings.fadeMs);
    }
  };
  const rehover = (state: AppState) => {
    neighbours = new Set();
    const focus = state.hoveredNode;
    if (focus && graph.hasNode(focus)) {
      neighbours.add(focus);
      graph.forEachEdge(focus, (tie, _a, s, t) => {
        if (shown.ties.has(tie)) neighbours.add(s === focus ? t : s);
      });
    }
  };

  const initial = store.get();
  build(initial);
  let renderedGraph = graph!;
  refilter(initial);

  const labels = createLabelPlacer();
  const renderer = new Sigma<NodeAttributes, TieAttributes, GraphAttributes>(graph!, stage, {
    defaultDrawNodeLabel: labels.draw,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    labelDensity: 0.3,
    labelGridCellSize: 170,
    labelRenderedSizeThreshold: 9,
    labelSize: 12,
    hideEdgesOnMove: initial.project.ties.length > settings.hideEdgesOnMoveTies,
    hideLabelsOnMove: initial.project.ties.length > settings.hideLabelsOnMoveTies,
    zIndex: true,
    stagePadding: 40,
    defaultEdgeColor: VALENCE_COLOURS.neutral,
    nodeProgramClasses: { square: NodeSquareProgram },
    nodeReducer: (id, data): Partial<NodeDisplayData> => {
      const state = store.get();
      const out: Partial<NodeDisplayData> = {
        x: data.x,
        y: data.y,
        size: look.size.get(id) ?? 4,
        color: look.colour.get(id) ?? "#999",
        label: shownName({ id, label: data.label, kind: data.kind }, state),
        hidden: !shown.nodes.has(id) && fadeAmount(fade, id, "node") === undefined,
        zIndex: 1,
        type: data.kind === "group" ? "square" : "circle",
      };
      const dims = renderedGraph.order <= settings.dimLimit;
      if (!dims) {
        if (neighbours.has(id)) {
          out.forceLabel = true;
          out.highlighted = true;
        }
      } else if (neighbours.size > 0 && !neighbours.has(id)) {
        out.color = DIM_NODE;
        out.label = "";
        out.zIndex = 0;
      } else if (neighbours.size > 0) {
        out.forceLabel = true;
        out.zIndex = 2;
      }
      if (id === state.selectedNode) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 3;
      }
      const fading = fadeAmount(fade, id, "node");
      if (fading !== undefined) {
        out.color = blend(out.color!, fading);
        if (fading > 0.5) out.label = "";
      }
      return out;
    },
    edgeReducer: (id, data): Partial<EdgeDisplayData> => {
      const out: Partial<EdgeDisplayData> = {
        color: VALENCE_COLOURS[data.valence],
        size: tieWidth(data.strength),
        hidden: !shown.ties.has(id) && fadeAmount(fade, id, "tie") === undefined,
        zIndex: data.valence === "risk" ? 2 : 1,
      };
      const fading = fadeAmount(fade, id, "tie");
      if (fading !== undefined) out.color = blend(out.color!, fading);
      if (neighbours.size > 0 && renderedGraph.order <= settings.dimLimit) {
        const focus = store.get().hoveredNode!;
        if (data.source !== focus && data.target !== focus) {
          out.color = DIM_TIE;
          out.zIndex = 0;
        }
      }
      return out;
    },
  });

  renderer.on("beforeRender", labels.reset);
  quietPickingWhileMoving(renderer);
  const camera = renderer.getCamera();
  const disposeNavigation = mountNavigation(stage, camera);
  // Where the user had panned and zoomed when they left the map for another tab, restored when the
  // map shows the same nodes again (kept in the store's viewState on leaving): an edit such as a
  // reviewed mark keeps them, another project or new positions do not.
  const kept = viewStateOf(store, "map");
  if (kept && kept.nodes === initial.project.nodes) camera.setState(kept.camera);
  // Sigma follows the window's size only; a side panel folding or the header growing changes the
  // stage's size without a window resize, and the canvases would keep their old size (a blank band
  // or a cut map). A refresh resizes them to the stage and rebuilds the label grid.
  const stageSize = new ResizeObserver(() => renderer.refresh({ schedule: true }));
  stageSize.observe(stage);
  const centreOn = (id: string) => {
    if (!renderedGraph.hasNode(id)) return;
    // From the graph's position, not getNodeDisplayData: between a refresh and the frame that
    // draws it, sigma's cache holds positions not yet framed, and the camera flew off the map.
    const { x, y } = renderedGraph.getNodeAttributes(id);
    if (x === undefined || y === undefined) return;
    // Both conversions from the same camera state, so they are exact inverses even mid-animation.
    const cameraState = camera.getState();
    const framed = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }, { cameraState }), { cameraState });
    camera.animate({ x: framed.x, y: framed.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 400 });
  };

  const runLayout = () => {
    layout?.kill();
    layout = startLayout(
      renderedGraph,
      (id) => look.size.get(id) ?? 4,
      (positions) => {
        savedProject = withPositions(store.get().project, positions);
        // A read-only tab (the project open in another) keeps the positions in its memory only.
        const message = store.get().readOnly === undefined ? "Layout saved into the project" : "Layout done here, not saved: this tab is read-only";
        store.set({ project: savedProject, status: { ...store.get().status, message } });
      },
      (running, progress) => {
        layoutButton.textContent = running ? `Stop layout${progress ? ` ${Math.round(progress * 100)}%` : ""}` : "Layout";
        layoutButton.setAttribute("aria-pressed", String(running));
      },
      settings,
    );
  };
  // Nothing to lay out in an empty project (its status line would say a layout was saved).
  if (!hasPositions(initial.project) && initial.project.nodes.length > 0) runLayout();

  renderer.on("enterNode", ({ node }) => store.set({ hoveredNode: node }));
  renderer.on("leaveNode", () => store.set({ hoveredNode: undefined }));
  renderer.on("clickNode", ({ node }) => store.set({ selectedNode: node }));
  renderer.on("clickStage", () => store.set({ selectedNode: undefined }));

  const unsubscribe = store.subscribe((state, previous) => {
    // Saving positions, or choosing another tie weight (the same nodes and ties), is not a new network to lay out.
    const sameNetwork = state.project.nodes === previous.project.nodes && state.project.ties === previous.project.ties;
    if (state.project !== previous.project && state.project !== savedProject && !sameNetwork) {
      stopFade?.();
      fade = undefined;
      const wasRunning = layout?.isRunning() === true;
      layout?.kill();
      layout = undefined;
      // An edit (it is in the history) keeps the picture; another project opened is laid out anew.
      const edited = state.history !== previous.history && state.history.past.length + state.history.future.length > 0;
      const placed = build(state, edited ? renderedGraph : undefined);
      renderer.setGraph(graph);
      renderedGraph = graph;
      renderer.setSetting("hideEdgesOnMove", state.project.ties.length > settings.hideEdgesOnMoveTies);
      renderer.setSetting("hideLabelsOnMove", state.project.ties.length > settings.hideLabelsOnMoveTies);
      if (!placed || wasRunning) runLayout();
    } else if (state.project !== previous.project) {
      project = state.project;
    }
    if (state.appearance !== previous.appearance || state.metrics !== previous.metrics || state.at !== previous.at || state.project !== previous.project) restyle(state);
    if (state.at !== previous.at || state.filters !== previous.filters || state.project !== previous.project || state.metrics !== previous.metrics) {
      // A step in time fades; a new project or filter change is drawn at once.
      const stepped = state.at !== previous.at && state.project === previous.project && state.filters === previous.filters;
      refilter(state, stepped ? shown : undefined);
    }
    const before = neighbours;
    if (state.hoveredNode !== previous.hoveredNode || state.at !== previous.at || state.filters !== previous.filters) rehover(state);
    if (state.selectedNode !== previous.selectedNode && state.selectedNode && state.selectedNode !== state.hoveredNode) {
      centreOn(state.selectedNode);
    }
    const whole = state.project !== previous.project || state.at !== previous.at || state.filters !== previous.filters ||
      state.appearance !== previous.appearance || state.metrics !== previous.metrics || state.hideNames !== previous.hideNames || state.showGroupNames !== previous.showGroupNames;
    const pointer = state.hoveredNode !== previous.hoveredNode || state.selectedNode !== previous.selectedNode;
    if (!whole && pointer && renderedGraph.order > settings.dimLimit) {
      // Only the nodes whose highlight changed are repainted (no sizes or layers change).
      const touched = new Set([...before, ...neighbours]);
      for (const id of [previous.selectedNode, state.selectedNode]) if (id && renderedGraph.hasNode(id)) touched.add(id);
      renderer.refresh({ partialGraph: { nodes: [...touched] }, skipIndexation: true, schedule: true });
    } else if (whole || pointer) {
      renderer.refresh({ skipIndexation: !whole, schedule: true });
    }
  });

  layoutButton.addEventListener("click", () => (layout?.isRunning() ? layout.stop() : runLayout()));
  zoomIn.addEventListener("click", () => camera.animatedZoom({ duration: 250 }));
  zoomOut.addEventListener("click", () => camera.animatedUnzoom({ duration: 250 }));
  zoomReset.addEventListener("click", () => camera.animatedReset({ duration: 300 }));
  // One pseudonymisation per picture (when chosen): pseudonyms, title and date as the network export has them.
  const privacy = (): MapPrivacy | undefined => {
    const prepared = exportPseudonymisation(store);
    return prepared && mapPrivacy(prepared, store.get().at);
  };
  // A project given its pseudonym key just now is restyled on the next frame, and sigma's node
  // data is not there to read until then (the header makes the key when the choice is ticked, so
  // this is for a project opened since).
  const afterKey = async (): Promise<MapPrivacy | undefined> => {
    const had = pseudonymKeyOf(store.get().project) !== undefined;
    const p = privacy();
    if (p && !had) await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return p;
  };
  pngButton.addEventListener("click", () => {
    void afterKey().then((p) => downloadMapPng(renderer, store.get(), look, shown, labels.drawn(), p));
  });
  svgButton.addEventListener("click", () => {
    void afterKey().then((p) => downloadMapSvg(renderer, store.get(), look, shown, labels.drawn(), p));
  });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const state = store.get();
    const id = findNode(state.project.nodes, searchInput.value, shown.nodes, state.hideNames);
    if (id === undefined) {
      searchInput.setCustomValidity("No node with that name or id at this date");
      searchInput.reportValidity();
      return;
    }
    searchInput.setCustomValidity("");
    store.set({ selectedNode: id });
    centreOn(id);
  });
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (event.key === "/" && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      event.preventDefault();
      searchInput.focus();
    }
  };
  document.addEventListener("keydown", onKey);
  const disposeEmptyHint = mountEmptyHint(stage, store);
  const disposePrint = mountMapPrint(container, () => {
    const p = privacy();
    return currentScene(renderer, store.get(), look, shown, labels.drawn(), p);
  });

  return () => {
    keepViewState(store, "map", { camera: camera.getState(), nodes: store.get().project.nodes });
    disposeEmptyHint();
    disposePrint();
    stageSize.disconnect();
    document.removeEventListener("keydown", onKey);
    stopFade?.();
    disposeNavigation();
    unsubscribe();
    layout?.kill();
    renderer.kill();
    container.replaceChildren();
    container.classList.remove("map-view");
  };
}
