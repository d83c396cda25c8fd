// The work one worker does for parallel betweenness and closeness: BFS from a range of sources.
// Pure (no Node or DOM APIs), so a Node worker thread and a browser Web Worker run the same code;
// each host only wires `handleRangeMessage` to its own message port.
import type { Adjacency } from "../csr.ts";
import { shortestPathRange, type RangeWanted } from "../kernels/shortestPaths.ts";

/** Host → worker: the graph, once. */
export interface InitMessage {
  type: "init";
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Folded pendant nodes per node (see kernels/leafFolding.ts), when any. */
  leaves?: Int32Array;
  wanted: RangeWanted;
}

/** Host → worker: compute sources `[from, to)`. */
export interface RangeMessage {
  type: "range";
  from: number;
  to: number;
}

/** Worker → host: sources done so far within the current range. */
export interface ProgressMessage {
  type: "progress";
  from: number;
  done: number;
}

/** Worker → host: one range's partial result (arrays present as `wanted` says). */
export interface RangeResultMessage {
  type: "result";
  from: number;
  to: number;
  betweenness?: Float64Array;
  distanceSum?: Float64Array;
  reach?: Int32Array;
}

/** Worker → host: something went wrong. */
export interface ErrorMessage {
  type: "error";
  message: string;
}

export type HostMessage = InitMessage | RangeMessage;
export type WorkerMessage = ProgressMessage | RangeResultMessage | ErrorMessage;

/** A worker's state between messages. */
export interface RangeWorkerState {
  adjacency?: Adjacency;
  wanted?: RangeWanted;
}

/** Posts a message with the buffers to transfer (not copy). */
export type Post = (message: WorkerMessage, transfer: ArrayBuffer[]) => void;

/** How often (in sources) a worker reports progress. */
export const PROGRESS_EVERY = 64;

/** Handles one host message: stores the graph, or computes a range and posts its result. */
export function handleRangeMessage(state: RangeWorkerState, message: HostMessage, post: Post): void {
  try {
    if (message.type === "init") {
      state.adjacency = { offsets: message.offsets, neighbors: message.neighbors, ...(message.leaves && { leaves: message.leaves }) };
      state.wanted = message.wanted;
      return;
    }
    if (!state.adjacency || !state.wanted) throw new Error("range worker: got a range before the graph (send init first)");
    const { from, to } = message;
    const result = shortestPathRange(state.adjacency, from, to, state.wanted, (done) => {
      if (done % PROGRESS_EVERY === 0 && done < to - from) post({ type: "progress", from, done }, []);
    });
    const transfer: ArrayBuffer[] = [];
    for (const array of [result.betweenness, result.distanceSum, result.reach]) {
      if (array) transfer.push(array.buffer as ArrayBuffer);
    }
    post({ type: "result", from, to, ...result }, transfer);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) }, []);
  }
}

/** Splits `[0, n)` into about `parts` contiguous ranges of near-equal size. */
export function splitRanges(n: number, parts: number): Array<[number, number]> {
  const count = Math.max(1, Math.min(n, Math.floor(parts)));
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * n) / count);
    const to = Math.floor(((i + 1) * n) / count);
    if (to > from) ranges.push([from, to]);
  }
  return ranges;
}
