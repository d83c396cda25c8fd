// After an edit the map is rebuilt from the project, but its picture must stay: every node keeps the
// position it had on the map (saved in the project or not), and a node added by the edit is put
// beside its first tie partner that has a position, or at the centre of the others — no new layout.
import type { RecoveryGraph } from "../../core/model/graph.ts";

/** The golden angle (radians): successive new nodes around one partner spread evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Gives each node of `graph` without a position the one it had in `previous` (the graph drawn
 * before), then each still without one a place at half the mean tie length from its first tie
 * partner that has a position (else from the centre of the positioned nodes), the k-th such node
 * turned by k golden angles. Returns false, changing nothing, when no node has a position to keep
 * (a new network: lay it out). Writes x and y into `graph`'s node attributes.
 */
export function keepPositions(graph: RecoveryGraph, previous: RecoveryGraph | undefined): boolean {
  const has = (id: string) => {
    const { x, y } = graph.getNodeAttributes(id);
    return x !== undefined && y !== undefined;
  };
  if (previous !== undefined) {
    graph.forEachNode((id, attrs) => {
      if ((attrs.x === undefined || attrs.y === undefined) && previous.hasNode(id)) {
        const { x, y } = previous.getNodeAttributes(id);
        if (x !== undefined && y !== undefined) graph.mergeNodeAttributes(id, { x, y });
      }
    });
  }
  const missing = graph.filterNodes((id) => !has(id));
  if (missing.length === graph.order) return false;
  if (missing.length === 0) return true;
  let sx = 0;
  let sy = 0;
  let placed = 0;
  graph.forEachNode((id, a) => {
    if (!has(id)) return;
    sx += a.x!;
    sy += a.y!;
    placed++;
  });
  let length = 0;
  let measured = 0;
  graph.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (!has(s) || !has(t)) return;
    length += Math.hypot(sa.x! - ta.x!, sa.y! - ta.y!);
    measured++;
  });
  const step = measured > 0 && length > 0 ? length / measured / 2 : 10;
  missing.forEach((id, k) => {
    const partner = graph.findNeighbor(id, (other) => has(other));
    const from = partner === undefined ? { x: sx / placed, y: sy / placed } : graph.getNodeAttributes(partner);
    const angle = k * GOLDEN_ANGLE;
    graph.mergeNodeAttributes(id, { x: from.x! + step * Math.cos(angle), y: from.y! + step * Math.sin(angle) });
  });
  return true;
}
