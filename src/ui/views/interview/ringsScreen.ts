// "How close are they?": everyone named on rings of closeness around the client, the picture the
// ego view draws. Each person is dragged to a ring with a mouse or a finger (pointer events), or
// moved one ring at a time with the "Closer" and "Further" buttons beside (the keyboard way).
import { keptAlters, movedRing, RING_WORDS, strengthOfRing, withAlter, type InterviewAlter } from "../../../core/interview/index.ts";
import { KIND_COLOURS } from "../../../core/model/kindColours.ts";
import { MAX_STRENGTH } from "../../../core/model/vocabulary.ts";
import { el } from "../../dom.ts";
import { shortName } from "../ego/egoDrawing.ts";
import { bigButton, screenHead, type InterviewContext } from "./interviewContext.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** The picture's size in its own units; it is drawn at least 420 px wide (styles), so a disc is at least 44 px. */
const SIZE = 600;
const CENTRE_RADIUS = 40;
const OUTER = 292;
const RING_WIDTH = (OUTER - CENTRE_RADIUS) / MAX_STRENGTH;
/** A person's disc: 64 units across, at least 44 CSS px when the picture is 420 px wide or more. */
const DISC = 32;
/** The smallest a disc may be drawn, in CSS px (a finger's target). */
const MIN_DISC_PX = 46;

/** The ring (1 closest … 5 furthest) at `distance` from the centre, in picture units. */
export function ringAtDistance(distance: number): number {
  return Math.min(MAX_STRENGTH, Math.max(1, Math.ceil((distance - CENTRE_RADIUS) / RING_WIDTH)));
}

const svgEl = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node as SVGElement;
};

/** The wedge at the top kept free of people, where the rings' words are written (radians). */
const WORDS_GAP = 1;

/** Where a person sits: their own angle (spread evenly around all but the top wedge), in the middle of their ring. */
function position(index: number, count: number, strength: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + WORDS_GAP / 2 + ((index + 0.5) * (2 * Math.PI - WORDS_GAP)) / Math.max(1, count);
  const ring = strengthOfRing(strength);
  const r = CENTRE_RADIUS + (ring - 0.5) * RING_WIDTH;
  return { x: SIZE / 2 + r * Math.cos(angle), y: SIZE / 2 + r * Math.sin(angle) };
}

