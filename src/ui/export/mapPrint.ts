// The map for print: a WebGL canvas does not print (it comes out blank), so when the page is
// about to print — `beforeprint`, or the print media query turning on (a browser's print
// preview, or print media emulated) — the scene on screen is written as SVG (mapSvg: the drawn
// network, its title with the date, its legend) into an element the print stylesheet shows in
// place of the canvas. Inline SVG is in the document at once, so nothing waits on an image load.
import { VALENCES } from "../../core/model/vocabulary.ts";
import { VALENCE_COLOURS } from "../map/appearance.ts";
import { mapSvg, type MapScene } from "./mapSvg.ts";

/** The scene with the tie colours added to its legend (the map's left panel shows them; print has no panel). */
export function printScene(scene: MapScene): MapScene {
  const ties = VALENCES.map((v) => ({ colour: VALENCE_COLOURS[v], label: `${v} tie`, shape: "line" as const }));
  return { ...scene, legend: [...(scene.legend ?? []), ...ties] };
}

/**
 * Keeps a `.map-print` element in `container` with the scene `scene()` gives, rewritten each time
 * printing starts. Returns the function that removes the element and the listeners.
 */
export function mountMapPrint(container: HTMLElement, scene: () => MapScene): () => void {
  const holder = document.createElement("div");
  holder.className = "map-print";
  holder.setAttribute("aria-hidden", "true");
  container.append(holder);
  const draw = () => {
    const current = printScene(scene());
    if (current.width <= 0 || current.height <= 0) return;
    const parsed = new DOMParser().parseFromString(mapSvg(current), "image/svg+xml").documentElement;
    const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    svg.setAttribute("data-testid", "map-print");
    holder.replaceChildren(svg);
  };
  const print = window.matchMedia("print");
  const onMedia = (event: MediaQueryListEvent) => {
    if (event.matches) draw();
  };
  window.addEventListener("beforeprint", draw);
  print.addEventListener("change", onMedia);
  if (print.matches) draw();
  return () => {
    window.removeEventListener("beforeprint", draw);
    print.removeEventListener("change", onMedia);
    holder.remove();
  };
}
