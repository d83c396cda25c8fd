// Nodes and ties appear and fade as the date moves: for a short moment after a step, what left
// the snapshot is still drawn, fading into the background, and what joined it grows out of the
// background. Colours are blended toward the page background (WebGL nodes have no opacity).
import { DEFAULT_SETTINGS } from "../settings.ts";
import type { Visibility } from "./visibility.ts";


/** What changed between two visibilities. */
export interface VisibilityChange {
  enteringNodes: Set<string>;
  leavingNodes: Set<string>;
  enteringTies: Set<string>;
  leavingTies: Set<string>;
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const id of a) if (!b.has(id)) out.add(id);
  return out;
}

/** The nodes and ties that join and leave when `before` becomes `after`. */
export function visibilityChange(before: Visibility, after: Visibility): VisibilityChange {
  return {
    enteringNodes: difference(after.nodes, before.nodes),
    leavingNodes: difference(before.nodes, after.nodes),
    enteringTies: difference(after.ties, before.ties),
    leavingTies: difference(before.ties, after.ties),
  };
}

/**
 * `colour` (`#rrggbb`) blended toward `background` by `amount` (0 = the colour, 1 = the
 * background). Other colour syntaxes are returned unchanged.
 */
export function blend(colour: string, amount: number, background = "#ffffff"): string {
  const parse = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : undefined);
  const from = parse(colour);
  const to = parse(background);
  if (!from || !to) return colour;
  const t = Math.min(1, Math.max(0, amount));
  return `#${from.map((c, i) => Math.round(c + (to[i] - c) * t).toString(16).padStart(2, "0")).join("")}`;
}

/** Smooth start and end (ease in-out), so the fade reads as a transition rather than a blink. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** A fade in progress: how faded each changing node or tie is now (0 drawn fully, 1 gone). */
export interface Fade {
  change: VisibilityChange;
  /** 0 → 1 over the fade's duration, eased. */
  progress: number;
}

/** How far a node or tie is blended into the background during `fade`; undefined when it is not changing. */
export function fadeAmount(fade: Fade | undefined, id: string, what: "node" | "tie"): number | undefined {
  if (!fade) return undefined;
  const [entering, leaving] = what === "node" ? [fade.change.enteringNodes, fade.change.leavingNodes] : [fade.change.enteringTies, fade.change.leavingTies];
  if (entering.has(id)) return 1 - fade.progress;
  if (leaving.has(id)) return fade.progress;
  return undefined;
}

/**
 * Runs a fade with requestAnimationFrame, calling `onFrame` with the current state each frame and
 * `undefined` once it has ended. Returns a function that stops it at once.
 */
export function runFade(change: VisibilityChange, onFrame: (fade: Fade | undefined) => void, duration = DEFAULT_SETTINGS.fadeMs): () => void {
  const startedAt = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - startedAt) / duration);
    if (t >= 1) {
      onFrame(undefined);
      return;
    }
    onFrame({ change, progress: easeInOut(t) });
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
