// Web Worker entry for parallel betweenness and closeness in the page: wires the pure range
// kernel to the worker's global scope. Start it with
// `new Worker(new URL("./webRangeWorker.ts", import.meta.url), { type: "module" })`
// and adapt it for runRangePool (see `adaptWebWorker`).
import { handleRangeMessage, type HostMessage, type RangeWorkerState } from "./rangeKernel.ts";

const state: RangeWorkerState = {};
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
};
scope.onmessage = (event) => {
  handleRangeMessage(state, event.data, (reply, transfer) => scope.postMessage(reply, transfer));
};