function picture(ctx: InterviewContext, people: InterviewAlter[]): SVGSVGElement {
  const svg = svgEl("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, class: "iv-rings", role: "img", "data-testid": "iv-rings",
    "aria-label": `${ctx.clientName} in the middle, and ${people.length} people on rings: closer to the middle is closer to you` }) as SVGSVGElement;
  for (let ring = MAX_STRENGTH; ring >= 1; ring--) {
    svg.append(svgEl("circle", { cx: SIZE / 2, cy: SIZE / 2, r: CENTRE_RADIUS + ring * RING_WIDTH, fill: ring % 2 ? "#eef4fa" : "#fff", stroke: "#9aa5b1", "stroke-width": 1.5 }));
  }
  const words = svgEl("g", { "aria-hidden": "true" });
  RING_WORDS.forEach((word, i) => {
    const t = svgEl("text", { x: SIZE / 2, y: SIZE / 2 - CENTRE_RADIUS - (i + 1) * RING_WIDTH + 16, "text-anchor": "middle", "font-size": 14, fill: "#3d4650" });
    t.textContent = word;
    words.append(t);
  });
  svg.append(words);
  svg.append(svgEl("circle", { cx: SIZE / 2, cy: SIZE / 2, r: CENTRE_RADIUS - 4, fill: "#1f2328" }));
  const me = svgEl("text", { x: SIZE / 2, y: SIZE / 2 + 6, "text-anchor": "middle", "font-size": 18, "font-weight": "bold", fill: "#fff" });
  me.textContent = "You";
  svg.append(me);

  people.forEach((person, i) => {
    const at = position(i, people.length, person.strength);
    const g = svgEl("g", { class: "iv-disc", transform: `translate(${at.x},${at.y})`, "data-key": person.key, "data-testid": `iv-disc-${person.key}` });
    // The disc and its name are scaled up when the picture is drawn small (`--disc-scale`), so a disc stays 44 px across.
    const body = svgEl("g", { class: "iv-disc-body" });
    body.append(svgEl("circle", { r: DISC, fill: KIND_COLOURS[person.kind], stroke: "#1f2328", "stroke-width": 2 }));
    const label = svgEl("text", { y: 5, "text-anchor": "middle", "font-size": 15, "font-weight": "bold", fill: "#000", stroke: "#fff", "stroke-width": 3, "paint-order": "stroke" });
    label.textContent = (person.kind === "group" ? person.label : shortName(person.label)).slice(0, 9);
    body.append(label);
    g.append(body);
    // Drag with a mouse, a pen or a finger: the disc follows, and where it is let go sets its ring.
    g.addEventListener("pointerdown", (down) => {
      down.preventDefault();
      g.setPointerCapture(down.pointerId);
      g.classList.add("dragging");
      const toPicture = (e: PointerEvent) => {
        const box = svg.getBoundingClientRect();
        return { x: ((e.clientX - box.left) / box.width) * SIZE, y: ((e.clientY - box.top) / box.height) * SIZE };
      };
      const move = (e: PointerEvent) => {
        const p = toPicture(e);
        g.setAttribute("transform", `translate(${p.x},${p.y})`);
      };
      const up = (e: PointerEvent) => {
        g.removeEventListener("pointermove", move);
        g.removeEventListener("pointerup", up);
        g.removeEventListener("pointercancel", up);
        const p = toPicture(e);
        const ring = ringAtDistance(Math.hypot(p.x - SIZE / 2, p.y - SIZE / 2));
        ctx.update(withAlter(ctx.state, person.key, { strength: strengthOfRing(ring) }));
      };
      g.addEventListener("pointermove", move);
      g.addEventListener("pointerup", up);
      g.addEventListener("pointercancel", up);
    });
    svg.append(g);
  });
  // The picture fits the height the screen has (interview.css); below 420 px across, the discs
  // grow in the picture so that they stay at least 44 px across for a finger.
  const observer = new ResizeObserver(() => {
    if (!svg.isConnected) {
      observer.disconnect();
      return;
    }
    const width = svg.getBoundingClientRect().width;
    if (width > 0) svg.style.setProperty("--disc-scale", String(Math.max(1, MIN_DISC_PX / ((2 * DISC * width) / SIZE))));
  });
  observer.observe(svg);
  return svg;
}

/** The rings screen. */
export function ringsScreen(ctx: InterviewContext): HTMLElement[] {
  const people = keptAlters(ctx.state);
  if (people.length === 0) return screenHead("How close are they?", "Nobody has been named yet. Press Back to name people, or Next to go on.");
  const list = el("ul", { class: "iv-rows iv-ring-list", "aria-label": "How close each person is" }, ...people.map((a) => {
    const ring = strengthOfRing(a.strength);
    return el("li", { class: "iv-row" },
      el("div", { role: "group", "aria-label": `${a.label}: ${RING_WORDS[ring - 1]}`, class: "iv-row-group" },
        el("span", { class: "iv-row-text" }, el("strong", {}, a.label), el("br"), el("span", { class: "iv-ring-word", "data-testid": `iv-ring-${a.key}` }, RING_WORDS[ring - 1])),
        el("span", { class: "iv-row-buttons" },
          bigButton("Closer", { "aria-label": `${a.label} closer`, "data-focus": `closer-${a.key}`, ...(ring === 1 ? { "aria-disabled": "true" } : {}) }, () => ctx.update(movedRing(ctx.state, a.key, -1))),
          bigButton("Further", { "aria-label": `${a.label} further`, "data-focus": `further-${a.key}`, ...(ring === MAX_STRENGTH ? { "aria-disabled": "true" } : {}) }, () => ctx.update(movedRing(ctx.state, a.key, 1))))));
  }));
  return [...screenHead("How close are they?", "Drag each person to a ring: the closer to you in the middle, the closer you are. Or use Closer and Further."),
    el("div", { class: "iv-rings-layout" }, el("div", { class: "iv-rings-box" }, picture(ctx, people)), list)];
}
