// Hover picking held back while the map moves. Sigma 3 finds the node under the pointer on every
// pointer move and wheel step by reading a pixel back from the GPU (gl.readPixels), which makes
// the page wait for the whole frame in flight; on a large network, or with software WebGL, each
// wait is a full frame's drawing, so dragging and zooming stutter. Nothing should be hovered while
// the camera moves anyway. Sigma 3.0 has no setting for this (sigma.js issue #1546), so the
// renderer's picking method is wrapped on the instance: while the mouse is down, the map is being
// dragged, a wheel zoom is under way or the camera is animating, no node is under the pointer; and
// a wheel step never looks for one (it would only serve sigma's "wheelNode" event, unused here).
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";

type Picker = (position: Coordinates) => string | null;

/** Wraps `renderer`'s node picking so it reads no pixels while the map moves. Returns whether it could. */
export function quietPickingWhileMoving<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): boolean {
  const target = renderer as unknown as { getNodeAtPosition?: Picker };
  const pick = target.getNodeAtPosition;
  if (typeof pick !== "function") return false; // a sigma without this method: leave it as it is
  const captor = renderer.getMouseCaptor();
  const camera = renderer.getCamera();
  target.getNodeAtPosition = (position) => {
    if ("delta" in position) return null; // a wheel step's coordinates
    const moving =
      captor.isMouseDown || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0 || camera.isAnimated();
    return moving ? null : pick.call(renderer, position);
  };
  return true;
}
