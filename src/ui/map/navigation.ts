// Panning and zooming without a mouse wheel: four arrow buttons over the map, and the arrow
// keys, + and − when the map has keyboard focus. One step moves a fifth of the view.
import type { Camera } from "sigma";
import { el } from "../dom.ts";

/** A pan step as a share of the visible width or height. */
export const PAN_STEP = 0.2;

/** Directions, with the camera offset of one step at zoom ratio 1 (sigma's y grows upwards). */
const DIRECTIONS = {
  up: { label: "Pan up", symbol: "↑", key: "ArrowUp", dx: 0, dy: PAN_STEP },
  left: { label: "Pan left", symbol: "←", key: "ArrowLeft", dx: -PAN_STEP, dy: 0 },
  right: { label: "Pan right", symbol: "→", key: "ArrowRight", dx: PAN_STEP, dy: 0 },
  down: { label: "Pan down", symbol: "↓", key: "ArrowDown", dx: 0, dy: -PAN_STEP },
} as const;

/** The camera state one pan step away: offsets scale with the zoom ratio, so a step is always a fifth of the view. */
export function panned(state: { x: number; y: number; ratio: number }, direction: keyof typeof DIRECTIONS): { x: number; y: number } {
  const { dx, dy } = DIRECTIONS[direction];
  return { x: state.x + dx * state.ratio, y: state.y + dy * state.ratio };
}

/** Adds the pan buttons to `stage` and the keys to it (it becomes focusable); returns the cleanup. */
export function mountNavigation(stage: HTMLElement, camera: Camera): () => void {
  const pan = (direction: keyof typeof DIRECTIONS) => camera.animate(panned(camera.getState(), direction), { duration: 200 });
  const pad = el("div", { class: "map-pan", role: "group", "aria-label": "Pan the map" });
  for (const direction of Object.keys(DIRECTIONS) as (keyof typeof DIRECTIONS)[]) {
    const { label, symbol } = DIRECTIONS[direction];
    const button = el("button", { type: "button", class: `pan-${direction}`, title: label, "aria-label": label }, symbol);
    button.addEventListener("click", () => pan(direction));
    pad.append(button);
  }
  stage.append(pad);
  stage.tabIndex = 0;
  stage.setAttribute("aria-label", "Network map: arrow keys pan, + and − zoom");
  const onKey = (event: KeyboardEvent) => {
    if (event.target !== stage) return;
    const direction = (Object.keys(DIRECTIONS) as (keyof typeof DIRECTIONS)[]).find((d) => DIRECTIONS[d].key === event.key);
    if (direction) pan(direction);
    else if (event.key === "+" || event.key === "=") camera.animatedZoom({ duration: 200 });
    else if (event.key === "-" || event.key === "−") camera.animatedUnzoom({ duration: 200 });
    else return;
    event.preventDefault();
  };
  stage.addEventListener("keydown", onKey);
  return () => {
    stage.removeEventListener("keydown", onKey);
    pad.remove();
  };
}
