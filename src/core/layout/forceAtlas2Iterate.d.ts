// Types for ForceAtlas2's iteration kernel, which graphology-layout-forceatlas2 ships without a
// declaration: one iteration over the node matrix (10 floats a node) and edge matrix (3 a tie).
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}
