// Node worker-thread entry for parallel betweenness and closeness: wires the pure range kernel
// to this thread's message port. Started by nodePool.ts; built as its own entry (build/cli/nodeWorker.js).
import { parentPort } from "node:worker_threads";
import { handleRangeMessage, type HostMessage, type RangeWorkerState } from "../../core/metrics/parallel/rangeKernel.ts";

const state: RangeWorkerState = {};
const port = parentPort;
if (!port) throw new Error("nodeWorker.ts must run as a worker thread (started by nodePool.ts)");
port.on("message", (message: HostMessage) => {
  handleRangeMessage(state, message, (reply, transfer) => port.postMessage(reply, transfer));
});
