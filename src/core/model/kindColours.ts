// The colour of each node kind: the map, its legend and the ego view draw with them, the GEXF
// exporter writes them as viz colours, and the GEXF importer knows a colour equal to its node's
// kind colour carries nothing.
import type { NodeKind } from "./vocabulary.ts";

/** Okabe–Ito colours (colour-blind safe), `#RRGGBB`, one per kind; groups are dark (and drawn larger). */
export const KIND_COLOURS: Record<NodeKind, string> = {
  service_user: "#E69F00",
  peer_mentor: "#009E73",
  family: "#CC79A7",
  friend: "#56B4E9",
  worker: "#0072B2",
  community_member: "#999999",
  group: "#3D3D3D",
};

/** `#RRGGBB` as `{r, g, b}` (0–255). */
export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const n = parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
