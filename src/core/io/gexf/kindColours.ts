// The colour of each node kind, as the map draws it (the same Okabe–Ito colours as
// src/ui/map/appearance.ts, which a test keeps in step). The GEXF exporter writes them as
// viz colours, and the importer knows a colour equal to its node's kind colour carries nothing.
import type { NodeKind } from "../../model/vocabulary.ts";

/** `#RRGGBB` per kind. */
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
