// The layout worker: runs the ForceAtlas2 kernel (src/core/layout) off the page's thread and posts
// positions after each batch of about 40 ms (the page's layoutBatchMs setting), then "done". The
// page stops it early by terminating it.
// Started as `new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" })`.
import { createLayoutKernel, type LayoutInput } from "../core/layout/layoutKernel.ts";

/** What the page sends: the network, and how many iterations to run (default by size). */
export interface LayoutRequest extends LayoutInput {
  total?: number;
  /** About how long each batch of iterations runs before positions are posted, in ms (default 40). */
  batchMs?: number;
}

/** What the worker posts: positions after a batch, flagged `finished` after the last. */
export interface LayoutProgress {
  x: Float32Array;
  y: Float32Array;
  done: number;
  total: number;
  finished: boolean;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const kernel = createLayoutKernel(event.data, event.data.total);
  const batchMs = event.data.batchMs ?? 40;
  let batch = 1;
  const step = () => {
    const started = performance.now();
    kernel.run(batch);
    // Size the next batch to the time budget; the count does not change the result.
    const took = performance.now() - started;
    batch = Math.max(1, Math.min(200, Math.round((batch * batchMs) / Math.max(took, 1))));
    const { x, y } = kernel.positions();
    const finished = kernel.done >= kernel.total;
    const progress: LayoutProgress = { x, y, done: kernel.done, total: kernel.total, finished };
    (self as unknown as Worker).postMessage(progress, [x.buffer, y.buffer]);
    if (!finished) setTimeout(step, 0);
  };
  step();
};
